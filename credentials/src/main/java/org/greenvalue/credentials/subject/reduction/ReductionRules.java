package org.greenvalue.credentials.subject.reduction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.credentials.subject.Violation;

/**
 * The arithmetic and evidence rules of a ΔCO2 claim, shared by the record (which throws on a
 * programming error) and the parser (which reports untrusted input):
 *
 * <ul>
 *   <li>baseline and project emissions are not negative;
 *   <li>the reduction is not negative and equals baseline − project exactly ({@link
 *       BigDecimal#compareTo}, so {@code 0.0010} equals {@code 0.001});
 *   <li>at least one measurement source is metered (the claim rests on measured data) and every
 *       metered source names its meter.
 * </ul>
 */
public final class ReductionRules {

  private ReductionRules() {}

  public static List<Violation> check(
      BigDecimal baseline,
      BigDecimal project,
      BigDecimal reduction,
      List<MeasurementSource> sources) {
    var violations = new ArrayList<Violation>();
    if (baseline.signum() < 0) {
      violations.add(new Violation("/baselineEmissions", "must not be negative"));
    }
    if (project.signum() < 0) {
      violations.add(new Violation("/projectEmissions", "must not be negative"));
    }
    if (reduction.signum() < 0) {
      violations.add(
          new Violation("/reduction", "must not be negative (project emissions exceed baseline)"));
    }
    BigDecimal expected = baseline.subtract(project);
    if (reduction.compareTo(expected) != 0) {
      violations.add(
          new Violation(
              "/reduction",
              "must equal baselineEmissions - projectEmissions ("
                  + baseline.toPlainString()
                  + " - "
                  + project.toPlainString()
                  + " = "
                  + expected.toPlainString()
                  + "), was "
                  + reduction.toPlainString()));
    }
    if (sources.stream().noneMatch(s -> s.sourceType() == MeasurementType.METERED)) {
      violations.add(
          new Violation("/measurementSources", "must include at least one metered source"));
    }
    return violations;
  }
}
