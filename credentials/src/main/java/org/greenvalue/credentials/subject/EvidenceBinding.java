package org.greenvalue.credentials.subject;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;

/**
 * What a claim commits to about its evidence pack: the digest of the pack's manifest (SHA-256 over
 * the manifest's JCS canonical form) and the Merkle root over the pack's salted file leaves.
 *
 * <p>JSON: {@code {"manifestDigest": "sha256:<hex>", "merkleRoot": "<64 hex>"}}.
 */
public record EvidenceBinding(Sha256Digest manifestDigest, MerkleRoot merkleRoot) {

  public EvidenceBinding {
    Objects.requireNonNull(manifestDigest, "manifestDigest");
    Objects.requireNonNull(merkleRoot, "merkleRoot");
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("manifestDigest", manifestDigest.toString())
        .add("merkleRoot", merkleRoot.hex())
        .build();
  }
}
