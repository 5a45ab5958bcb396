package org.greenvalue.registry.dids;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored version of a DID document.
 *
 * @param document the document in its JCS canonical form
 * @param digest {@code sha256:<hex>} over {@link VersionDigest}'s form, submitted for anchoring
 */
record DidVersion(
    String did,
    int version,
    Instant validFrom,
    String document,
    ChangeKind kind,
    Optional<String> keyId,
    Optional<Instant> compromisedAt,
    String digest,
    Instant registeredAt,
    String clientId) {

  /** Whether the same change to the same document (a retry of this version). */
  boolean sameAs(String otherDocument, RegisterVersionRequest.Change change) {
    return document.equals(otherDocument)
        && kind == change.kind()
        && keyId.equals(Optional.ofNullable(change.keyId()))
        && compromisedAt.equals(Optional.ofNullable(change.compromisedAt()));
  }
}
