package org.greenvalue.ledger.tx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.exceptions.ClientConnectionException;

/**
 * Runs JSON-RPC calls, retrying those that failed in transit (I/O errors, timeouts, HTTP errors
 * from the node or a proxy) with exponential backoff. Answers, including JSON-RPC errors, are
 * returned as they are: only the caller knows whether an error answer is final.
 */
public final class Rpc {
  private static final Logger LOG = LoggerFactory.getLogger(Rpc.class);

  private final RetryPolicy policy;
  private final Sleeper sleeper;

  public Rpc(RetryPolicy policy, Sleeper sleeper) {
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /**
   * Runs {@code call}, retrying transient failures.
   *
   * @throws LedgerUnavailableException when every attempt failed in transit, or on interrupt
   */
  public <T> T call(String what, Callable<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (Exception e) {
        if (!isTransient(e)) {
          throw e instanceof RuntimeException re ? re : new IllegalStateException(what, e);
        }
        if (attempt >= policy.maxAttempts()) {
          throw new LedgerUnavailableException(
              what + " failed after " + attempt + " attempts: " + e.getMessage(), e);
        }
        LOG.debug("{} failed in transit (attempt {}), retrying: {}", what, attempt, e.toString());
        pause(what, attempt, e);
      }
    }
  }

  private void pause(String what, int attempt, Exception cause) {
    try {
      sleeper.sleep(policy.backoffAfter(attempt));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new LedgerUnavailableException(what + " interrupted while retrying", cause);
    }
  }

  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException
          || t instanceof UncheckedIOException
          || t instanceof TimeoutException
          || t instanceof ClientConnectionException) {
        return true;
      }
    }
    return false;
  }
}
