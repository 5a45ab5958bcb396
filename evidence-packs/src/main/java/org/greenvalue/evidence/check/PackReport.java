package org.greenvalue.evidence.check;

import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/**
 * The verification report of an archive, together with what kind of pack it turned out to be.
 *
 * @param kind what was verified
 * @param report all checks, including skipped ones
 */
public record PackReport(PackKind kind, VerificationReport report) {

  public PackReport(PackKind kind, List<Check> checks) {
    this(kind, new VerificationReport(checks));
  }

  public List<Check> checks() {
    return report.checks();
  }

  /** True when at least one check passed and none failed. */
  public boolean valid() {
    return report.valid();
  }

  public List<Check> failures() {
    return report.failures();
  }

  public Optional<Check> check(String name) {
    return report.check(name);
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
