package org.greenvalue.registry.greenvalue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.greenvalue.service.problem.Problem;

/**
 * Quantities: tCO2e on the API (at most six decimals, a whole gram), integer grams in PostgreSQL
 * and on chain. Conversions are exact; anything finer than a gram is refused, never rounded.
 */
public final class Tonnes {
  static final int GRAM_SCALE = 6;

  private Tonnes() {}

  /** The grams of a positive quantity of at most six decimals; anything else is a 422 problem. */
  static BigInteger toGrams(BigDecimal tonnes, String field) {
    if (tonnes.signum() <= 0) {
      throw Problem.invalid("invalid-quantity", field + " must be above zero");
    }
    if (tonnes.stripTrailingZeros().scale() > GRAM_SCALE) {
      throw Problem.invalid(
          "quantity-too-precise",
          field + " has more than " + GRAM_SCALE + " decimals; the finest unit is one gram CO2e");
    }
    return tonnes.movePointRight(GRAM_SCALE).toBigIntegerExact();
  }

  static BigDecimal ofGrams(BigInteger grams) {
    BigDecimal tonnes = new BigDecimal(grams, GRAM_SCALE).stripTrailingZeros();
    return tonnes.scale() < 0 ? tonnes.setScale(0) : tonnes;
  }

  /** The plain decimal text of {@code grams} in tonnes, e.g. {@code 12.5}. */
  public static String text(BigInteger grams) {
    return ofGrams(grams).toPlainString();
  }
}
