package org.greenvalue.bench.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.greenvalue.AllocateRequest;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.greenvalue.MintRequest;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.ledger.greenvalue.RetirementItem;
import org.greenvalue.ledger.greenvalue.RetirementReason;
import org.greenvalue.ledger.greenvalue.RetirementTerms;

/**
 * Green-value operations from concurrent callers sharing one account (and its nonce manager): each
 * caller repeats mint, transfer, allocate, retire on a fresh lot until the time is up.
 */
final class LotOpsLoad {
  private static final AtomicLong IDS = new AtomicLong();
  private static final Period YEAR =
      new Period(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));
  private static final Bytes32 SUPPLIER = Bytes32.keccakOf("did:web:supplier.example");
  private static final Bytes32 BUYER = Bytes32.keccakOf("did:web:buyer.example");

  private final GreenValueLots lots;

  LotOpsLoad(GreenValueLots lots) {
    this.lots = lots;
  }

  /** Confirmed operations over the run; a refused or unconfirmed operation stops the run. */
  Timed run(int callers, long seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong ops = new AtomicLong();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        done.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    cycle(ops);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    return new Timed(ops.get(), System.nanoTime() - start);
  }

  private void cycle(AtomicLong ops) {
    Bytes32 lot = id("lot");
    ok(
        lots.mint(
            new MintRequest(lot, id("credential"), id("project"), YEAR, grams(10_000), SUPPLIER)),
        ops);
    ok(lots.transfer(lot, id("child"), BUYER, grams(3_000)), ops);
    ok(
        lots.allocate(
            new AllocateRequest(
                lot, id("allocation"), id("product-batch"), id("site"), YEAR, grams(2_000))),
        ops);
    ok(
        lots.retire(
            new RetirementItem.OfLot(lot, id("retirement"), grams(1_000)),
            new RetirementTerms("Buyer", "bench", RetirementReason.OFFSET, YEAR)),
        ops);
  }

  private static void ok(LedgerResult result, AtomicLong ops) {
    if (!result.confirmed()) {
      throw new IllegalStateException("operation not confirmed: " + result);
    }
    ops.incrementAndGet();
  }

  private static Bytes32 id(String label) {
    return Bytes32.keccakOf(label + "-" + IDS.incrementAndGet() + "-" + System.nanoTime());
  }

  private static BigInteger grams(long grams) {
    return BigInteger.valueOf(grams);
  }
}
