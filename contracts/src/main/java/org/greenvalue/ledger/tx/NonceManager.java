package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Hands out the nonces of one sending account to many threads. Assigning a nonce and handing the
 * signed transaction to the node happen under one lock, so nonces are gap-free and in order;
 * waiting for receipts happens outside it, so many transactions are in flight at once. The first
 * use, and any use after an unclear outcome, reads the account's pending nonce from the node, so a
 * restarted process (or a transaction sent by someone else) is picked up.
 */
public final class NonceManager {
  private static final int MAX_RESYNCS = 3;

  private final Supplier<BigInteger> pendingNonce;
  private final ReentrantLock lock = new ReentrantLock(true);
  private BigInteger next;

  /**
   * @param pendingNonce reads {@code eth_getTransactionCount(account, "pending")} from the node
   */
  public NonceManager(Supplier<BigInteger> pendingNonce) {
    this.pendingNonce = pendingNonce;
  }

  /** Runs {@code action} with the next nonce, under the lock, and applies its effect. */
  public <T> T withNextNonce(NonceAction<T> action) {
    lock.lock();
    try {
      for (int resync = 0; ; resync++) {
        if (next == null) {
          next = pendingNonce.get();
        }
        BigInteger nonce = next;
        Step<T> step;
        try {
          step = action.use(nonce);
        } catch (RuntimeException e) {
          next = null;
          throw e;
        }
        switch (step.effect()) {
          case USED -> next = nonce.add(BigInteger.ONE);
          case UNUSED -> {}
          case UNKNOWN -> next = null;
          case STALE -> {
            next = null;
            if (resync < MAX_RESYNCS) {
              continue;
            }
          }
        }
        return step.value();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The next use reads the pending nonce from the node again (a sent transaction was dropped). */
  public void resync() {
    lock.lock();
    try {
      next = null;
    } finally {
      lock.unlock();
    }
  }

  /** What an attempt did to the nonce it was given. */
  public enum Effect {
    /** The node accepted the transaction: the nonce is taken. */
    USED,
    /** The node refused the transaction for a reason unrelated to the nonce. */
    UNUSED,
    /** The nonce was already taken (nonce too low, replacement underpriced): re-read and retry. */
    STALE,
    /** Unclear whether the node got it: re-read before the next use. */
    UNKNOWN
  }

  /** The value an attempt produced and what it did to the nonce. */
  public record Step<T>(Effect effect, T value) {}

  /** One attempt to send with a given nonce. */
  @FunctionalInterface
  public interface NonceAction<T> {
    Step<T> use(BigInteger nonce);
  }
}
