package org.greenvalue.ledger.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.Refusals.errorOf;
import static org.greenvalue.ledger.greenvalue.Lots.allocation;
import static org.greenvalue.ledger.greenvalue.Lots.grams;
import static org.greenvalue.ledger.greenvalue.Lots.id;
import static org.greenvalue.ledger.greenvalue.Lots.mint;
import static org.greenvalue.ledger.greenvalue.Lots.ofLot;
import static org.greenvalue.ledger.greenvalue.Lots.terms;
import static org.greenvalue.ledger.greenvalue.Lots.year;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Allocations with ids, claims on them, allocation retirement and bulk retirement. */
@ExtendWith(DevChainExtension.class)
class AllocationsTest {
  private static GreenValueLots lots;

  @BeforeAll
  static void contracts(LedgerFixture fixture) {
    lots = fixture.admin().lots();
  }

  private static Bytes32 mintedLot(long grams) {
    MintRequest request = mint(grams);
    lots.mint(request).orThrow();
    return request.lotId();
  }

  private static AllocateRequest allocated(Bytes32 lotId, long grams) {
    AllocateRequest request = allocation(lotId, grams);
    lots.allocate(request).orThrow();
    return request;
  }

  @Test
  void allocatesWithAnIdAndReadsItBack() {
    Bytes32 lot = mintedLot(1000);
    AllocateRequest request = allocated(lot, 300);

    assertThat(lots.allocation(request.allocationId()))
        .contains(
            new Allocation(
                request.allocationId(),
                lot,
                request.productBatchId(),
                grams(300),
                BigInteger.ZERO,
                BigInteger.ZERO));
    assertThat(lots.lot(lot).orElseThrow().allocated()).isEqualTo(grams(300));
    assertThat(lots.allocation(id("none"))).isEmpty();
  }

  @Test
  void claimsAddUpToAtMostTheAllocationAndEachCredentialClaimsOnce() {
    AllocateRequest a = allocated(mintedLot(1000), 300);
    Bytes32 first = id("credential");

    lots.claim(a.allocationId(), first, grams(200)).orThrow();
    lots.claim(a.allocationId(), id("credential"), grams(100)).orThrow();

    assertThat(lots.claimOf(a.allocationId(), first)).isEqualTo(grams(200));
    assertThat(lots.allocation(a.allocationId()).orElseThrow().claimed()).isEqualTo(grams(300));
    assertThat(errorOf(lots.claim(a.allocationId(), id("credential"), grams(1))))
        .isEqualTo(new LotError.InsufficientQuantity(BigInteger.ZERO, grams(1)));
  }

  @Test
  void refusesASecondClaimOfTheSameCredentialAndClaimsOfUnknownAllocations() {
    AllocateRequest a = allocated(mintedLot(1000), 300);
    Bytes32 credential = id("credential");
    lots.claim(a.allocationId(), credential, grams(10)).orThrow();

    assertThat(errorOf(lots.claim(a.allocationId(), credential, grams(10))))
        .isEqualTo(new LotError.ClaimExists(a.allocationId(), credential));
    Bytes32 unknown = id("unknown");
    assertThat(errorOf(lots.claim(unknown, id("c"), grams(1))))
        .isEqualTo(new LotError.UnknownAllocation(unknown));
    assertThat(errorOf(lots.claim(a.allocationId(), Bytes32.ZERO, grams(1))))
        .isEqualTo(new LotError.ZeroClaimId());
    assertThat(errorOf(lots.claim(a.allocationId(), id("c"), BigInteger.ZERO)))
        .isEqualTo(new LotError.ZeroQuantity());
    assertThat(lots.allocation(a.allocationId()).orElseThrow().claimed()).isEqualTo(grams(10));
  }

