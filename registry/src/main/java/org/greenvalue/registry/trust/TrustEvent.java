package org.greenvalue.registry.trust;

import java.time.Instant;
import org.greenvalue.ledger.trust.TrustStatus;

/**
 * One recorded accreditation or status change.
 *
 * @param status the status after this event
 * @param clientId the OAuth2 client that asked for it
 */
public record TrustEvent(
    long id,
    String did,
    String credentialType,
    Kind kind,
    TrustStatus status,
    Role role,
    Instant validFrom,
    Instant validUntil,
    String accreditingAuthority,
    String reason,
    String clientId,
    Instant requestedAt,
    LedgerEvidence ledger) {

  public enum Kind {
    ACCREDITED,
    STATUS_CHANGED
  }

  /** Whether this accreditation's period contains {@code time}. */
  boolean covers(Instant time) {
    return kind == Kind.ACCREDITED
        && !time.isBefore(validFrom)
        && (validUntil == null || time.isBefore(validUntil));
  }
}
