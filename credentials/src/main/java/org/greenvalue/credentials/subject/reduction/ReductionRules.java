package org.greenvalue.credentials.subject.reduction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
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
 *       metered source names its meter;
 *   <li>{@code upstream} references (inherited value), when present: at least one, allocation ids
 *       unique, each quantity above zero in whole grams (at most six decimals), and the quantities
 *       adding up exactly to the reduction ({@link #checkUpstream}).
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

  /** Decimal places of a tonne that still name a whole gram (the ledger counts grams). */
  public static final int MAX_UPSTREAM_SCALE = 6;

  /**
   * The rules of the {@code upstream} references; an empty list means the member is absent (a
   * present but empty array is refused by the reader).
   */
  public static List<Violation> checkUpstream(
      List<UpstreamReference> upstream, BigDecimal reduction) {
    var violations = new ArrayList<Violation>();
    if (upstream.isEmpty()) {
      return violations;
    }
    var seen = new HashSet<String>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < upstream.size(); i++) {
      UpstreamReference ref = upstream.get(i);
      String at = "/upstream/" + i;
      if (!seen.add(ref.allocationId().toLowerCase(java.util.Locale.ROOT))) {
        violations.add(
            new Violation(
                at + "/allocationId",
                "allocation " + ref.allocationId() + " is referenced more than once"));
      }
      if (ref.quantity().signum() <= 0) {
        violations.add(new Violation(at + "/quantity", "must be above zero"));
      }
      if (ref.quantity().stripTrailingZeros().scale() > MAX_UPSTREAM_SCALE) {
        violations.add(
            new Violation(
                at + "/quantity",
                "must have at most " + MAX_UPSTREAM_SCALE + " decimals (whole grams)"));
      }
      total = total.add(ref.quantity());
    }
    if (total.compareTo(reduction) != 0) {
      violations.add(
          new Violation(
              "/upstream",
              "quantities must add up to the reduction ("
                  + reduction.toPlainString()
                  + "), they add up to "
                  + total.toPlainString()));
    }
    return violations;
  }
}
