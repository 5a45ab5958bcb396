package org.greenvalue.credentials.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class Sha256DigestTest {

  @Test
  void digestsTheFipsTestVectorAndWritesItWithItsPrefix() {
    assertThat(Sha256Digest.ofUtf8("abc").toString())
        .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void parsesWhatItWrites() {
    var digest = Sha256Digest.ofUtf8("evidence");
    assertThat(Sha256Digest.parse(digest.toString()).value()).isEqualTo(digest);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "sha512:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "sha256:ba7816bf",
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad00",
        "sha256:zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        " sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
      })
  void refusesAnythingButPrefixedLowercaseHex(String text) {
    var result = Sha256Digest.parse(text);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).isNotBlank();
  }

  @Test
  void refusesConstructionFromMalformedHex() {
    assertThatThrownBy(() -> new Sha256Digest("abc")).isInstanceOf(IllegalArgumentException.class);
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
