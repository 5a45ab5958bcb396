package org.greenvalue.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.exceptions.ClientConnectionException;

class RpcTest {
  private final List<Duration> waits = new ArrayList<>();
  private final Rpc rpc =
      new Rpc(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250)), waits::add);

  @Test
  void retriesTransientFailuresWithGrowingBackoffUntilOneSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    String answer =
        rpc.call(
            "eth_x",
            () -> {
              int n = calls.incrementAndGet();
              if (n == 1) {
                throw new SocketTimeoutException("slow");
              }
              if (n == 2) {
                throw new ClientConnectionException("503");
              }
              if (n == 3) {
                throw new IOException("reset");
              }
              return "ok";
            });
    assertThat(answer).isEqualTo("ok");
    assertThat(waits)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
  }

  @Test
  void givesUpAfterTheLastAttemptWithAnUnavailableError() {
    assertThatThrownBy(
            () ->
                rpc.call(
                    "eth_x",
                    () -> {
                      throw new IOException("down");
                    }))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("eth_x failed after 4 attempts");
    assertThat(waits).hasSize(3);
  }

  @Test
  void doesNotRetryFailuresThatAreNotInTransit() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                rpc.call(
                    "eth_x",
                    () -> {
                      calls.incrementAndGet();
                      throw new IllegalArgumentException("bad");
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(calls).hasValue(1);
    assertThatThrownBy(
            () ->
                rpc.call(
                    "eth_x",
                    () -> {
                      throw new Exception("checked");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("checked");
  }

  @Test
  void anInterruptDuringBackoffStopsRetrying() {
    Rpc interrupted =
        new Rpc(
            RetryPolicy.DEFAULT,
            d -> {
              throw new InterruptedException();
            });
    assertThatThrownBy(
            () ->
                interrupted.call(
                    "eth_x",
                    () -> {
                      throw new IOException("down");
                    }))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("interrupted");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void rejectsPoliciesWithoutAttemptsOrWithInvertedBackoff() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
