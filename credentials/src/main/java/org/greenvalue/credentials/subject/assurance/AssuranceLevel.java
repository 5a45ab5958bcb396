package org.greenvalue.credentials.subject.assurance;

import org.greenvalue.credentials.subject.WireName;

/** The level of assurance of a verification engagement (ISO 14064-3, ISAE 3410). */
public enum AssuranceLevel implements WireName {
  LIMITED("limited"),
  REASONABLE("reasonable");

  private final String wireName;

  AssuranceLevel(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** Whether this level meets a required one: reasonable satisfies limited, not the reverse. */
  public boolean satisfies(AssuranceLevel required) {
    return compareTo(required) >= 0;
  }
}
