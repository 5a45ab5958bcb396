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
 * 64 clients race over real HTTP to retire more than two lots hold: exactly the available quantity
 * is retired, in PostgreSQL and on chain, and every other request is refused with a 409 problem.
 */
class LotRetirementRaceTest extends LotFixture {
  private static final int CLIENTS = 64;
  private static final int REQUESTS_PER_CLIENT = 3;
  private static final String STEP = "0.05";

  @Test
  void sixtyFourClientsRetireExactlyTheAvailableQuantity() throws Exception {
    List<String> lots = List.of(mintedLot("2.5"), mintedLot("2.5"));
    String token = api().writer();
    ConcurrentLinkedQueue<HttpResult> results = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    long began;
    try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(
            pool.submit(
                () -> {
                  Api api = new Api(port);
                  start.await();
                  for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                    String lot = lots.get((client + i) % lots.size());
                    results.add(
                        api.post(
                            "/lots/" + lot + "/retirements",
                            token,
                            "{\"beneficiary\":\"client "
                                + client
                                + "\",\"purpose\":\"race\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":"
                                + STEP
                                + "}"));
                  }
                  return null;
                }));
      }
      began = System.nanoTime();
      start.countDown();
      for (Future<?> f : clients) {
        f.get();
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;

    List<HttpResult> retired = results.stream().filter(r -> r.status() == 201).toList();
    List<HttpResult> refused = results.stream().filter(r -> r.status() != 201).toList();
    assertThat(results).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
    assertThat(refused).allSatisfy(r -> assertThat(r.isProblem(409)).as(r.toString()).isTrue());
    BigDecimal total =
        retired.stream()
            .map(r -> new BigDecimal(r.json().get("quantity").asText()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("5");
    for (String lot : lots) {
      Lot chain = onChain(lot);
      assertThat(chain.retired()).isEqualTo(BigInteger.valueOf(2_500_000));
      assertThat(chain.available()).isZero();
      var view = api().get("/lots/" + lot, api().reader()).json();
      assertThat(view.get("retired").asText()).isEqualTo("2.5");
      assertThat(view.get("available").asText()).isEqualTo("0");
      assertThat(
              jdbc.sql("SELECT coalesce(sum(grams), 0) FROM retirements WHERE lot_id = ?::uuid")
                  .param(lot)
                  .query(BigDecimal.class)
                  .single())
          .isEqualByComparingTo("2500000");
    }
    System.out.printf(
        "retirement race: %d clients, %d requests, %d retired (%s t), %d refused, %.2f s, %.1f"
            + " requests/s%n",
        CLIENTS,
        results.size(),
        retired.size(),
        total.toPlainString(),
        refused.size(),
        seconds,
        results.size() / seconds);
  }
}
