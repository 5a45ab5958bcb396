package org.greenvalue.registry.client;

import java.time.Instant;
import java.util.Optional;

/**
 * One registered version of a DID document.
 *
 * @param document the document JSON
 * @param validUntil the next version's validFrom; empty for the current version
 * @param digest the digest the registry anchors the version by
 * @param anchorReceipt the anchor receipt JSON, once anchored
 */
public record DidVersion(
    String did,
    int version,
    Instant validFrom,
    Optional<Instant> validUntil,
    String document,
    DidChange change,
    String digest,
    Optional<String> anchorReceipt) {}
