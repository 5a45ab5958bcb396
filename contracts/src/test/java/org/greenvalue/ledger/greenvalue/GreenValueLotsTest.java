package org.greenvalue.ledger.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.Refusals.errorOf;
import static org.greenvalue.ledger.greenvalue.Lots.BUYER;
import static org.greenvalue.ledger.greenvalue.Lots.SUPPLIER;
import static org.greenvalue.ledger.greenvalue.Lots.allocation;
import static org.greenvalue.ledger.greenvalue.Lots.grams;
import static org.greenvalue.ledger.greenvalue.Lots.id;
import static org.greenvalue.ledger.greenvalue.Lots.mint;
import static org.greenvalue.ledger.greenvalue.Lots.ofLot;
import static org.greenvalue.ledger.greenvalue.Lots.terms;
import static org.greenvalue.ledger.greenvalue.Lots.year;

import java.math.BigInteger;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevChainExtension.class)
class GreenValueLotsTest {
  private static GreenValueLots lots;

  @BeforeAll
  static void contracts(LedgerFixture fixture) {
    Ledger admin = fixture.admin();
    lots = admin.lots();
  }

  private static MintRequest minted(long grams) {
    MintRequest request = mint(grams);
    lots.mint(request).orThrow();
    return request;
  }

  @Test
  void mintsALotFromACredentialAndReadsItBack() {
    MintRequest request = minted(12_500_000);

    assertThat(lots.lot(request.lotId()))
        .contains(
            new Lot(
                request.lotId(),
                request.credentialDigest(),
                request.projectId(),
                Optional.empty(),
                SUPPLIER,
                request.period(),
                grams(12_500_000),
                BigInteger.ZERO,
                BigInteger.ZERO,
                BigInteger.ZERO));
    assertThat(lots.lotOfCredential(request.credentialDigest())).contains(request.lotId());
  }

  @Test
  void unknownLotsCredentialsAndRetirementsReadAsEmpty() {
    assertThat(lots.lot(id("none"))).isEmpty();
    assertThat(lots.lotOfCredential(id("none"))).isEmpty();
    assertThat(lots.retirement(id("none"))).isEmpty();
  }

  @Test
  void transferMovesGramsIntoAChildLotOwnedByTheRecipient() {
    MintRequest parent = minted(1000);
    Bytes32 child = id("child");

    lots.transfer(parent.lotId(), child, BUYER, grams(300)).orThrow();

    Lot childLot = lots.lot(child).orElseThrow();
    assertThat(childLot.parentLotId()).contains(parent.lotId());
    assertThat(childLot.owner()).isEqualTo(BUYER);
    assertThat(childLot.quantity()).isEqualTo(grams(300));
    assertThat(childLot.credentialDigest()).isEqualTo(parent.credentialDigest());
    assertThat(childLot.period()).isEqualTo(parent.period());
    Lot parentLot = lots.lot(parent.lotId()).orElseThrow();
    assertThat(parentLot.transferred()).isEqualTo(grams(300));
    assertThat(parentLot.available()).isEqualTo(grams(700));
  }

  @Test
  void allocatesToProductBatchesAndKeepsATotalPerBatch() {
    MintRequest lot = minted(1000);
    Bytes32 batch = id("product-batch");

    lots.allocate(
            new AllocateRequest(
                lot.lotId(), id("allocation"), batch, id("site"), year(2024), grams(100)))
        .orThrow();
    lots.allocate(
            new AllocateRequest(
                lot.lotId(), id("allocation"), batch, id("site"), year(2024), grams(150)))
        .orThrow();

    assertThat(lots.allocatedTo(lot.lotId(), batch)).isEqualTo(grams(250));
    assertThat(lots.lot(lot.lotId()).orElseThrow().allocated()).isEqualTo(grams(250));
  }

  @Test
  void retiresForANamedBeneficiaryAndPurpose() {
    MintRequest lot = minted(1000);
    Bytes32 retirementId = id("retirement");

    RetirementTerms terms = terms("Buyer GmbH", "Scope 3 report 2024");
    TxReceipt receipt = lots.retire(ofLot(lot.lotId(), retirementId, 400), terms).orThrow();

    assertThat(lots.retirement(retirementId))
        .contains(
            new Retirement(
                retirementId,
                lot.lotId(),
                Optional.empty(),
                grams(400),
                receipt.blockTime(),
                terms));
    assertThat(lots.lot(lot.lotId()).orElseThrow().retired()).isEqualTo(grams(400));
  }

  @Test
  void transferAllocationAndRetirementTogetherNeverExceedTheQuantity() {
    MintRequest lot = minted(1000);
    lots.transfer(lot.lotId(), id("child"), BUYER, grams(500)).orThrow();
    lots.allocate(allocation(lot.lotId(), 300)).orThrow();
    lots.retire(ofLot(lot.lotId(), id("ret"), 200), terms("B", "P")).orThrow();

    LotError expected = new LotError.InsufficientQuantity(BigInteger.ZERO, BigInteger.ONE);
    assertThat(errorOf(lots.transfer(lot.lotId(), id("child"), BUYER, grams(1))))
        .isEqualTo(expected);
    assertThat(errorOf(lots.allocate(allocation(lot.lotId(), 1)))).isEqualTo(expected);
    assertThat(errorOf(lots.retire(ofLot(lot.lotId(), id("r"), 1), terms("B", "P"))))
        .isEqualTo(expected);
    assertThat(lots.lot(lot.lotId()).orElseThrow().available()).isZero();
  }

  @Test
  void refusesMoreThanIsAvailableNamingBothAmounts() {
    MintRequest lot = minted(1000);
    assertThat(errorOf(lots.allocate(allocation(lot.lotId(), 1001))))
        .isEqualTo(new LotError.InsufficientQuantity(grams(1000), grams(1001)));
  }
}
