package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.greenvalue.ledger.Bytes32;

/** Test data for lots: fresh ids, and periods that never overlap unless asked to. */
final class Lots {
  private static final AtomicLong COUNTER = new AtomicLong();
  static final Bytes32 SUPPLIER = Bytes32.keccakOf("did:web:supplier.example");
  static final Bytes32 BUYER = Bytes32.keccakOf("did:web:buyer.example");

  private Lots() {}

  static Bytes32 id(String label) {
    return Bytes32.keccakOf(label + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime());
  }

  static Period year(int year) {
    return new Period(
        Instant.parse(year + "-01-01T00:00:00Z"), Instant.parse((year + 1) + "-01-01T00:00:00Z"));
  }

  /** A mint of {@code grams} for 2024 of a project of its own. */
  static MintRequest mint(long grams) {
    return new MintRequest(
        id("lot"),
        id("credential"),
        id("project"),
        year(2024),
        BigInteger.valueOf(grams),
        SUPPLIER);
  }

  /** Terms of a retirement for {@code beneficiary}, for the claim period 2025. */
  static RetirementTerms terms(String beneficiary, String purpose) {
    return new RetirementTerms(
        beneficiary, purpose, RetirementReason.INVENTORY_ACCOUNTING, year(2025));
  }

  /** An allocation of {@code grams} of a lot to a fresh batch and site for 2024. */
  static AllocateRequest allocation(Bytes32 lotId, long grams) {
    return new AllocateRequest(
        lotId, id("allocation"), id("product-batch"), id("site"), year(2024), grams(grams));
  }

  static RetirementItem.OfLot ofLot(Bytes32 lotId, Bytes32 retirementId, long grams) {
    return new RetirementItem.OfLot(lotId, retirementId, grams(grams));
  }

  static BigInteger grams(long grams) {
    return BigInteger.valueOf(grams);
  }
}
