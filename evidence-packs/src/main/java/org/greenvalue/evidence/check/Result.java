package org.greenvalue.evidence.check;

import java.util.function.Function;

/**
 * The outcome of an operation whose failure is expected (bad input, a hostile archive): either a
 * value or a reason a person can read. Exceptions stay for what is truly exceptional.
 */
public sealed interface Result<T> {

  /** Success carrying the value. */
  record Ok<T>(T value) implements Result<T> {}

  /** Failure carrying the reason. */
  record Err<T>(String reason) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> err(String reason) {
    return new Err<>(reason);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** Applies {@code next} to the value, or carries the failure along. */
  default <U> Result<U> then(Function<? super T, Result<U>> next) {
    return switch (this) {
      case Ok<T> ok -> next.apply(ok.value());
      case Err<T> err -> new Err<>(err.reason());
    };
  }

  /** Transforms the value, or carries the failure along. */
  default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
    return then(value -> new Ok<>(mapper.apply(value)));
  }

  /** The value; throws if this is a failure. For callers that have already checked. */
  default T orElseThrow() {
    return switch (this) {
      case Ok<T> ok -> ok.value();
      case Err<T> err -> throw new IllegalStateException(err.reason());
    };
  }
}
