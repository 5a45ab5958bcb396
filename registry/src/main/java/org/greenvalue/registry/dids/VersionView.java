package org.greenvalue.registry.dids;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * One version as {@code GET /dids/history} answers it.
 *
 * @param validUntil the next version's validFrom; null for the current version
 * @param document the DID document (JCS form)
 * @param compromisedKeys every key revoked for compromise up to and including this version
 * @param anchorReceipt the receipt of {@code digest} once anchored, else null
 */
record VersionView(
    String did,
    int version,
    Instant validFrom,
    Instant validUntil,
    @JsonRawValue String document,
    Change change,
    String digest,
    List<CompromisedKey> compromisedKeys,
    Instant registeredAt,
    @JsonRawValue String anchorReceipt) {

  record Change(ChangeKind kind, String keyId, Instant compromisedAt) {}

  record CompromisedKey(String keyId, Instant compromisedAt) {}

  /** {@code GET /dids/history}: the versions, oldest first. */
  record History(String did, List<VersionView> versions) {}
}
