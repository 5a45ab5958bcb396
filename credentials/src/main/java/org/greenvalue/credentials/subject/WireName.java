package org.greenvalue.credentials.subject;

import java.util.Arrays;
import java.util.Optional;

/** An enumerated value with a fixed spelling on the wire ({@code "limited"}, {@code "metered"}). */
public interface WireName {

  String wireName();

  /** The constant of {@code type} spelt {@code text} on the wire, matched exactly. */
  static <E extends Enum<E> & WireName> Optional<E> find(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.wireName().equals(text))
        .findFirst();
  }

  /** The accepted spellings, for error messages: {@code limited | reasonable}. */
  static <E extends Enum<E> & WireName> String choices(Class<E> type) {
    return String.join(
        " | ", Arrays.stream(type.getEnumConstants()).map(WireName::wireName).toList());
  }
}
