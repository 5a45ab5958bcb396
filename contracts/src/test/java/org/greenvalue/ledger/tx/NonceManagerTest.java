package org.greenvalue.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.greenvalue.ledger.tx.NonceManager.Effect;
import org.greenvalue.ledger.tx.NonceManager.Step;
import org.junit.jupiter.api.Test;

class NonceManagerTest {
  private final AtomicInteger reads = new AtomicInteger();
  private BigInteger chainNonce = BigInteger.valueOf(7);
  private final NonceManager nonces =
      new NonceManager(
          () -> {
            reads.incrementAndGet();
            return chainNonce;
          });

  private BigInteger use(Effect effect) {
    return nonces.withNextNonce(n -> new Step<>(effect, n));
  }

  @Test
  void startsFromThePendingNonceOnChainAndCountsUpWithoutReReading() {
    assertThat(use(Effect.USED)).isEqualTo(7);
    assertThat(use(Effect.USED)).isEqualTo(8);
    assertThat(reads).hasValue(1);
  }

  @Test
  void manyThreadsGetDistinctGapFreeNonces() throws Exception {
    List<BigInteger> seen = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      for (int i = 0; i < 16; i++) {
        pool.submit(
            () -> {
              for (int j = 0; j < 100; j++) {
                seen.add(use(Effect.USED));
              }
            });
      }
    }
    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(
            LongStream.range(7, 7 + 1600).mapToObj(BigInteger::valueOf).toList());
  }

  @Test
  void afterADroppedTransactionTheNextUseTakesTheNonceItLeftUnused() {
    assertThat(use(Effect.USED)).isEqualTo(7);
    assertThat(use(Effect.USED)).isEqualTo(8);
    // the node dropped the transaction of nonce 8: its pending nonce is 8 again
    chainNonce = BigInteger.valueOf(8);
    nonces.resync();
    assertThat(use(Effect.USED)).isEqualTo(8);
    assertThat(reads).hasValue(2);
  }

  @Test
  void anUnusedNonceIsHandedOutAgain() {
    assertThat(use(Effect.UNUSED)).isEqualTo(7);
    assertThat(use(Effect.USED)).isEqualTo(7);
  }

  @Test
  void aStaleNonceIsReReadFromTheChainAndRetried() {
    use(Effect.USED);
    chainNonce = BigInteger.valueOf(20);
    List<BigInteger> tried = new ArrayList<>();

    BigInteger used =
        nonces.withNextNonce(
            n -> {
              tried.add(n);
              return new Step<>(n.intValue() < 20 ? Effect.STALE : Effect.USED, n);
            });

    assertThat(tried).containsExactly(BigInteger.valueOf(8), BigInteger.valueOf(20));
    assertThat(used).isEqualTo(20);
    assertThat(use(Effect.USED)).isEqualTo(21);
  }

  @Test
  void givesUpAfterRepeatedStaleNonces() {
    AtomicInteger attempts = new AtomicInteger();
    String result =
        nonces.withNextNonce(
            n -> {
              attempts.incrementAndGet();
              return new Step<>(Effect.STALE, "stale");
            });
    assertThat(result).isEqualTo("stale");
    assertThat(attempts).hasValue(4);
  }

  @Test
  void anUnclearOutcomeOrAFailureMakesTheNextUseReReadTheChain() {
    use(Effect.USED);
    chainNonce = BigInteger.valueOf(8);
    use(Effect.UNKNOWN);
    assertThat(use(Effect.USED)).isEqualTo(8);

    assertThatThrownBy(
            () ->
                nonces.withNextNonce(
                    n -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    chainNonce = BigInteger.valueOf(30);
    assertThat(use(Effect.USED)).isEqualTo(30);
  }
}
