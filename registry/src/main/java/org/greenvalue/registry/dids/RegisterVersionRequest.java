package org.greenvalue.registry.dids;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * {@code POST /dids/versions}.
 *
 * @param did the DID whose document changed
 * @param document the new DID document; its {@code id} must be {@code did}
 * @param change why it changed
 * @param validFrom when the document took effect at its holder (default: now); not in the future
 *     and not before the previous version's
 * @param version the number the caller expects this version to get (optional): a retry of an
 *     already registered version is answered with it, any other mismatch is refused
 */
record RegisterVersionRequest(
    @NotBlank String did,
    @NotNull JsonNode document,
    @NotNull @Valid Change change,
    Instant validFrom,
    Integer version) {

  /**
   * @param kind CREATED, ROTATED or KEY_COMPROMISED
   * @param keyId the compromised key's verification method id (KEY_COMPROMISED only)
   * @param compromisedAt since when the key is to be distrusted (KEY_COMPROMISED only)
   */
  record Change(@NotNull ChangeKind kind, String keyId, Instant compromisedAt) {}
}
