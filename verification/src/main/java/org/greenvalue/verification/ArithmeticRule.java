package org.greenvalue.verification;

import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;

/** ΔCO2 = baseline − project, exactly, for a reduction credential. */
final class ArithmeticRule implements Rule {

  static final String NAME = "arithmetic";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Check> check(RuleInput in) {
    return List.of(check(in.claim()));
  }

  static Check check(Claim claim) {
    if (claim.kind().isEmpty()) {
      return Check.skipped(NAME, claim.notOurs());
    }
    if (claim.kind().filter(k -> k == SubjectKind.EMISSION_REDUCTION).isEmpty()) {
      return Check.skipped(NAME, "not a ΔCO2 credential: no reduction arithmetic to check");
    }
    var reduction = claim.subjectAs(EmissionReduction.class);
    if (reduction.isEmpty()) {
      String why =
          claim.subject().map(r -> r.succeeded() ? "" : r.reason()).orElse("no single subject");
      return Check.failed(NAME, "the ΔCO2 subject cannot be read: " + why);
    }
    EmissionReduction r = reduction.get();
    var expected = r.baselineEmissions().subtract(r.projectEmissions());
    return Check.of(
        NAME,
        expected.compareTo(r.reduction()) == 0,
        "reduction "
            + r.reduction().toPlainString()
            + " = baseline "
            + r.baselineEmissions().toPlainString()
            + " − project "
            + r.projectEmissions().toPlainString()
            + " tCO2e",
        "reduction " + r.reduction().toPlainString() + " ≠ " + expected.toPlainString());
  }
}
