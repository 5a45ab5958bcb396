package org.greenvalue.verification;

import java.util.ArrayList;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/**
 * A buyer never receives a supplier's evidence pack: packs are seen only by the assurance providers
 * the supplier engaged. So for a ΔCO2 credential a buyer reads over PACT, or meets upstream on a
 * custody chain, a missing pack ({@code evidence} gap) is not a gap when an assurance statement
 * over this credential passed and assured the same evidence root ({@code assurance.evidence}
 * PASSED): the {@code evidence} check stays SKIPPED, saying so. Without such an assurance it stays
 * a gap.
 */
public final class AssuredEvidence {
  private static final String EVIDENCE = "evidence";

  private AssuredEvidence() {}

  public static Verification assured(Verification v) {
    boolean rootAssured =
        v.report()
            .check("assurance.evidence")
            .filter(c -> c.outcome() == Check.Outcome.PASSED)
            .isPresent();
    if (!v.gaps().contains(EVIDENCE) || !rootAssured || !v.valid()) {
      return v;
    }
    List<Check> checks = new ArrayList<>();
    for (Check c : v.report().checks()) {
      checks.add(
          c.name().equals(EVIDENCE)
              ? Check.skipped(
                  EVIDENCE,
                  "the evidence pack is not carried to buyers; the assurance provider assured its"
                      + " root")
              : c);
    }
    List<String> gaps = new ArrayList<>(v.gaps());
    gaps.remove(EVIDENCE);
    return new Verification(new VerificationReport(checks), v.facts(), gaps);
  }
}
