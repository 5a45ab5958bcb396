package org.greenvalue.verification;

import java.util.List;
import java.util.Objects;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * The outcome of verifying a credential or presentation: every check, the facts established, and
 * the gaps: the names of checks skipped because an input or source was missing (no trust source, no
 * receipt, no evidence pack, no challenge...), as opposed to checks that do not apply.
 */
public record Verification(VerificationReport report, VerifiedFacts facts, List<String> gaps) {

  public Verification {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(facts, "facts");
    gaps = List.copyOf(gaps);
  }

  /** No check failed and at least one passed. */
  public boolean valid() {
    return report.valid();
  }

  /**
   * Nothing failed and nothing was left unchecked for want of an input or source: every check
   * passed, or was skipped only because it does not apply (a credential without {@code validUntil},
   * a footprint that binds no evidence pack).
   */
  public boolean complete() {
    return valid() && gaps.isEmpty();
  }
}
