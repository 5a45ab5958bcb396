package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;

/**
 * Green-value lots in {@code GreenValueLedger}: mint from a ΔCO2 credential, transfer part to a new
 * owner (as a child lot), allocate to a product batch, retire. Writes need the registrar role;
 * refusals come back as {@link LotError}s.
 */
public interface GreenValueLots {

  String address();

  LedgerResult mint(MintRequest request);

  /** Moves {@code grams} of {@code lotId} into a new lot {@code childLotId} owned by {@code to}. */
  LedgerResult transfer(Bytes32 lotId, Bytes32 childLotId, Bytes32 to, BigInteger grams);

  /** Allocates {@code grams} of {@code lotId} to a product batch (mass balance). */
  LedgerResult allocate(Bytes32 lotId, Bytes32 productBatchId, BigInteger grams);

  LedgerResult retire(RetireRequest request);

  Optional<Lot> lot(Bytes32 lotId);

  /** The lot minted from this credential, if any. */
  Optional<Bytes32> lotOfCredential(Bytes32 credentialDigest);

  BigInteger allocatedTo(Bytes32 lotId, Bytes32 productBatchId);

  Optional<Retirement> retirement(Bytes32 retirementId);
}
