package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.List;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.MerkleHasher;
import org.greenvalue.evidence.merkle.MerkleVerifier;
import org.junit.jupiter.api.Test;

class PreparedBatchTest {
  private static final Sha256Digest A = DigestRead.parse(Digests.text("a"));
  private static final Sha256Digest B = DigestRead.parse(Digests.text("b"));
  private static final Sha256Digest C = DigestRead.parse(Digests.text("c"));

  @Test
  void aSingleDigestsRootIsItsDomainSeparatedLeafHash() {
    PreparedBatch batch = PreparedBatch.of(List.of(A));

    byte[] expected =
        Digests.sha256Bytes(ByteBuffer.allocate(33).put((byte) 0).put(A.bytes()).array());
    assertThat(batch.root().bytes()).isEqualTo(expected);
    assertThat(batch.root().bytes()).isNotEqualTo(A.bytes());
  }

  @Test
  void repeatedDigestsBecomeOneLeafAtTheirFirstPosition() {
    PreparedBatch batch = PreparedBatch.of(List.of(A, B, A, C, B));

    assertThat(batch.digests()).containsExactly(A, B, C);
    assertThat(batch.duplicates()).isEqualTo(2);
    assertThat(batch.leafCount()).isEqualTo(3);
    assertThat(batch.root()).isEqualTo(PreparedBatch.of(List.of(A, B, C)).root());
  }

  @Test
  void theOrderOfDigestsIsPartOfTheRoot() {
    assertThat(PreparedBatch.of(List.of(A, B)).root())
        .isNotEqualTo(PreparedBatch.of(List.of(B, A)).root());
  }

  @Test
  void everyLeafsProofRecomputesTheRoot() {
    PreparedBatch batch = PreparedBatch.of(List.of(A, B, C));
    MerkleHasher hasher = new MerkleHasher();
    for (int i = 0; i < batch.leafCount(); i++) {
      byte[] leaf = hasher.leafHash(batch.digests().get(i).bytes());
      assertThat(new MerkleVerifier().verify(leaf, batch.proof(i), batch.root().bytes())).isTrue();
    }
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(() -> PreparedBatch.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
