package org.greenvalue.ledger.trust;

/** The status of an accreditation, in the order of the contract's {@code Status} enum. */
public enum TrustStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED;

  static TrustStatus ofOrdinal(int ordinal) {
    return values()[ordinal];
  }
}
