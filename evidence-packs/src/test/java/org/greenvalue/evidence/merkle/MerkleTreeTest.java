package org.greenvalue.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
  private final MerkleHasher hasher = new MerkleHasher();

  @Test
  void refusesAnEmptyTree() {
    assertThatThrownBy(() -> MerkleTree.fromLeafHashes(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesLeavesThatAreNotThirtyTwoBytes() {
    assertThatThrownBy(() -> MerkleTree.fromLeafHashes(List.of(new byte[31])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void singleLeafIsItsOwnRootWithAnEmptyProof() {
    byte[] leaf = hasher.leafHash(new byte[] {1});
    MerkleTree tree = MerkleTree.fromLeafHashes(List.of(leaf));
    assertThat(tree.root()).isEqualTo(leaf);
    assertThat(tree.proof(0).siblingCount()).isZero();
    assertThat(new MerkleVerifier().verify(leaf, tree.proof(0), leaf)).isTrue();
  }

  @Test
  void leafHashUsesTheZeroPrefixOfRfc9162() {
    // SHA-256 of the single byte 0x00: the RFC 9162 hash of an empty leaf.
    assertThat(HexFormat.of().formatHex(hasher.leafHash(new byte[0])))
        .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  }

  @Test
  void threeLeavesPromoteTheLastNodeInsteadOfDuplicatingIt() {
    byte[] a = hasher.leafHash(new byte[] {1});
    byte[] b = hasher.leafHash(new byte[] {2});
    byte[] c = hasher.leafHash(new byte[] {3});
    MerkleTree tree = MerkleTree.fromLeafHashes(List.of(a, b, c));
    assertThat(tree.root()).isEqualTo(hasher.nodeHash(hasher.nodeHash(a, b), c));
    assertThat(tree.proof(2).siblings()).containsExactly(hasher.nodeHash(a, b));
    assertThat(tree.leafHash(1)).isEqualTo(b);
  }

  @Test
  void proofOutsideTheTreeIsRefused() {
    MerkleTree tree = MerkleTree.fromLeafHashes(List.of(new byte[32]));
    assertThatThrownBy(() -> tree.proof(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> InclusionProof.of(1, 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void proofsAreValuesComparedByContent() {
    MerkleTree tree = MerkleTree.fromLeafHashes(List.of(new byte[32], new byte[32]));
    assertThat(tree.proof(0)).isEqualTo(tree.proof(0)).hasSameHashCodeAs(tree.proof(0));
    assertThat(tree.proof(0)).isNotEqualTo(tree.proof(1));
    assertThat(tree.proof(1).toString()).contains("leafIndex=1", "treeSize=2");
  }

  @Test
  void rejectsHashesOfTheWrongLengthWithoutThrowing() {
    MerkleTree tree = MerkleTree.fromLeafHashes(List.of(new byte[32], new byte[32]));
    assertThat(new MerkleVerifier().verify(new byte[3], tree.proof(0), tree.root())).isFalse();
  }
}
