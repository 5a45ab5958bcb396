package org.greenvalue.ledger;

import java.time.Duration;

/** The outcome of a write to the ledger. Refusals and lost contact are values, not exceptions. */
public sealed interface LedgerResult {

  /** Mined and successful. */
  record Confirmed(TxReceipt receipt) implements LedgerResult {}

  /** Refused by a contract (or the node) with a decoded reason; nothing was written. */
  record Rejected(ContractError error) implements LedgerResult {}

  /** Sent, but no receipt within the wait; it may still be mined. */
  record Unconfirmed(String txHash, Duration waited) implements LedgerResult {}

  /** The node could not be reached, after retries; nothing is known to have been sent. */
  record Unavailable(String message) implements LedgerResult {}

  default boolean confirmed() {
    return this instanceof Confirmed;
  }

  /** The receipt of a confirmed write; otherwise throws {@link LedgerFailure} with this result. */
  default TxReceipt orThrow() {
    if (this instanceof Confirmed c) {
      return c.receipt();
    }
    throw new LedgerFailure(this);
  }
}
