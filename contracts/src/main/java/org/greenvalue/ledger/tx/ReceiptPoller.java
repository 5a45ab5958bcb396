package org.greenvalue.ledger.tx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Polls {@code eth_getTransactionReceipt} until the receipt appears or the wait is over. The first
 * poll is immediate (a dev chain mines at once); the interval then doubles up to a ceiling.
 */
public final class ReceiptPoller {
  private final Web3j web3j;
  private final Rpc rpc;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration timeout;
  private final Duration firstInterval;
  private final Duration maxInterval;

  public ReceiptPoller(
      Web3j web3j,
      Rpc rpc,
      Clock clock,
      Sleeper sleeper,
      Duration timeout,
      Duration firstInterval,
      Duration maxInterval) {
    this.web3j = web3j;
    this.rpc = rpc;
    this.clock = clock;
    this.sleeper = sleeper;
    this.timeout = timeout;
    this.firstInterval = firstInterval;
    this.maxInterval = maxInterval;
  }

  public Duration timeout() {
    return timeout;
  }

  /** The receipt, or empty when none appeared within the timeout. */
  public Optional<TransactionReceipt> await(String txHash) throws InterruptedException {
    Instant deadline = clock.instant().plus(timeout);
    Duration interval = firstInterval;
    while (true) {
      Optional<TransactionReceipt> receipt =
          rpc.call("eth_getTransactionReceipt", () -> web3j.ethGetTransactionReceipt(txHash).send())
              .getTransactionReceipt();
      if (receipt.isPresent()) {
        return receipt;
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        return Optional.empty();
      }
      sleeper.sleep(interval.compareTo(remaining) < 0 ? interval : remaining);
      Duration doubled = interval.multipliedBy(2);
      interval = doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
    }
  }
}
