package org.greenvalue.registry.client;

import java.time.Instant;
import java.util.Optional;

/**
 * A digest the registry anchors.
 *
 * @param digest {@code sha256:<hex>}
 * @param state {@code PENDING} until its batch's root is on chain, then {@code ANCHORED}
 * @param submittedAt when the registry accepted it
 * @param anchoredAt when its batch was mined, once anchored
 * @param receipt the anchor receipt JSON, once anchored
 */
public record Anchor(
    String digest,
    String state,
    Instant submittedAt,
    Optional<Instant> anchoredAt,
    Optional<String> receipt) {

  public boolean anchored() {
    return "ANCHORED".equals(state);
  }
}
