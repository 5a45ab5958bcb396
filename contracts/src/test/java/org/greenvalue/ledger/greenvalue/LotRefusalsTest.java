package org.greenvalue.ledger.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.Refusals.errorOf;
import static org.greenvalue.ledger.greenvalue.Lots.BUYER;
import static org.greenvalue.ledger.greenvalue.Lots.grams;
import static org.greenvalue.ledger.greenvalue.Lots.id;
import static org.greenvalue.ledger.greenvalue.Lots.mint;
import static org.greenvalue.ledger.greenvalue.Lots.terms;
import static org.greenvalue.ledger.greenvalue.Lots.year;

import java.math.BigInteger;
import java.time.Instant;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.Role;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every refusal of GreenValueLedger, through the client; none of them writes anything. */
@ExtendWith(DevChainExtension.class)
class LotRefusalsTest {
  private static GreenValueLots lots;
  private static Ledger stranger;

  @BeforeAll
  static void contracts(LedgerFixture fixture) {
    lots = fixture.admin().lots();
    stranger = fixture.account(3);
  }

  private static MintRequest minted() {
    MintRequest request = mint(1000);
    lots.mint(request).orThrow();
    return request;
  }

  @Test
  void refusesASecondLotForTheSameCredential() {
    MintRequest first = minted();
    MintRequest second =
        new MintRequest(
            id("lot"), first.credentialDigest(), id("project"), year(2025), grams(5), BUYER);

    assertThat(errorOf(lots.mint(second)))
        .isEqualTo(new LotError.CredentialAlreadyMinted(first.credentialDigest(), first.lotId()));
    assertThat(lots.lot(second.lotId())).isEmpty();
  }

  @Test
  void refusesAnOverlappingPeriodOfTheSameProjectButAllowsAdjacentOnes() {
    MintRequest first = minted();
    Period overlapping =
        new Period(Instant.parse("2024-12-31T00:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"));
    MintRequest clash =
        new MintRequest(id("lot"), id("cred"), first.projectId(), overlapping, grams(5), BUYER);

    assertThat(errorOf(lots.mint(clash)))
        .isEqualTo(
            new LotError.PeriodOverlap(
                first.projectId(),
                first.lotId(),
                BigInteger.valueOf(first.period().start().getEpochSecond()),
                BigInteger.valueOf(first.period().end().getEpochSecond())));
    MintRequest adjacent =
        new MintRequest(id("lot"), id("cred"), first.projectId(), year(2025), grams(5), BUYER);
    assertThat(lots.mint(adjacent).confirmed()).isTrue();
  }

  @Test
  void refusesAnExistingLotIdForMintAndForATransferChild() {
    MintRequest first = minted();
    MintRequest again =
        new MintRequest(first.lotId(), id("cred"), id("project"), year(2024), grams(5), BUYER);

    assertThat(errorOf(lots.mint(again))).isEqualTo(new LotError.LotExists(first.lotId()));
    assertThat(errorOf(lots.transfer(first.lotId(), first.lotId(), BUYER, grams(1))))
        .isEqualTo(new LotError.LotExists(first.lotId()));
  }

  @Test
  void refusesZeroIdsOwnerDigestQuantityAndAnEmptyPeriod() {
    MintRequest ok = mint(1000);
    assertThat(errorOf(lots.mint(withLotId(ok, Bytes32.ZERO)))).isEqualTo(new LotError.ZeroLotId());
    assertThat(errorOf(lots.mint(withOwner(ok, Bytes32.ZERO)))).isEqualTo(new LotError.ZeroOwner());
    assertThat(errorOf(lots.mint(withGrams(ok, BigInteger.ZERO))))
        .isEqualTo(new LotError.ZeroQuantity());
    assertThat(
            errorOf(
                lots.mint(
                    new MintRequest(
                        ok.lotId(), Bytes32.ZERO, ok.projectId(), ok.period(), grams(1), BUYER))))
        .isEqualTo(new LotError.ZeroCredentialDigest());
    Period empty = new Period(ok.period().start(), ok.period().start());
    long start = ok.period().start().getEpochSecond();
    assertThat(
            errorOf(
                lots.mint(
                    new MintRequest(
                        ok.lotId(),
                        ok.credentialDigest(),
                        ok.projectId(),
                        empty,
                        grams(1),
                        BUYER))))
        .isEqualTo(
            new LotError.InvalidPeriod(BigInteger.valueOf(start), BigInteger.valueOf(start)));
    assertThat(lots.lot(ok.lotId())).isEmpty();
  }

