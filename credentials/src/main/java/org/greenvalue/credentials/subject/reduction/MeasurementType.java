package org.greenvalue.credentials.subject.reduction;

import org.greenvalue.credentials.subject.WireName;

/** How the data behind a reduction were obtained. */
public enum MeasurementType implements WireName {
  /** Read from a meter (energy, fuel, flow), identified by its meter id. */
  METERED("metered"),
  /** Derived from other measured data by a stated calculation. */
  CALCULATED("calculated"),
  /** Estimated (default factors, engineering estimates). */
  ESTIMATED("estimated");

  private final String wireName;

  MeasurementType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
