package org.greenvalue.common.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenvalue.common.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class Sha256DigestTest {
  private static final String HEX = "ab".repeat(32);

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
  }

  @Test
  void rendersWithThePrefixAndParsesWithOrWithoutIt() {
    Sha256Digest digest = new Sha256Digest(HEX);
    assertThat(digest.toString()).isEqualTo("sha256:" + HEX);
    assertThat(Sha256Digest.parseLenient("sha256:" + HEX)).isEqualTo(Result.success(digest));
    assertThat(Sha256Digest.parseLenient(HEX)).isEqualTo(Result.success(digest));
    assertThat(Sha256Digest.fromBytes(digest.bytes())).isEqualTo(digest);
  }

  @Test
  void refusesUppercaseShortOrForeignDigests() {
    assertThat(Sha256Digest.parseLenient(HEX.toUpperCase()).succeeded()).isFalse();
    assertThat(Sha256Digest.parseLenient("abcd").succeeded()).isFalse();
    assertThat(Sha256Digest.parseLenient("sha512:" + HEX).succeeded()).isFalse();
    assertThatThrownBy(() -> Sha256Digest.fromBytes(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hashesBytesButWrapsAComputedDigest() {
    byte[] abc = {'a', 'b', 'c'};
    Sha256Digest hashed = Sha256Digest.of(abc);
    assertThat(hashed).isEqualTo(Sha256Digest.ofUtf8("abc"));
    assertThat(Sha256Digest.fromBytes(hashed.bytes())).isEqualTo(hashed);
    assertThat(Sha256Digest.parseLenient(null).succeeded()).isFalse();
  }
}