  @Test
  void refusesZeroQuantitiesAndMissingTargetsOnExistingLots() {
    MintRequest lot = minted();
    assertThat(errorOf(lots.transfer(lot.lotId(), id("c"), BUYER, BigInteger.ZERO)))
        .isEqualTo(new LotError.ZeroQuantity());
    assertThat(errorOf(lots.transfer(lot.lotId(), id("c"), Bytes32.ZERO, grams(1))))
        .isEqualTo(new LotError.ZeroOwner());
    assertThat(errorOf(lots.allocate(allocationOf(lot.lotId(), id("b"), BigInteger.ZERO))))
        .isEqualTo(new LotError.ZeroQuantity());
    assertThat(errorOf(lots.allocate(allocationOf(lot.lotId(), Bytes32.ZERO, grams(1)))))
        .isEqualTo(new LotError.ZeroProductBatch());
    assertThat(
            errorOf(
                lots.retire(
                    new RetirementItem.OfLot(lot.lotId(), id("r"), BigInteger.ZERO),
                    terms("B", "P"))))
        .isEqualTo(new LotError.ZeroQuantity());
    assertThat(
            errorOf(
                lots.retire(
                    new RetirementItem.OfLot(lot.lotId(), id("r"), grams(1)), terms("", "P"))))
        .isEqualTo(new LotError.EmptyBeneficiary());
    assertThat(lots.lot(lot.lotId()).orElseThrow().available()).isEqualTo(grams(1000));
  }

  @Test
  void refusesOperationsOnALotThatDoesNotExist() {
    Bytes32 unknown = id("unknown");
    LotError expected = new LotError.UnknownLot(unknown);
    assertThat(errorOf(lots.transfer(unknown, id("c"), BUYER, grams(1)))).isEqualTo(expected);
    assertThat(errorOf(lots.allocate(allocationOf(unknown, id("b"), grams(1)))))
        .isEqualTo(expected);
    assertThat(
            errorOf(
                lots.retire(new RetirementItem.OfLot(unknown, id("r"), grams(1)), terms("B", "P"))))
        .isEqualTo(expected);
  }

  @Test
  void refusesARetirementIdUsedBefore() {
    MintRequest lot = minted();
    Bytes32 retirementId = id("retirement");
    lots.retire(new RetirementItem.OfLot(lot.lotId(), retirementId, grams(10)), terms("B", "P"))
        .orThrow();

    assertThat(
            errorOf(
                lots.retire(
                    new RetirementItem.OfLot(lot.lotId(), retirementId, grams(10)),
                    terms("B", "P"))))
        .isEqualTo(new LotError.RetirementExists(retirementId));
    assertThat(lots.lot(lot.lotId()).orElseThrow().retired()).isEqualTo(grams(10));
  }

  @Test
  void refusesEveryWriteFromACallerWithoutTheRegistrarRole() {
    MintRequest lot = minted();
    GreenValueLots theirs = stranger.lots();

    assertThat(errorOf(theirs.mint(mint(5))))
        .isInstanceOfSatisfying(
            CommonError.MissingRole.class, m -> assertThat(m.role()).contains(Role.REGISTRAR));
    assertThat(errorOf(theirs.transfer(lot.lotId(), id("c"), BUYER, grams(1))))
        .isInstanceOf(CommonError.MissingRole.class);
    assertThat(errorOf(theirs.allocate(allocationOf(lot.lotId(), id("b"), grams(1)))))
        .isInstanceOf(CommonError.MissingRole.class);
    assertThat(
            errorOf(
                theirs.retire(
                    new RetirementItem.OfLot(lot.lotId(), id("r"), grams(1)), terms("B", "P"))))
        .isInstanceOf(CommonError.MissingRole.class);
    assertThat(lots.lot(lot.lotId()).orElseThrow().available()).isEqualTo(grams(1000));
  }

  private static AllocateRequest allocationOf(Bytes32 lotId, Bytes32 batch, BigInteger grams) {
    return new AllocateRequest(lotId, id("allocation"), batch, id("site"), year(2024), grams);
  }

  private static MintRequest withLotId(MintRequest r, Bytes32 lotId) {
    return new MintRequest(
        lotId, r.credentialDigest(), r.projectId(), r.period(), r.grams(), r.owner());
  }

  private static MintRequest withOwner(MintRequest r, Bytes32 owner) {
    return new MintRequest(
        r.lotId(), r.credentialDigest(), r.projectId(), r.period(), r.grams(), owner);
  }

  private static MintRequest withGrams(MintRequest r, BigInteger grams) {
    return new MintRequest(
        r.lotId(), r.credentialDigest(), r.projectId(), r.period(), grams, r.owner());
  }
}
