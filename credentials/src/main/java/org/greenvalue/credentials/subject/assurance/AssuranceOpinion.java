package org.greenvalue.credentials.subject.assurance;

import org.greenvalue.credentials.subject.WireName;

/** The verifier's conclusion on the assured statement. */
public enum AssuranceOpinion implements WireName {
  /** No material misstatement found (an unqualified or "clean" opinion). */
  UNMODIFIED("unmodified"),
  /** Fairly stated except for the matters described in the statement. */
  QUALIFIED("qualified"),
  /** Materially misstated. */
  ADVERSE("adverse"),
  /** No conclusion could be reached. */
  DISCLAIMER("disclaimer");

  private final String wireName;

  AssuranceOpinion(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
