package org.greenvalue.evidence.manifest;

import static org.greenvalue.evidence.manifest.JsonFields.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.MerkleHasher;
import org.greenvalue.evidence.merkle.MerkleTree;

/**
 * The {@code manifest.json} of a pack. Its digest is SHA-256 over its JCS canonical form.
 *
 * @param packId {@code urn:uuid:...}
 * @param subject what the pack supports, e.g. a credential or claim id
 * @param createdAt when the pack was sealed
 * @param files entries sorted by path in UTF-8 byte order, at least one
 * @param merkleRoot root of the Merkle tree over the entries' leaf hashes
 */
public record Manifest(
    String packId,
    String subject,
    Instant createdAt,
    List<FileEntry> files,
    Sha256Digest merkleRoot) {
  public static final String FILE_NAME = "manifest.json";
  public static final String HASH_ALGORITHM = "sha-256";

  public Manifest {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(merkleRoot, "merkleRoot");
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a pack needs at least one file");
    }
  }

  /** Builds the tree over the entries' leaf hashes, in manifest order. */
  public static MerkleTree merkleTree(List<FileEntry> files) {
    MerkleHasher hasher = new MerkleHasher();
    return MerkleTree.fromLeafHashes(files.stream().map(f -> f.leafHash(hasher)).toList());
  }

  public Optional<FileEntry> entry(String path) {
    return files.stream().filter(f -> f.path().value().equals(path)).findFirst();
  }

  public JsonObject toJson() {
    JsonArrayBuilder entries = JSON.createArrayBuilder();
    files.forEach(f -> entries.add(f.toJson()));
    return JSON.createObjectBuilder()
        .add("packId", packId)
        .add("subject", subject)
        .add("createdAt", createdAt.toString())
        .add("hashAlgorithm", HASH_ALGORITHM)
        .add("files", entries)
        .add("merkleRoot", merkleRoot.hex())
        .build();
  }

  /** SHA-256 over the JCS canonical form of the manifest. */
  public Sha256Digest digest() {
    return CanonicalJson.sha256(toJson());
  }
}
