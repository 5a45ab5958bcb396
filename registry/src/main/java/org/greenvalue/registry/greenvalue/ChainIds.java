package org.greenvalue.registry.greenvalue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.greenvalue.ledger.Bytes32;

/**
 * How the registry's names map onto the 32-byte ids of {@code GreenValueLedger}: Keccak-256 of a
 * text, so anyone can recompute them. Lot and retirement ids derive from the caller and its
 * Idempotency-Key, so a retried write names the same lot or retirement on chain.
 */
final class ChainIds {
  private ChainIds() {}

  /** The registry id of what one write creates: stable for one client, operation and key. */
  static UUID idFor(String clientId, String operation, String idempotencyKey) {
    String seed = clientId + "\n" + operation + "\n" + idempotencyKey;
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }

  static Bytes32 lot(UUID lotId) {
    return Bytes32.keccakOf("urn:uuid:" + lotId);
  }

  static Bytes32 retirement(UUID retirementId) {
    return Bytes32.keccakOf("urn:uuid:" + retirementId);
  }

  /** Lots of one project and facility may not overlap in time. */
  static Bytes32 project(String projectId, String facilityId) {
    return Bytes32.keccakOf(projectId + "\n" + facilityId);
  }

  static Bytes32 owner(String did) {
    return Bytes32.keccakOf(did);
  }

  static Bytes32 productBatch(String productBatchId) {
    return Bytes32.keccakOf(productBatchId);
  }

  static Bytes32 allocation(UUID allocationId) {
    return Bytes32.keccakOf("urn:uuid:" + allocationId);
  }

  static Bytes32 site(String siteId) {
    return Bytes32.keccakOf(siteId);
  }

  /** A downstream credential's claim: Keccak-256 of its id. */
  static Bytes32 claim(String credentialId) {
    return Bytes32.keccakOf(credentialId);
  }

  /** A second id from one write (e.g. the transfer beside the child lot it creates). */
  static UUID derived(UUID id, String label) {
    return UUID.nameUUIDFromBytes((id + "\n" + label).getBytes(StandardCharsets.UTF_8));
  }
}
