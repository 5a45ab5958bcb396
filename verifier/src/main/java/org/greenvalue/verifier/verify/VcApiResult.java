package org.greenvalue.verifier.verify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.verification.Check;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.eligibility.EligibilityResult;

/**
 * A VC-API verification result: {@code verified}, the checks performed (the {@link VcApiCheck}
 * names asked for), and warnings and errors as problem details (VC Data Model 2.0 §7.1: {@code
 * type}, {@code title}, {@code detail}; the title is the engine check's name).
 *
 * <p>An error is a failed check of a group asked for. A warning is a failed check of a group not
 * asked for, or a check of any group that could not run for want of an input or source (the
 * verification's gaps: no registry, an anchor still pending). With a policy, the policy's verdict
 * is {@code verified}, and every group is asked for.
 */
record VcApiResult(
    boolean verified,
    List<String> checks,
    List<ProblemDetails> warnings,
    List<ProblemDetails> errors,
    Optional<EligibilityResult> policy) {

  /** One warning or error, in the VC Data Model's problem details shape. */
  record ProblemDetails(String type, String title, String detail) {}

  private static final String VCDM = "https://www.w3.org/TR/vc-data-model#";

  static VcApiResult of(
      Verification verification, Set<VcApiCheck> asked, Optional<EligibilityResult> policy) {
    Set<VcApiCheck> performed = policy.isPresent() ? EnumSet.allOf(VcApiCheck.class) : asked;
    Set<String> gaps = new HashSet<>(verification.gaps());
    var warnings = new ArrayList<ProblemDetails>();
    var errors = new ArrayList<ProblemDetails>();
    for (Check check : verification.report().checks()) {
      VcApiCheck group = VcApiCheck.of(check.name());
      boolean inScope = performed.contains(group);
      if (check.failed() && inScope) {
        errors.add(new ProblemDetails(errorType(check, group), check.name(), check.reason()));
      } else if (check.failed() || gaps.contains(check.name())) {
        warnings.add(new ProblemDetails(warningType(group), check.name(), check.reason()));
      }
    }
    boolean verified =
        policy.map(EligibilityResult::eligible).orElse(errors.isEmpty())
            && hasPassedCheck(verification, performed);
    List<String> names = EnumSet.copyOf(performed).stream().map(VcApiCheck::wireName).toList();
    return new VcApiResult(verified, names, warnings, errors, policy);
  }

  /** A verdict needs at least one check of the groups asked for that passed. */
  private static boolean hasPassedCheck(Verification verification, Set<VcApiCheck> performed) {
    return verification.report().checks().stream()
        .anyMatch(
            c ->
                c.outcome() == Check.Outcome.PASSED && performed.contains(VcApiCheck.of(c.name())));
  }

  /** The VC Data Model's error types where one fits, ours otherwise. */
  private static String errorType(Check check, VcApiCheck group) {
    return switch (group) {
      case PROOF -> VCDM + "CRYPTOGRAPHIC_SECURITY_ERROR";
      case VALIDITY -> VCDM + "RANGE_ERROR";
      case DATA_MODEL ->
          check.name().endsWith("format") ? VCDM + "PARSING_ERROR" : VCDM + "MALFORMED_VALUE_ERROR";
      default -> Problem.TYPE_BASE + "check/" + group.wireName();
    };
  }

  private static String warningType(VcApiCheck group) {
    return Problem.TYPE_BASE + "check/" + group.wireName();
  }
}
