package org.greenvalue.evidence.check;

import java.util.List;
import java.util.Optional;

/**
 * Every check a verification ran, in order, with its outcome and reason.
 *
 * @param kind what was verified
 * @param checks all checks, including skipped ones
 */
public record VerificationReport(PackKind kind, List<Check> checks) {
  public VerificationReport {
    checks = List.copyOf(checks);
  }

  /** True when at least one check passed and none failed. */
  public boolean valid() {
    return checks.stream().noneMatch(Check::failed)
        && checks.stream().anyMatch(c -> c.status() == CheckStatus.PASSED);
  }

  public List<Check> failures() {
    return checks.stream().filter(Check::failed).toList();
  }

  public Optional<Check> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The kinds of archive a verifier recognises. */
  public enum PackKind {
    /** A full evidence pack with {@code manifest.json}. */
    FULL,
    /** A selective disclosure with {@code disclosure.json}. */
    DISCLOSED,
    /** Neither could be established (unreadable or hostile archive). */
    UNKNOWN
  }
}
