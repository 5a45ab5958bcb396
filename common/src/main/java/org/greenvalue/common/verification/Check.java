package org.greenvalue.common.verification;

import java.util.Objects;

/**
 * One named check of a verification, with its outcome and the reason for it.
 *
 * @param name what was checked, stable and machine-readable (e.g. {@code proof.signature})
 * @param outcome passed, failed or not applicable
 * @param reason a human-readable explanation of the outcome
 */
public record Check(String name, Outcome outcome, String reason) {

  public enum Outcome {
    PASSED,
    FAILED,
    /** The check did not apply or could not run because an earlier check failed. */
    SKIPPED
  }

  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  public static Check passed(String name, String reason) {
    return new Check(name, Outcome.PASSED, reason);
  }

  public static Check failed(String name, String reason) {
    return new Check(name, Outcome.FAILED, reason);
  }

  public static Check skipped(String name, String reason) {
    return new Check(name, Outcome.SKIPPED, reason);
  }

  /** A passed or failed check depending on {@code holds}. */
  public static Check of(String name, boolean holds, String passReason, String failReason) {
    return holds ? passed(name, passReason) : failed(name, failReason);
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
