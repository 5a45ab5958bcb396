package org.greenvalue.ledger.anchor;

import java.util.List;

/** Every check run on a receipt, in order, passed or failed with its reason. */
public record ReceiptVerification(List<ReceiptCheck> checks) {
  public ReceiptVerification {
    checks = List.copyOf(checks);
  }

  /** Whether every check passed. */
  public boolean verified() {
    return !checks.isEmpty() && failures().isEmpty();
  }

  public List<ReceiptCheck.Failed> failures() {
    return checks.stream()
        .filter(ReceiptCheck.Failed.class::isInstance)
        .map(ReceiptCheck.Failed.class::cast)
        .toList();
  }

  /** The names of the failed checks. */
  public List<String> failedNames() {
    return failures().stream().map(ReceiptCheck.Failed::name).toList();
  }
}