  @Test
  void refusesAnExistingOrZeroAllocationIdAndAnEmptyPeriod() {
    Bytes32 lot = mintedLot(1000);
    AllocateRequest a = allocated(lot, 100);
    AllocateRequest again =
        new AllocateRequest(lot, a.allocationId(), id("b"), id("s"), year(2024), grams(1));
    AllocateRequest zero =
        new AllocateRequest(lot, Bytes32.ZERO, id("b"), id("s"), year(2024), grams(1));
    Period empty = new Period(year(2024).start(), year(2024).start());
    AllocateRequest emptyPeriod =
        new AllocateRequest(lot, id("a"), id("b"), id("s"), empty, grams(1));

    assertThat(errorOf(lots.allocate(again)))
        .isEqualTo(new LotError.AllocationExists(a.allocationId()));
    assertThat(errorOf(lots.allocate(zero))).isEqualTo(new LotError.ZeroAllocationId());
    assertThat(errorOf(lots.allocate(emptyPeriod))).isInstanceOf(LotError.InvalidPeriod.class);
    assertThat(lots.lot(lot).orElseThrow().allocated()).isEqualTo(grams(100));
  }

  @Test
  void retiresAnAllocationOnceOverWithReasonAndClaimPeriod() {
    Bytes32 lot = mintedLot(1000);
    AllocateRequest a = allocated(lot, 300);
    Bytes32 retirementId = id("retirement");
    RetirementTerms terms = terms("Fleet Co.", "Scope 3 2025");

    TxReceipt receipt =
        lots.retire(
                new RetirementItem.OfAllocation(a.allocationId(), retirementId, grams(300)), terms)
            .orThrow();

    assertThat(lots.retirement(retirementId))
        .contains(
            new Retirement(
                retirementId,
                lot,
                Optional.of(a.allocationId()),
                grams(300),
                receipt.blockTime(),
                terms));
    assertThat(lots.allocation(a.allocationId()).orElseThrow().retired()).isEqualTo(grams(300));
    assertThat(
            errorOf(
                lots.retire(
                    new RetirementItem.OfAllocation(a.allocationId(), id("again"), grams(1)),
                    terms)))
        .isEqualTo(new LotError.InsufficientQuantity(BigInteger.ZERO, grams(1)));
    assertThat(lots.lot(lot).orElseThrow().retired()).isZero();
  }

  @Test
  void refusesRetirementTermsWithoutBeneficiaryOrWithABadReasonOrPeriod() {
    Bytes32 lot = mintedLot(1000);
    RetirementTerms noPeriod =
        new RetirementTerms(
            "B", "P", RetirementReason.OFFSET, new Period(year(2025).start(), year(2025).start()));

    assertThat(errorOf(lots.retire(ofLot(lot, id("r"), 1), terms("", "P"))))
        .isEqualTo(new LotError.EmptyBeneficiary());
    assertThat(errorOf(lots.retire(ofLot(lot, id("r"), 1), noPeriod)))
        .isInstanceOf(LotError.InvalidPeriod.class);
    assertThat(errorOf(lots.retireMany(List.of(), terms("B", "P"))))
        .isEqualTo(new LotError.EmptyRetirement());
    assertThat(lots.lot(lot).orElseThrow().retired()).isZero();
  }

  @Test
  void bulkRetirementRetiresEveryItemOrNone() {
    Bytes32 lot = mintedLot(1000);
    Bytes32 other = mintedLot(500);
    AllocateRequest a = allocated(lot, 200);
    List<RetirementItem> good =
        List.of(
            ofLot(lot, id("r1"), 100),
            new RetirementItem.OfAllocation(a.allocationId(), id("r2"), grams(200)),
            ofLot(other, id("r3"), 500));
    List<RetirementItem> oneTooMany =
        List.of(ofLot(lot, id("r4"), 100), ofLot(other, id("r5"), 501));

    assertThat(errorOf(lots.retireMany(oneTooMany, terms("B", "P"))))
        .isEqualTo(new LotError.InsufficientQuantity(grams(500), grams(501)));
    assertThat(lots.lot(lot).orElseThrow().retired()).isZero();
    assertThat(lots.retirement(oneTooMany.get(0).retirementId())).isEmpty();

    lots.retireMany(good, terms("B", "P")).orThrow();
    assertThat(lots.lot(lot).orElseThrow().retired()).isEqualTo(grams(100));
    assertThat(lots.allocation(a.allocationId()).orElseThrow().retired()).isEqualTo(grams(200));
    assertThat(lots.lot(other).orElseThrow().available()).isZero();
    assertThat(good).allSatisfy(i -> assertThat(lots.retirement(i.retirementId())).isPresent());
  }
}
