package org.greenvalue.evidence.check;

import java.util.Objects;

/**
 * One line of a verification report: what was checked, how it ended, and why.
 *
 * @param name stable identifier of the check, e.g. {@code file:data/meter.csv}
 * @param status outcome
 * @param reason a sentence a person can act on
 */
public record Check(String name, CheckStatus status, String reason) {
  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  public static Check passed(String name, String reason) {
    return new Check(name, CheckStatus.PASSED, reason);
  }

  public static Check failed(String name, String reason) {
    return new Check(name, CheckStatus.FAILED, reason);
  }

  public static Check skipped(String name, String reason) {
    return new Check(name, CheckStatus.SKIPPED, reason);
  }

  /** A passed or failed check depending on {@code holds}. */
  public static Check of(String name, boolean holds, String passReason, String failReason) {
    return holds ? passed(name, passReason) : failed(name, failReason);
  }

  public boolean failed() {
    return status == CheckStatus.FAILED;
  }
}
