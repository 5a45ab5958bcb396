package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.tx.ChainAccess;
import org.greenvalue.ledger.wrappers.GreenValueLedger;

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
  public LedgerResult allocate(AllocateRequest r) {
    return send(
        contract
            .allocate(
                r.lotId().bytes(),
                r.allocationId().bytes(),
                r.productBatchId().bytes(),
                r.siteId().bytes(),
                seconds(r.period().start()),
                seconds(r.period().end()),
                r.grams())
            .encodeFunctionCall());
  }

  @Override
  public LedgerResult claim(Bytes32 allocationId, Bytes32 claimId, BigInteger grams) {
    return send(contract.claim(allocationId.bytes(), claimId.bytes(), grams).encodeFunctionCall());
  }

  @Override
  public LedgerResult retire(RetirementItem item, RetirementTerms terms) {
    GreenValueLedger.RetirementTerms t = terms(terms);
    return send(
        switch (item) {
          case RetirementItem.OfLot l ->
              contract
                  .retire(l.lotId().bytes(), l.retirementId().bytes(), l.grams(), t)
                  .encodeFunctionCall();
          case RetirementItem.OfAllocation a ->
              contract
                  .retireAllocation(
                      a.allocationId().bytes(), a.retirementId().bytes(), a.grams(), t)
                  .encodeFunctionCall();
        });
  }

  @Override
  public LedgerResult retireMany(List<RetirementItem> items, RetirementTerms terms) {
    List<GreenValueLedger.RetirementItem> encoded =
        items.stream().map(Web3jGreenValueLots::item).toList();
    return send(contract.retireMany(encoded, terms(terms)).encodeFunctionCall());
  }

  @Override
  public Optional<Lot> lot(Bytes32 lotId) {
    GreenValueLedger.Lot l = chain.read("getLot", () -> contract.getLot(lotId.bytes()).send());
    if (l.quantity.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Lot(
            lotId,
            new Bytes32(l.credentialDigest),
            new Bytes32(l.projectId),
            optional(l.parentLotId),
            new Bytes32(l.owner),
            new Period(instant(l.periodStart), instant(l.periodEnd)),
            l.quantity,
            l.allocated,
            l.retired,
            l.transferred));
  }

  @Override
  public Optional<Bytes32> lotOfCredential(Bytes32 credentialDigest) {
    return optional(
        chain.read(
            "lotIdOfCredential",
            () -> contract.lotIdOfCredential(credentialDigest.bytes()).send()));
  }

  @Override
  public BigInteger allocatedTo(Bytes32 lotId, Bytes32 productBatchId) {
    return chain.read(
        "allocatedTo", () -> contract.allocatedTo(lotId.bytes(), productBatchId.bytes()).send());
  }

  @Override
  public Optional<Allocation> allocation(Bytes32 allocationId) {
    GreenValueLedger.Allocation a =
        chain.read("getAllocation", () -> contract.getAllocation(allocationId.bytes()).send());
    if (a.quantity.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Allocation(
            allocationId,
            new Bytes32(a.lotId),
            new Bytes32(a.productBatchId),
            a.quantity,
            a.claimed,
            a.retired));
  }

  @Override
  public BigInteger claimOf(Bytes32 allocationId, Bytes32 claimId) {
    return chain.read(
        "claimOf", () -> contract.claimOf(allocationId.bytes(), claimId.bytes()).send());
  }

  @Override
  public Optional<Retirement> retirement(Bytes32 retirementId) {
    GreenValueLedger.Retirement r =
        chain.read("getRetirement", () -> contract.getRetirement(retirementId.bytes()).send());
    if (r.quantity.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Retirement(
            retirementId,
            new Bytes32(r.lotId),
            optional(r.allocationId),
            r.quantity,
            instant(r.retiredAt),
            new RetirementTerms(
                r.beneficiary,
                r.purpose,
                RetirementReason.ofCode(r.reason.intValueExact()),
                new Period(instant(r.claimStart), instant(r.claimEnd)))));
  }

  private static GreenValueLedger.RetirementTerms terms(RetirementTerms t) {
    return new GreenValueLedger.RetirementTerms(
        t.beneficiary(),
        t.purpose(),
        BigInteger.valueOf(t.reason().code()),
        seconds(t.claimPeriod().start()),
        seconds(t.claimPeriod().end()));
  }

  private static GreenValueLedger.RetirementItem item(RetirementItem item) {
    return switch (item) {
      case RetirementItem.OfLot l ->
          new GreenValueLedger.RetirementItem(
              false, l.lotId().bytes(), l.retirementId().bytes(), l.grams());
      case RetirementItem.OfAllocation a ->
          new GreenValueLedger.RetirementItem(
              true, a.allocationId().bytes(), a.retirementId().bytes(), a.grams());
    };
  }

  private LedgerResult send(String data) {
    return chain.sender().send(address(), data);
  }

  private static Optional<Bytes32> optional(byte[] id) {
    Bytes32 value = new Bytes32(id);
    return value.isZero() ? Optional.empty() : Optional.of(value);
  }

  private static BigInteger seconds(Instant time) {
    return BigInteger.valueOf(time.getEpochSecond());
  }

  private static Instant instant(BigInteger seconds) {
    return Instant.ofEpochSecond(seconds.longValueExact());
  }
}
