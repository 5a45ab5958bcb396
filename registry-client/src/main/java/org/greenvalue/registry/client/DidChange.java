package org.greenvalue.registry.client;

import java.time.Instant;
import java.util.Optional;

/**
 * Why a DID document changed.
 *
 * @param kind {@code CREATED}, {@code ROTATED} or {@code KEY_COMPROMISED}
 * @param keyId the compromised key's verification method id (KEY_COMPROMISED only)
 * @param compromisedAt since when the key is distrusted (KEY_COMPROMISED only)
 */
public record DidChange(String kind, Optional<String> keyId, Optional<Instant> compromisedAt) {

  public static DidChange created() {
    return new DidChange("CREATED", Optional.empty(), Optional.empty());
  }

  public static DidChange rotated() {
    return new DidChange("ROTATED", Optional.empty(), Optional.empty());
  }

  public static DidChange compromised(String keyId, Instant at) {
    return new DidChange("KEY_COMPROMISED", Optional.of(keyId), Optional.of(at));
  }
}
