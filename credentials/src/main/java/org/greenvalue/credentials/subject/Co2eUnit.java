package org.greenvalue.credentials.subject;

import java.math.BigDecimal;

/**
 * Units of CO2-equivalent mass. Every quantity in our subjects is stated in tonnes ({@code tCO2e});
 * kilograms are accepted only at the edge and converted exactly (a shift of the decimal point,
 * never a floating-point multiplication).
 */
public enum Co2eUnit implements WireName {
  TONNES("tCO2e", 0),
  KILOGRAMS("kgCO2e", 3);

  private final String wireName;
  private final int decimalShiftToTonnes;

  Co2eUnit(String wireName, int decimalShiftToTonnes) {
    this.wireName = wireName;
    this.decimalShiftToTonnes = decimalShiftToTonnes;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The same mass in tonnes, exactly: {@code 1500 kgCO2e} is {@code 1.500 tCO2e}. */
  public BigDecimal toTonnes(BigDecimal amount) {
    return amount.movePointLeft(decimalShiftToTonnes);
  }
}
