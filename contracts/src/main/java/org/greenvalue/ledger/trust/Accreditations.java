package org.greenvalue.ledger.trust;

import java.time.Instant;
import org.greenvalue.ledger.LedgerResult;

/**
 * Writes and reads {@code TrustRegistry}: which DID may sign which credential type, when. Writes
 * need the trust authority role; refusals come back as {@link TrustError}s.
 */
public interface Accreditations {

  String address();

  /** Accredits {@code did} for {@code type} over {@code validity}; renewals add a new record. */
  LedgerResult accredit(String did, CredentialType type, Validity validity);

  LedgerResult suspend(String did, CredentialType type, String reason);

  LedgerResult reinstate(String did, CredentialType type, String reason);

  LedgerResult revoke(String did, CredentialType type, String reason);

  /**
   * Whether {@code did} was accredited and not suspended or revoked for {@code type} at {@code
   * time}.
   */
  boolean wasTrusted(String did, CredentialType type, Instant time);

  TrustStatus status(String did, CredentialType type);

  TrustHistory history(String did, CredentialType type);
}
