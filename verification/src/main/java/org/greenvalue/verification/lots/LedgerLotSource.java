package org.greenvalue.verification.lots;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.anchor.DigestError;
import org.greenvalue.ledger.anchor.DigestRead;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.verification.facts.VerifiedFacts.LotFacts;

/**
 * Reads lot state from {@code GreenValueLedger} on chain: the lot minted from the credential's
 * digest, its quantity and what is left (grams on chain, tonnes here); and any lot by its registry
 * id, for the hops of a custody path; an allocation by its registry id and a downstream
 * credential's claim on it, for the allocation a custody path starts from.
 */
public final class LedgerLotSource implements LotSource {

  private final GreenValueLots lots;

  public LedgerLotSource(GreenValueLots lots) {
    this.lots = lots;
  }

  @Override
  public Result<Optional<LotFacts>> lotOf(String credentialDigest) {
    Sha256Digest digest;
    switch (DigestRead.read(credentialDigest)) {
      case DigestRead.Valid valid -> digest = valid.digest();
      case DigestError error -> {
        return Result.failure("not a credential digest: " + error.reason());
      }
    }
    try {
      return Result.success(
          lots.lotOfCredential(Bytes32.of(digest)).flatMap(lots::lot).map(LedgerLotSource::facts));
    } catch (LedgerUnavailableException e) {
      return Result.failure("ledger unreachable: " + e.getMessage());
    }
  }

  /** The lot the registry calls {@code lotId}: its id on chain is Keccak-256 of the URN. */
  @Override
  public Result<Optional<ChainLot>> lotById(UUID lotId) {
    try {
      return Result.success(
          lots.lot(Bytes32.fromHex(ChainLot.idOf(lotId)))
              .map(
                  lot ->
                      new ChainLot(
                          lot.lotId().toHex(),
                          lot.parentLotId().map(Bytes32::toHex),
                          lot.owner().toHex(),
                          lot.credentialDigest().toHex(),
                          tonnes(lot.quantity()))));
    } catch (LedgerUnavailableException e) {
      return Result.failure("ledger unreachable: " + e.getMessage());
    }
  }

  /** The allocation the registry calls {@code allocationId}; its id on chain as for lots. */
  @Override
  public Result<Optional<ChainAllocation>> allocationById(UUID allocationId) {
    try {
      return Result.success(
          lots.allocation(Bytes32.fromHex(ChainAllocation.idOf(allocationId)))
              .map(
                  a ->
                      new ChainAllocation(
                          a.allocationId().toHex(),
                          a.lotId().toHex(),
                          tonnes(a.quantity()),
                          tonnes(a.claimed()))));
    } catch (LedgerUnavailableException e) {
      return Result.failure("ledger unreachable: " + e.getMessage());
    }
  }

  /** The claim is named on chain by Keccak-256 of the credential's id. */
  @Override
  public Result<BigDecimal> claimOf(UUID allocationId, String credentialId) {
    try {
      return Result.success(
          tonnes(
              lots.claimOf(
                  Bytes32.fromHex(ChainAllocation.idOf(allocationId)),
                  Bytes32.fromHex(ChainAllocation.claimIdOf(credentialId)))));
    } catch (LedgerUnavailableException e) {
      return Result.failure("ledger unreachable: " + e.getMessage());
    }
  }

  static LotFacts facts(Lot lot) {
    BigInteger available = lot.available();
    String state;
    if (available.signum() > 0) {
      state =
          lot.allocated().signum() > 0 || lot.retired().signum() > 0 ? "partly-used" : "available";
    } else if (lot.retired().equals(lot.quantity())) {
      state = "retired";
    } else {
      state = "used";
    }
    return new LotFacts(
        hex(lot.lotId()), state, tonnes(lot.quantity()), tonnes(available), tonnes(lot.retired()));
  }

  private static String hex(Bytes32 value) {
    return "0x" + HexFormat.of().formatHex(value.bytes());
  }

  private static BigDecimal tonnes(BigInteger grams) {
    return new BigDecimal(grams).movePointLeft(6).stripTrailingZeros();
  }

  @Override
  public String describe() {
    return "GreenValueLedger " + lots.address();
  }
}
