package org.greenvalue.ledger;

/**
 * Thrown by {@link LedgerResult#orThrow()} for callers that treat any non-confirmed write as fatal.
 */
public final class LedgerFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient LedgerResult result;

  public LedgerFailure(LedgerResult result) {
    super("ledger write not confirmed: " + result);
    this.result = result;
  }

  public LedgerResult result() {
    return result;
  }
}
