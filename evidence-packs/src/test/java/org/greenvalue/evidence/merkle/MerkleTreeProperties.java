package org.greenvalue.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the tree over seeded random trees (the same cases on every run). */
class MerkleTreeProperties {
  private final MerkleHasher hasher = new MerkleHasher();
  private final MerkleVerifier verifier = new MerkleVerifier();

  @ParameterizedTest
  @MethodSource("smallTrees")
  void rootMatchesTheRecursiveDefinition(int size, long seed) {
    List<byte[]> leaves = leaves(size, seed);
    assertThat(MerkleTree.fromLeafHashes(leaves).root())
        .isEqualTo(new ReferenceMerkle().root(leaves));
  }

  @ParameterizedTest
  @MethodSource("trees")
  void everyLeafProofVerifiesAgainstTheRoot(int size, long seed) {
    List<byte[]> leaves = leaves(size, seed);
    MerkleTree tree = MerkleTree.fromLeafHashes(leaves);
    byte[] root = tree.root();
    for (int i = 0; i < size; i++) {
      assertThat(verifier.verify(leaves.get(i), tree.proof(i), root)).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("treesWithTwoIndexes")
  void proofFailsForAnotherLeafIndexOrRoot(int size, long seed, int index, int other) {
    List<byte[]> leaves = leaves(size, seed);
    MerkleTree tree = MerkleTree.fromLeafHashes(leaves);
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

  @ParameterizedTest
  @MethodSource("treesWithTwoIndexes")
  void rootChangesWhenAnyLeafChanges(int size, long seed, int index, int ignored) {
    List<byte[]> leaves = leaves(size, seed);
    byte[] before = MerkleTree.fromLeafHashes(leaves).root();
    leaves.set(index, flipped(leaves.get(index), seed));
    assertThat(MerkleTree.fromLeafHashes(leaves).root()).isNotEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("largeTrees")
  void proofHasNoMoreSiblingsThanTheTreeHeight(int size, long seed) {
    MerkleTree tree = MerkleTree.fromLeafHashes(leaves(size, seed));
    int height = 32 - Integer.numberOfLeadingZeros(size - 1);
    assertThat(tree.proof(size - 1).siblingCount()).isLessThanOrEqualTo(height);
    assertThat(tree.proof(0).siblingCount()).isEqualTo(height);
  }

  static Stream<Arguments> smallTrees() {
    return sizes(60, 300, 1);
  }

  static Stream<Arguments> trees() {
    return sizes(40, 2000, 2);
  }

  static Stream<Arguments> largeTrees() {
    return sizes(50, 5000, 3);
  }

  static Stream<Arguments> treesWithTwoIndexes() {
    Random random = new Random(4);
    return IntStream.range(0, 200)
        .mapToObj(
            i -> {
              int size = 2 + random.nextInt(1999);
              return Arguments.of(
                  size, random.nextLong(), random.nextInt(size), random.nextInt(size));
            });
  }

  /** Edge sizes (1, 2, powers of two and their neighbours) and seeded random ones. */
  private static Stream<Arguments> sizes(int count, int max, long seed) {
    Random random = new Random(seed);
    Stream<Integer> edges =
        Stream.of(1, 2, 3, 4, 5, 7, 8, 9, 255, 256, 257).filter(size -> size <= max);
    Stream<Integer> randoms = IntStream.range(0, count).mapToObj(i -> 1 + random.nextInt(max));
    return Stream.concat(edges, randoms).map(size -> Arguments.of(size, random.nextLong()));
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
