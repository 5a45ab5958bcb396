package org.greenvalue.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The nonce manager against a real chain: many threads, one account, and restarts. */
@ExtendWith(DevChainExtension.class)
class ConcurrentWritesTest {

  private static Bytes32 fresh(String label) {
    return Bytes32.keccakOf(label + System.nanoTime() + Math.random());
  }

  @Test
  void sixteenThreadsSharingOneAccountAllGetTheirWritesMined(LedgerFixture fixture)
      throws Exception {
    Ledger ledger = fixture.admin();
    long before = ledger.anchors().batchCount();
    List<Future<LedgerResult>> writes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      for (int i = 0; i < 128; i++) {
        writes.add(pool.submit(() -> ledger.anchors().anchor(fresh("b"), fresh("r"), 4)));
      }
    }
    List<String> hashes = new ArrayList<>();
    for (Future<LedgerResult> write : writes) {
      hashes.add(write.get().orThrow().txHash());
    }
    assertThat(hashes).doesNotHaveDuplicates().hasSize(128);
    assertThat(ledger.anchors().batchCount()).isEqualTo(before + 128);
  }

  @Test
  void aRestartedClientAndASecondClientOfTheSameAccountPickUpTheChainsNonce(LedgerFixture fixture) {
    Ledger first = fixture.admin();
    first.anchors().anchor(fresh("b"), fresh("r"), 1).orThrow();
    try (Ledger second = Web3jLedger.connect(fixture.config(0).withContracts(first.contracts()))) {
      TxReceipt fromSecond = second.anchors().anchor(fresh("b"), fresh("r"), 1).orThrow();
      TxReceipt fromFirstAgain = first.anchors().anchor(fresh("b"), fresh("r"), 1).orThrow();
      TxReceipt fromSecondAgain = second.anchors().anchor(fresh("b"), fresh("r"), 1).orThrow();

      assertThat(fromFirstAgain.blockNumber()).isGreaterThan(fromSecond.blockNumber());
      assertThat(fromSecondAgain.blockNumber()).isGreaterThan(fromFirstAgain.blockNumber());
    }
  }
}
