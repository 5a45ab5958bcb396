package org.greenvalue.evidence.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An inclusion proof (audit path) as in RFC 9162 §2.1.3: the leaf's index, the tree size, and the
 * sibling hashes from the leaf towards the root. Immutable value; the hashes are stored flat.
 */
public final class InclusionProof {
  private static final int H = MerkleHasher.HASH_LENGTH;

  private final long leafIndex;
  private final long treeSize;
  private final byte[] flatPath;

  private InclusionProof(long leafIndex, long treeSize, byte[] flatPath) {
    if (treeSize < 1 || leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " outside tree of size " + treeSize);
    }
    if (flatPath.length % H != 0) {
      throw new IllegalArgumentException("audit path must be a sequence of 32-byte hashes");
    }
    this.leafIndex = leafIndex;
    this.treeSize = treeSize;
    this.flatPath = flatPath;
  }

  /** A proof from sibling hashes listed from the leaf upwards; each must be 32 bytes. */
  public static InclusionProof of(long leafIndex, long treeSize, List<byte[]> siblings) {
    byte[] flat = new byte[siblings.size() * H];
    for (int i = 0; i < siblings.size(); i++) {
      MerkleHasher.requireHash(siblings.get(i));
      System.arraycopy(siblings.get(i), 0, flat, i * H, H);
    }
    return new InclusionProof(leafIndex, treeSize, flat);
  }

  static InclusionProof ofFlatPath(long leafIndex, long treeSize, byte[] flatPath) {
    return new InclusionProof(leafIndex, treeSize, flatPath);
  }

  public long leafIndex() {
    return leafIndex;
  }

  public long treeSize() {
    return treeSize;
  }

  /** The sibling hashes from the leaf upwards (copies). */
  public List<byte[]> siblings() {
    List<byte[]> siblings = new ArrayList<>(siblingCount());
    for (int i = 0; i < siblingCount(); i++) {
      siblings.add(Arrays.copyOfRange(flatPath, i * H, (i + 1) * H));
    }
    return siblings;
  }

  public int siblingCount() {
    return flatPath.length / H;
  }

  /** The internal flat path; callers in this package must not modify it. */
  byte[] flatPath() {
    return flatPath;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InclusionProof that
        && leafIndex == that.leafIndex
        && treeSize == that.treeSize
        && Arrays.equals(flatPath, that.flatPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(leafIndex, treeSize, Arrays.hashCode(flatPath));
  }

  @Override
  public String toString() {
    return "InclusionProof[leafIndex=%d, treeSize=%d, siblings=%d]"
        .formatted(leafIndex, treeSize, siblingCount());
  }
}
