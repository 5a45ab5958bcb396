package org.greenvalue.ledger.greenvalue;

/** Why green value is retired; the contract stores the ordinal as a {@code uint8} reason code. */
public enum RetirementReason {
  OFFSET,
  INVENTORY_ACCOUNTING,
  INCENTIVE_PROGRAMME,
  GREEN_FINANCE;

  public static RetirementReason ofCode(int code) {
    return values()[code];
  }

  public int code() {
    return ordinal();
  }
}
