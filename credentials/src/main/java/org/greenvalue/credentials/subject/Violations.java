package org.greenvalue.credentials.subject;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.greenvalue.common.Result;

/** Turning a list of violations into a {@link Result}. */
public final class Violations {

  private Violations() {}

  /**
   * A success holding the built value when there is no violation; otherwise a failure whose reason
   * lists every violation ({@code pointer: message}, separated by {@code "; "}).
   */
  public static <T> Result<T> toResult(List<Violation> violations, Supplier<T> build) {
    if (violations.isEmpty()) {
      return Result.success(build.get());
    }
    return Result.failure(describe(violations));
  }

  /** Every violation, {@code pointer: message}, separated by {@code "; "}. */
  public static String describe(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** Throws {@link IllegalArgumentException} listing the violations, if there are any. */
  public static void requireNone(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(describe(violations));
    }
  }
}
