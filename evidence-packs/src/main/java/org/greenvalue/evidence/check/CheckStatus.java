package org.greenvalue.evidence.check;

/** How one verification check ended. */
public enum CheckStatus {
  /** The check ran and held. */
  PASSED,
  /** The check ran and did not hold. */
  FAILED,
  /** The check could not run because an earlier one failed, or nothing was asked of it. */
  SKIPPED
}
