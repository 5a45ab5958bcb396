package org.greenvalue.credentials.subject;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exact decimals written as JSON strings, the convention PACT v3 uses ({@code "0.384"}) and which
 * our subjects follow: no exponent, no JSON number, so no reader can turn a quantity into a binary
 * floating-point value.
 */
public final class DecimalText {

  /** Longest decimal string accepted; longer input is refused rather than parsed. */
  public static final int MAX_LENGTH = 64;

  /** The PACT v3 {@code Decimal} lexical form: optional sign, digits, optional fraction. */
  public static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private DecimalText() {}

  /** The exact value of a decimal string, or empty when it is not one. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  /** The decimal written without exponent, keeping its scale ({@code 1000.000} stays so). */
  public static String format(BigDecimal value) {
    return value.toPlainString();
  }
}
