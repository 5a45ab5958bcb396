package org.greenvalue.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MerkleTreeProperties {
  private final MerkleHasher hasher = new MerkleHasher();
  private final MerkleVerifier verifier = new MerkleVerifier();

  @Property(tries = 60)
  void rootMatchesTheRecursiveDefinition(
      @ForAll @IntRange(min = 1, max = 300) int size, @ForAll long seed) {
    List<byte[]> leaves = leaves(size, seed);
    assertThat(MerkleTree.fromLeafHashes(leaves).root())
        .isEqualTo(new ReferenceMerkle().root(leaves));
  }

  @Property(tries = 40)
  void everyLeafProofVerifiesAgainstTheRoot(
      @ForAll @IntRange(min = 1, max = 2000) int size, @ForAll long seed) {
    List<byte[]> leaves = leaves(size, seed);
    MerkleTree tree = MerkleTree.fromLeafHashes(leaves);
    byte[] root = tree.root();
    for (int i = 0; i < size; i++) {
      assertThat(verifier.verify(leaves.get(i), tree.proof(i), root)).isTrue();
    }
  }

  @Property(tries = 200)
  void proofFailsForAnotherLeafIndexOrRoot(
      @ForAll @IntRange(min = 2, max = 2000) int size,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1999) int rawIndex,
      @ForAll @IntRange(min = 1, max = 1999) int shift) {
    List<byte[]> leaves = leaves(size, seed);
    MerkleTree tree = MerkleTree.fromLeafHashes(leaves);
    int index = rawIndex % size;
    int other = (index + shift) % size;
    InclusionProof proof = tree.proof(index);
    byte[] root = tree.root();

    if (other != index) {
      assertThat(verifier.verify(leaves.get(other), proof, root)).isFalse();
      InclusionProof movedProof = InclusionProof.of(other, size, proof.siblings());
      assertThat(verifier.verify(leaves.get(index), movedProof, root)).isFalse();
    }
    assertThat(verifier.verify(leaves.get(index), proof, flipped(root, seed))).isFalse();
    assertThat(verifier.verify(flipped(leaves.get(index), seed), proof, root)).isFalse();
  }

  @Property(tries = 200)
  void rootChangesWhenAnyLeafChanges(
      @ForAll @IntRange(min = 1, max = 2000) int size,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1999) int rawIndex) {
    List<byte[]> leaves = leaves(size, seed);
    byte[] before = MerkleTree.fromLeafHashes(leaves).root();
    int index = rawIndex % size;
    leaves.set(index, flipped(leaves.get(index), seed));
    assertThat(MerkleTree.fromLeafHashes(leaves).root()).isNotEqualTo(before);
  }

  @Property(tries = 50)
  void proofHasNoMoreSiblingsThanTheTreeHeight(
      @ForAll @IntRange(min = 1, max = 5000) int size, @ForAll long seed) {
    MerkleTree tree = MerkleTree.fromLeafHashes(leaves(size, seed));
    int height = 32 - Integer.numberOfLeadingZeros(size - 1);
    assertThat(tree.proof(size - 1).siblingCount()).isLessThanOrEqualTo(height);
    assertThat(tree.proof(0).siblingCount()).isEqualTo(height);
  }

  private List<byte[]> leaves(int size, long seed) {
    Random random = new Random(seed);
    List<byte[]> leaves = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      byte[] data = new byte[8];
      random.nextBytes(data);
      leaves.add(hasher.leafHash(data));
    }
    return leaves;
  }

  private static byte[] flipped(byte[] hash, long seed) {
    byte[] copy = hash.clone();
    int bit = Math.floorMod(seed, 256);
    copy[bit / 8] ^= (byte) (1 << (bit % 8));
    return copy;
  }
}
