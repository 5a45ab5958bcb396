package org.greenvalue.issuer.orgs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.service.keys.EnvelopeCipher;

/**
 * One of an organisation's keys, its secret sealed.
 *
 * @param id the verification method id ({@code <did>#<multikey>})
 * @param active whether new credentials are signed with it; a rotated key stays in the DID document
 * @param compromisedAt set when the key was revoked for compromise: it left the DID document
 */
record OrgKey(
    String id,
    String orgId,
    KeyType type,
    String publicMultikey,
    EnvelopeCipher.Sealed sealed,
    boolean active,
    Instant createdAt,
    Optional<Instant> compromisedAt) {

  OrgKey {
    Objects.requireNonNull(compromisedAt, "compromisedAt");
  }
}
