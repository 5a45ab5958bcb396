package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.tx.ChainAccess;
import org.greenvalue.ledger.wrappers.GreenValueLedger;
import org.web3j.tuples.generated.Tuple5;

/** {@link GreenValueLots} over JSON-RPC, with the generated wrapper for encoding and decoding. */
public final class Web3jGreenValueLots implements GreenValueLots {
  private final ChainAccess chain;
  private final GreenValueLedger contract;

  public Web3jGreenValueLots(ChainAccess chain, String address) {
    this.chain = chain;
    this.contract = GreenValueLedger.load(address, chain.web3j(), chain.readOnly(), chain.noGas());
  }

  @Override
  public String address() {
    return contract.getContractAddress();
  }

  @Override
  public LedgerResult mint(MintRequest r) {
    return send(
        contract
            .mint(
                r.lotId().bytes(),
                r.credentialDigest().bytes(),
                r.projectId().bytes(),
                seconds(r.period().start()),
                seconds(r.period().end()),
                r.grams(),
                r.owner().bytes())
            .encodeFunctionCall());
  }

  @Override
  public LedgerResult transfer(Bytes32 lotId, Bytes32 childLotId, Bytes32 to, BigInteger grams) {
    return send(
        contract
            .transfer(lotId.bytes(), childLotId.bytes(), to.bytes(), grams)
            .encodeFunctionCall());
  }

  @Override
  public LedgerResult allocate(Bytes32 lotId, Bytes32 productBatchId, BigInteger grams) {
    return send(
        contract.allocate(lotId.bytes(), productBatchId.bytes(), grams).encodeFunctionCall());
  }

  @Override
  public LedgerResult retire(RetireRequest r) {
    return send(
        contract
            .retire(
                r.lotId().bytes(),
                r.retirementId().bytes(),
                r.grams(),
                r.beneficiary(),
                r.purpose())
            .encodeFunctionCall());
  }

  @Override
  public Optional<Lot> lot(Bytes32 lotId) {
    GreenValueLedger.Lot l = chain.read("getLot", () -> contract.getLot(lotId.bytes()).send());
    if (l.quantity.signum() == 0) {
      return Optional.empty();
    }
    Bytes32 parent = new Bytes32(l.parentLotId);
    return Optional.of(
        new Lot(
            lotId,
            new Bytes32(l.credentialDigest),
            new Bytes32(l.projectId),
            parent.isZero() ? Optional.empty() : Optional.of(parent),
            new Bytes32(l.owner),
            new Period(instant(l.periodStart), instant(l.periodEnd)),
            l.quantity,
            l.allocated,
            l.retired,
            l.transferred));
  }

  @Override
  public Optional<Bytes32> lotOfCredential(Bytes32 credentialDigest) {
    Bytes32 lotId =
        new Bytes32(
            chain.read(
                "lotIdOfCredential",
                () -> contract.lotIdOfCredential(credentialDigest.bytes()).send()));
    return lotId.isZero() ? Optional.empty() : Optional.of(lotId);
  }

  @Override
  public BigInteger allocatedTo(Bytes32 lotId, Bytes32 productBatchId) {
    return chain.read(
        "allocatedTo", () -> contract.allocatedTo(lotId.bytes(), productBatchId.bytes()).send());
  }

  @Override
  public Optional<Retirement> retirement(Bytes32 retirementId) {
    Tuple5<byte[], BigInteger, BigInteger, String, String> r =
        chain.read("getRetirement", () -> contract.getRetirement(retirementId.bytes()).send());
    if (r.component2().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Retirement(
            retirementId,
            new Bytes32(r.component1()),
            r.component2(),
            instant(r.component3()),
            r.component4(),
            r.component5()));
  }

  private LedgerResult send(String data) {
    return chain.sender().send(address(), data);
  }

  private static BigInteger seconds(Instant time) {
    return BigInteger.valueOf(time.getEpochSecond());
  }

  private static Instant instant(BigInteger seconds) {
    return Instant.ofEpochSecond(seconds.longValueExact());
  }
}
