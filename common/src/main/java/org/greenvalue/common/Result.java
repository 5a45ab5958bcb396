package org.greenvalue.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of an operation that can fail in an expected way (bad input, unknown key, invalid
 * signature). Expected failures are values; exceptions are kept for what is truly exceptional.
 *
 * @param <T> the type of the value on success
 */
public sealed interface Result<T> {

  static <T> Result<T> success(T value) {
    return new Success<>(value);
  }

  static <T> Result<T> failure(String reason) {
    return new Failure<>(reason);
  }

  boolean succeeded();

  /** The value; throws {@link IllegalStateException} on a failure. */
  T value();

  /** The reason of a failure; throws {@link IllegalStateException} on a success. */
  String reason();

  default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
    return flatMap(v -> success(mapper.apply(v)));
  }

  @SuppressWarnings("unchecked")
  default <U> Result<U> flatMap(Function<? super T, Result<U>> mapper) {
    return switch (this) {
      case Success<T> s -> mapper.apply(s.value());
      case Failure<T> f -> (Result<U>) f;
    };
  }

  /** The value, or empty on a failure (whose reason is then dropped). */
  default Optional<T> toOptional() {
    return this instanceof Success<T> s ? Optional.of(s.value()) : Optional.empty();
  }

  /** The value; throws {@link IllegalStateException} with the reason if this is a failure. */
  default T orElseThrow() {
    return orElseThrow(IllegalStateException::new);
  }

  default T orElseThrow(Function<String, ? extends RuntimeException> exception) {
    if (this instanceof Success<T> s) {
      return s.value();
    }
    throw exception.apply(reason());
  }

  record Success<T>(T value) implements Result<T> {
    public Success {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean succeeded() {
      return true;
    }

    @Override
    public String reason() {
      throw new IllegalStateException("a success has no failure reason");
    }
  }

  record Failure<T>(String reason) implements Result<T> {
    public Failure {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean succeeded() {
      return false;
    }

    @Override
    public T value() {
      throw new IllegalStateException("failure has no value: " + reason);
    }
  }
}
