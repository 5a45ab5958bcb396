package org.greenvalue.evidence.merkle;

import java.util.List;

/** The recursive definition of RFC 9162 §2.1.1, written plainly to check the fast tree against. */
final class ReferenceMerkle {
  private final MerkleHasher hasher = new MerkleHasher();

  byte[] root(List<byte[]> leaves) {
    if (leaves.size() == 1) {
      return leaves.get(0);
    }
    int k = largestPowerOfTwoBelow(leaves.size());
    return hasher.nodeHash(root(leaves.subList(0, k)), root(leaves.subList(k, leaves.size())));
  }

  static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }
}
