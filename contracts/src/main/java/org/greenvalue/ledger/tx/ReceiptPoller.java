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
 *
 * <p>A node may drop a transaction it had accepted (anvil does when a block fills up under interval
 * mining; a Besu pool evicts under pressure): its receipt never comes, and every later nonce of the
 * account waits behind the gap. So while waiting, every {@link #RECHECK} the caller's {@code
 * whileWaiting} runs; the sender uses it to hand the same signed transaction (same nonce, same
 * hash, so it cannot apply twice) to the node again when the node no longer knows it.
 */
public final class ReceiptPoller {
  /** How long to wait for a receipt before checking that the node still has the transaction. */
  static final Duration RECHECK = Duration.ofSeconds(2);

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
    return await(txHash, () -> {});
  }

  /**
   * The receipt, or empty when none appeared within the timeout; runs {@code whileWaiting} each
   * {@link #RECHECK} without a receipt.
   */
  public Optional<TransactionReceipt> await(String txHash, Runnable whileWaiting)
      throws InterruptedException {
    Instant deadline = clock.instant().plus(timeout);
    Instant recheck = clock.instant().plus(RECHECK);
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
      if (!clock.instant().isBefore(recheck)) {
        whileWaiting.run();
        recheck = clock.instant().plus(RECHECK);
      }
      sleeper.sleep(interval.compareTo(remaining) < 0 ? interval : remaining);
      Duration doubled = interval.multipliedBy(2);
      interval = doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
    }
  }
}
