package org.greenvalue.credentials.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleRootTest {

  @Test
  void refusesConstructionFromMalformedHex() {
    assertThatThrownBy(() -> new MerkleRoot("ABC")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "sha256:" + "a", "A0", "0123456789abcdef"})
  void refusesMalformedMerkleRoots(String text) {
    assertThat(MerkleRoot.parse(text).succeeded()).isFalse();
  }

  @Test
  void acceptsA64HexMerkleRoot() {
    assertThat(MerkleRoot.parse("0f".repeat(32)).value().toString()).isEqualTo("0f".repeat(32));
  }
}
