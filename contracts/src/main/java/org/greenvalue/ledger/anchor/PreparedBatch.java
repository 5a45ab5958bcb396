package org.greenvalue.ledger.anchor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.evidence.merkle.MerkleHasher;
import org.greenvalue.evidence.merkle.MerkleTree;
import org.greenvalue.ledger.Bytes32;

/**
 * The Merkle tree of one batch, before anything is sent. Leaves are the distinct digests in order
 * of first appearance, each hashed as an RFC 9162 leaf ({@code SHA-256(0x00 || digest)}); a digest
 * given twice is one leaf, so the same input always gives the same tree.
 *
 * @param digests the distinct digests, leaf {@code i} being {@code digests.get(i)}
 * @param tree the tree over their leaf hashes
 * @param duplicates how many input digests repeated an earlier one
 */
public record PreparedBatch(List<Sha256Digest> digests, MerkleTree tree, int duplicates) {

  /** Builds the tree; {@code digests} must not be empty. */
  public static PreparedBatch of(List<Sha256Digest> digests) {
    if (digests.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one digest");
    }
    SequencedSet<Sha256Digest> distinct = new LinkedHashSet<>(digests);
    MerkleHasher hasher = new MerkleHasher();
    byte[] leaves = new byte[distinct.size() * MerkleHasher.HASH_LENGTH];
    int offset = 0;
    for (Sha256Digest digest : distinct) {
      byte[] leaf = hasher.leafHash(digest.bytes());
      System.arraycopy(leaf, 0, leaves, offset, leaf.length);
      offset += leaf.length;
    }
    return new PreparedBatch(
        List.copyOf(new ArrayList<>(distinct)),
        MerkleTree.fromFlatLeafHashes(leaves),
        digests.size() - distinct.size());
  }

  public Bytes32 root() {
    return new Bytes32(tree.root());
  }

  public int leafCount() {
    return tree.size();
  }

  public InclusionProof proof(int leafIndex) {
    return tree.proof(leafIndex);
  }
}
