package org.greenvalue.ledger;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: the contract error of a write that must have been rejected. */
public final class Refusals {
  private Refusals() {}

  public static ContractError errorOf(LedgerResult result) {
    assertThat(result).isInstanceOf(LedgerResult.Rejected.class);
    return ((LedgerResult.Rejected) result).error();
  }
}
