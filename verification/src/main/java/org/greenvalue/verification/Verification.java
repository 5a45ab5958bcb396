package org.greenvalue.verification;

import java.util.Objects;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * The outcome of verifying a credential or presentation: every check, and the facts established.
 */
public record Verification(VerificationReport report, VerifiedFacts facts) {

  public Verification {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(facts, "facts");
  }

  /** No check failed and at least one passed. */
  public boolean valid() {
    return report.valid();
  }

  /** Every check passed: none failed and none was skipped. */
  public boolean allPassed() {
    return !report.checks().isEmpty()
        && report.checks().stream()
            .allMatch(c -> c.outcome() == org.greenvalue.common.verification.Check.Outcome.PASSED);
  }
}
