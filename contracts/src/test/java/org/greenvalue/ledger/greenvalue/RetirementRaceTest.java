package org.greenvalue.ledger.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.greenvalue.Lots.grams;
import static org.greenvalue.ledger.greenvalue.Lots.id;
import static org.greenvalue.ledger.greenvalue.Lots.mint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevChainExtension.class)
class RetirementRaceTest {
  private static final int CALLERS = 16;

  @Test
  void sixteenCallersRacingToRetireOneLotRetireExactlyWhatIsAvailable(LedgerFixture fixture)
      throws Exception {
    GreenValueLots lots = fixture.admin().lots();
    MintRequest lot = mint(5_000);
    lots.mint(lot).orThrow();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<LedgerResult>> attempts = new ArrayList<>();

    try (ExecutorService pool = Executors.newFixedThreadPool(CALLERS)) {
      for (int i = 0; i < CALLERS; i++) {
        RetirementItem item = new RetirementItem.OfLot(lot.lotId(), id("retirement"), grams(1_000));
        RetirementTerms terms = Lots.terms("Buyer " + i, "race");
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  return lots.retire(item, terms);
                }));
      }
      start.countDown();
      List<LedgerResult> results = new ArrayList<>();
      for (Future<LedgerResult> attempt : attempts) {
        results.add(attempt.get());
      }

      assertThat(results).filteredOn(LedgerResult::confirmed).hasSize(5);
      assertThat(results)
          .filteredOn(r -> !r.confirmed())
          .hasSize(CALLERS - 5)
          .allSatisfy(
              r ->
                  assertThat(((LedgerResult.Rejected) r).error())
                      .isInstanceOfSatisfying(
                          LotError.InsufficientQuantity.class,
                          e -> assertThat(e.requested()).isEqualTo(grams(1_000))));
    }
    Lot after = lots.lot(lot.lotId()).orElseThrow();
    assertThat(after.retired()).isEqualTo(grams(5_000));
    assertThat(after.available()).isZero();
  }
}
