package org.greenvalue.evidence.merkle;

import java.security.MessageDigest;

/**
 * Checks inclusion proofs with the algorithm of RFC 9162 §2.1.3.2. Reuses one digest and one
 * scratch buffer, so a verification allocates nothing; not thread-safe, create one per thread.
 */
public final class MerkleVerifier {
  private static final int H = MerkleHasher.HASH_LENGTH;

  private final MerkleHasher hasher = new MerkleHasher();
  private final byte[] running = new byte[H];

  /**
   * Returns whether {@code proof} shows that {@code leafHash} sits at the proof's index in the tree
   * of the proof's size whose root is {@code root}.
   */
  public boolean verify(byte[] leafHash, InclusionProof proof, byte[] root) {
    if (leafHash.length != H || root.length != H) {
      return false;
    }
    byte[] path = proof.flatPath();
    long fn = proof.leafIndex();
    long sn = proof.treeSize() - 1;
    System.arraycopy(leafHash, 0, running, 0, H);
    for (int offset = 0; offset < path.length; offset += H) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        hasher.node(path, offset, running, 0, running, 0);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        hasher.node(running, 0, path, offset, running, 0);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(running, root);
  }
}
