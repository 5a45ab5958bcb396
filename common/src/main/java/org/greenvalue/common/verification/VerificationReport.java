package org.greenvalue.common.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every check a verification performed, in order. A report is valid when no check failed and at
 * least one passed; it is never reduced to a bare boolean by the code that produces it.
 */
public record VerificationReport(List<Check> checks) {

  public VerificationReport {
    checks = List.copyOf(checks);
  }

  public static VerificationReport of(Check... checks) {
    return new VerificationReport(List.of(checks));
  }

  public boolean valid() {
    return !checks.isEmpty()
        && checks.stream().noneMatch(Check::failed)
        && checks.stream().anyMatch(c -> c.outcome() == Check.Outcome.PASSED);
  }

  public List<Check> failures() {
    return checks.stream().filter(Check::failed).toList();
  }

  public Optional<Check> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** This report followed by the checks of another. */
  public VerificationReport and(VerificationReport other) {
    var all = new ArrayList<Check>(checks.size() + other.checks.size());
    all.addAll(checks);
    all.addAll(other.checks);
    return new VerificationReport(all);
  }

  /** A report with the given prefix added to each check's name, for nesting (e.g. proof[1]). */
  public VerificationReport prefixed(String prefix) {
    return new VerificationReport(
        checks.stream()
            .map(c -> new Check(prefix + "." + c.name(), c.outcome(), c.reason()))
            .toList());
  }

  @Override
  public String toString() {
    var out = new StringBuilder(valid() ? "VALID" : "INVALID");
    for (Check c : checks) {
      out.append("\n  ")
          .append(c.outcome())
          .append(' ')
          .append(c.name())
          .append(": ")
          .append(c.reason());
    }
    return out.toString();
  }
}
