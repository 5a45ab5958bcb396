package org.greenvalue.evidence.manifest;

import static org.greenvalue.evidence.manifest.JsonFields.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.MerkleHasher;

/**
 * One file of a pack as the manifest records it; its JCS form, salt included, is a Merkle leaf.
 *
 * @param path where the file sits in the pack
 * @param mediaType what it is
 * @param size its length in bytes
 * @param sha256 digest of its bytes
 * @param salt random bytes that hide the entry when only its leaf hash is shown
 */
public record FileEntry(
    PackPath path, MediaType mediaType, long size, Sha256Digest sha256, Salt salt) {
  public FileEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(salt, "salt");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("path", path.value())
        .add("mediaType", mediaType.value())
        .add("size", size)
        .add("sha256", sha256.hex())
        .add("salt", salt.base64url())
        .build();
  }

  /** {@code SHA-256(0x00 || JCS(entry))}. */
  public byte[] leafHash(MerkleHasher hasher) {
    return hasher.leafHash(CanonicalJson.bytes(toJson()));
  }
}
