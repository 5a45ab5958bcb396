package org.greenvalue.credentials.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MultikeyTest {

  // Key pair published in the W3C Data Integrity EdDSA Cryptosuites test vectors.
  private static final String W3C_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
  private static final String W3C_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

  @Test
  void derivesThePublishedEd25519PublicKeyFromItsSecret() {
    SigningKey key = Multikey.decodeSecret(W3C_SECRET).value();
    assertThat(key.type()).isEqualTo(KeyType.ED25519);
    assertThat(Multikey.encodePublic(key.publicKey())).isEqualTo(W3C_PUBLIC);
    assertThat(Multikey.encodeSecret(key)).isEqualTo(W3C_SECRET);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void roundTripsGeneratedKeysAndSignatures(KeyType type) {
    SigningKey key = SigningKey.generate(type);
    String encoded = Multikey.encodePublic(key.publicKey());
    assertThat(encoded)
        .startsWith(
            switch (type) {
              case ED25519 -> "z6Mk";
              case P256 -> "zDn";
              case P384 -> "z82";
            });
    VerificationKey decoded = Multikey.decodePublic(encoded).value();
    assertThat(decoded).isEqualTo(key.publicKey());
    assertThat(Multikey.decodeSecret(Multikey.encodeSecret(key)).value()).isEqualTo(key);

    byte[] data = "green value".getBytes(StandardCharsets.UTF_8);
    byte[] signature = key.sign(data);
    assertThat(decoded.verify(data, signature)).isTrue();
    data[0] ^= 1;
    assertThat(decoded.verify(data, signature)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void convertsToAndFromJcaKeys(KeyType type) {
    SigningKey key = SigningKey.generate(type);
    assertThat(VerificationKey.of(key.publicKey().toJca())).isEqualTo(key.publicKey());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "6MkrJVn",
        "z",
        "z0OIl",
        "uAAAA",
        "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ"
      })
  void refusesMalformedOrUnknownMultikeys(String multibase) {
    assertThat(Multikey.decodePublic(multibase).succeeded()).isFalse();
  }

  @Test
  void refusesAPointNotOnTheCurve() {
    byte[] raw = new byte[33];
    java.util.Arrays.fill(raw, (byte) 0xff); // x above the field prime
    raw[0] = 0x02;
    assertThat(
            Multikey.decodePublic(
                    com.apicatalog.multibase.Multibase.BASE_58_BTC.encode(
                        concat(new byte[] {(byte) 0x80, 0x24}, raw)))
                .succeeded())
        .isFalse();
  }

  @Test
  void neverPrintsTheSecret() {
    SigningKey key = SigningKey.generate(KeyType.ED25519);
    assertThat(key.toString()).doesNotContain(Multikey.encodeSecret(key).substring(1));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
