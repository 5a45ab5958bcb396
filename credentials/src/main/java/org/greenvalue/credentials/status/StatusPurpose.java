package org.greenvalue.credentials.status;

import org.greenvalue.credentials.subject.WireName;

/** Why a status list exists (Bitstring Status List 1.0, {@code statusPurpose}). */
public enum StatusPurpose implements WireName {
  /** Set: the credential is permanently invalid. */
  REVOCATION("revocation"),
  /** Set: the credential is temporarily invalid. */
  SUSPENSION("suspension"),
  /** The status value selects one of the entry's status messages. */
  MESSAGE("message"),
  /** Set: a fresher copy of the credential is available. */
  REFRESH("refresh");

  private final String wireName;

  StatusPurpose(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** Whether a non-zero status under this purpose means the credential must not be accepted. */
  public boolean invalidates() {
    return this == REVOCATION || this == SUSPENSION;
  }
}
