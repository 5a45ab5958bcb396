package org.greenvalue.ledger;

/** The node did not answer a read, after retries. Truly exceptional: the ledger is down. */
public final class LedgerUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
