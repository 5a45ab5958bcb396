package org.greenvalue.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;
import org.greenvalue.ledger.greenvalue.AllocateRequest;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.greenvalue.MintRequest;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.ledger.greenvalue.RetirementItem;
import org.greenvalue.ledger.greenvalue.RetirementReason;
import org.greenvalue.ledger.greenvalue.RetirementTerms;
import org.junit.jupiter.api.Test;

/**
 * Interval mining (one block a second, like a Besu QBFT network) with more transactions in flight
 * than a block holds. Anvil then drops transactions it had accepted, leaving a nonce gap that
 * stalls every later transaction of the account; the sender notices that the node no longer knows
 * its transaction and hands it the same signed transaction again.
 */
class IntervalMiningTest {
  private static final int CALLERS = 256;
  private static final Period YEAR =
      new Period(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));
  private static final Bytes32 SUPPLIER = Bytes32.keccakOf("did:web:supplier.example");
  private static final Bytes32 BUYER = Bytes32.keccakOf("did:web:buyer.example");

  private static Bytes32 fresh(String label) {
    return Bytes32.keccakOf(label + System.nanoTime() + Math.random());
  }

  @Test
  void everyWriteGetsItsReceiptWhenBlocksFillUp() throws Exception {
    DevChainOptions options =
        DevChainOptions.defaults().withFreeGas().withBlockTime(Duration.ofSeconds(1));
    try (DevChain chain = DevChain.start(options);
        Ledger ledger =
            Web3jLedger.connect(
                LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey())
                    .withReceiptTimeout(Duration.ofSeconds(30)))) {
      GreenValueLots lots = ledger.lots();
      List<Future<List<LedgerResult>>> callers = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(CALLERS)) {
        for (int i = 0; i < CALLERS; i++) {
          callers.add(pool.submit(() -> cycle(lots)));
        }
      }
      List<String> hashes = new ArrayList<>();
      for (Future<List<LedgerResult>> caller : callers) {
        for (LedgerResult result : caller.get()) {
          hashes.add(result.orThrow().txHash());
        }
      }
      assertThat(hashes).doesNotHaveDuplicates().hasSize(CALLERS * 4);
    }
  }

  private static List<LedgerResult> cycle(GreenValueLots lots) {
    Bytes32 lot = fresh("lot");
    List<LedgerResult> results = new ArrayList<>();
    results.add(
        lots.mint(
            new MintRequest(
                lot, fresh("credential"), fresh("project"), YEAR, grams(10_000), SUPPLIER)));
    results.add(lots.transfer(lot, fresh("child"), BUYER, grams(3_000)));
    results.add(
        lots.allocate(
            new AllocateRequest(
                lot,
                fresh("allocation"),
                fresh("product-batch"),
                fresh("site"),
                YEAR,
                grams(2_000))));
    results.add(
        lots.retire(
            new RetirementItem.OfLot(lot, fresh("retirement"), grams(1_000)),
            new RetirementTerms("Buyer", "test", RetirementReason.OFFSET, YEAR)));
    return results;
  }

  private static BigInteger grams(long grams) {
    return BigInteger.valueOf(grams);
  }
}
