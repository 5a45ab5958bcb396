package org.greenvalue.evidence.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Merkle tree over 32-byte leaf hashes, shaped as in RFC 9162 §2.1.1: for {@code n > 1} leaves
 * the left subtree holds the largest power of two smaller than {@code n}; a lone last node is never
 * duplicated.
 *
 * <p>Built bottom-up level by level, carrying an unpaired last node up unchanged, which yields
 * exactly that shape. All levels are kept in flat arrays (about 64 bytes per leaf) so proofs are
 * cheap lookups. Leaves are hashes the caller already computed, e.g. with {@link
 * MerkleHasher#leafHash(byte[])}. Immutable and thread-safe once built.
 */
public final class MerkleTree {
  private static final int H = MerkleHasher.HASH_LENGTH;

  private final byte[][] levels;
  private final int size;

  private MerkleTree(byte[][] levels, int size) {
    this.levels = levels;
    this.size = size;
  }

  /** Builds a tree from leaf hashes in order. Refuses an empty list: an empty tree has no root. */
  public static MerkleTree fromLeafHashes(List<byte[]> leafHashes) {
    byte[] flat = new byte[Math.multiplyExact(leafHashes.size(), H)];
    for (int i = 0; i < leafHashes.size(); i++) {
      byte[] leaf = leafHashes.get(i);
      MerkleHasher.requireHash(leaf);
      System.arraycopy(leaf, 0, flat, i * H, H);
    }
    return fromFlatLeafHashes(flat);
  }

  /** Builds a tree from leaf hashes laid end to end (32 bytes each); the array is copied. */
  public static MerkleTree fromFlatLeafHashes(byte[] flatLeafHashes) {
    if (flatLeafHashes.length == 0 || flatLeafHashes.length % H != 0) {
      throw new IllegalArgumentException("need at least one leaf and a multiple of 32 bytes");
    }
    int size = flatLeafHashes.length / H;
    List<byte[]> levels = new ArrayList<>();
    byte[] level = flatLeafHashes.clone();
    levels.add(level);
    MerkleHasher hasher = new MerkleHasher();
    for (int count = size; count > 1; count = (count + 1) / 2) {
      byte[] parent = new byte[((count + 1) / 2) * H];
      int pairs = count / 2;
      for (int i = 0; i < pairs; i++) {
        hasher.node(level, 2 * i * H, level, (2 * i + 1) * H, parent, i * H);
      }
      if (count % 2 == 1) {
        System.arraycopy(level, (count - 1) * H, parent, pairs * H, H);
      }
      levels.add(parent);
      level = parent;
    }
    return new MerkleTree(levels.toArray(byte[][]::new), size);
  }

  /** Number of leaves. */
  public int size() {
    return size;
  }

  /** The root hash (a copy). For a single leaf the root is that leaf's hash. */
  public byte[] root() {
    return levels[levels.length - 1].clone();
  }

  /** The leaf hash at {@code index} (a copy). */
  public byte[] leafHash(int index) {
    checkIndex(index);
    return Arrays.copyOfRange(levels[0], index * H, (index + 1) * H);
  }

  /**
   * The audit path of RFC 9162 §2.1.3.1 for the leaf at {@code index}: sibling hashes from the leaf
   * upwards, skipping levels where the node on the path has no sibling.
   */
  public InclusionProof proof(int index) {
    checkIndex(index);
    byte[] path = new byte[(levels.length - 1) * H];
    int written = 0;
    int position = index;
    for (int depth = 0; depth < levels.length - 1; depth++) {
      int sibling = position ^ 1;
      if (sibling * H < levels[depth].length) {
        System.arraycopy(levels[depth], sibling * H, path, written, H);
        written += H;
      }
      position >>>= 1;
    }
    return InclusionProof.ofFlatPath(index, size, Arrays.copyOf(path, written));
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("leaf " + index + " outside tree of size " + size);
    }
  }
}
