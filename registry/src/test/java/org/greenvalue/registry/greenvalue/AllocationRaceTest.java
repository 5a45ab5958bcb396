package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * 32 callers race over real HTTP to allocate 0.3 t each from one 2 t lot: exactly floor(2 / 0.3) =
 * 6 allocations succeed, every other request is a 409 problem, and the lot's allocated total in
 * PostgreSQL (lot row and allocation rows) equals the contract's {@code getLot}. Prints the figures
 * for docs/benchmarks.md ("Allocations under 32 concurrent callers").
 */
class AllocationRaceTest extends LotFixture {
  private static final int CALLERS = 32;
  private static final String LOT = "2";
  private static final String STEP = "0.3";

  @Test
  void thirtyTwoCallersAllocateExactlyWhatTheLotHolds() throws Exception {
    String lot = mintedLot(LOT);
    String token = api().writer();
    ConcurrentLinkedQueue<HttpResult> results = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    long began;
    try (ExecutorService pool = Executors.newFixedThreadPool(CALLERS)) {
      List<Future<?>> callers = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        callers.add(
            pool.submit(
                () -> {
                  Api api = new Api(port);
                  start.await();
                  results.add(api.post("/lots/" + lot + "/allocations", token, allocation(STEP)));
                  return null;
                }));
      }
      began = System.nanoTime();
      start.countDown();
      for (Future<?> f : callers) {
        f.get();
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;

    int expected = new BigDecimal(LOT).divideToIntegralValue(new BigDecimal(STEP)).intValueExact();
    List<HttpResult> allocated = results.stream().filter(r -> r.status() == 201).toList();
    List<HttpResult> refused = results.stream().filter(r -> r.status() != 201).toList();
    assertThat(allocated).hasSize(expected);
    assertThat(refused)
        .hasSize(CALLERS - expected)
        .allSatisfy(r -> assertThat(r.isProblem(409)).as(r.toString()).isTrue());
    Lot chain = onChain(lot);
    BigInteger dbLot =
        jdbc.sql("SELECT allocated_grams FROM lots WHERE id = ?::uuid")
            .param(lot)
            .query(BigDecimal.class)
            .single()
            .toBigIntegerExact();
    BigInteger dbAllocations =
        jdbc.sql("SELECT coalesce(sum(grams), 0) FROM allocations WHERE lot_id = ?::uuid")
            .param(lot)
            .query(BigDecimal.class)
            .single()
            .toBigIntegerExact();
    BigInteger want = BigInteger.valueOf(expected * 300_000L);
    assertThat(chain.allocated()).isEqualTo(want);
    assertThat(dbLot).isEqualTo(want);
    assertThat(dbAllocations).isEqualTo(want);
    System.out.printf(
        "allocation race: %d callers, lot %s t, step %s t: %d allocated, %d refused (409),"
            + " %.2f s wall; allocated grams: chain %s, lots row %s, allocations rows %s%n",
        CALLERS,
        LOT,
        STEP,
        allocated.size(),
        refused.size(),
        seconds,
        chain.allocated(),
        dbLot,
        dbAllocations);
  }
}
