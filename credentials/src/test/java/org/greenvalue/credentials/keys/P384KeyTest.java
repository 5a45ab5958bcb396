package org.greenvalue.credentials.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.greenvalue.credentials.jwk.JsonWebKeys;
import org.junit.jupiter.api.Test;

/** P-384 keys: multicodec p384-pub 0x1201 / p384-priv 0x1307, 49-byte compressed points. */
class P384KeyTest {

  @Test
  void multikeyRoundTripsWithTheP384CodecsAndCompressedPoint() {
    SigningKey key = SigningKey.generate(KeyType.P384);
    String publicMultikey = Multikey.encodePublic(key.publicKey());
    assertThat(publicMultikey).startsWith("z82");
    assertThat(key.publicKey().raw()).hasSize(49);
    assertThat(key.secret()).hasSize(48);
    assertThat(Multikey.decodePublic(publicMultikey).value()).isEqualTo(key.publicKey());
    assertThat(Multikey.decodeSecret(Multikey.encodeSecret(key)).value()).isEqualTo(key);
  }

  @Test
  void signsWithSha384AndA96ByteSignature() {
    SigningKey key = SigningKey.generate(KeyType.P384);
    byte[] data = "data".getBytes(StandardCharsets.UTF_8);
    byte[] signature = key.sign(data);
    assertThat(signature).hasSize(96);
    assertThat(key.publicKey().verify(data, signature)).isTrue();
    assertThat(key.publicKey().verify("other".getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    assertThat(key.publicKey().verify(data, java.util.Arrays.copyOf(signature, 64))).isFalse();
  }

  @Test
  void jwkIsAnEcP384KeyWithEs384() {
    VerificationKey key = SigningKey.generate(KeyType.P384).publicKey();
    var jwk = JsonWebKeys.toJwk(key);
    assertThat(jwk.toJSONObject()).containsEntry("crv", "P-384").containsEntry("alg", "ES384");
    assertThat(JsonWebKeys.fromJwk(jwk).value()).isEqualTo(key);
    assertThat(VerificationKey.of(key.toJca())).isEqualTo(key);
  }

  @Test
  void refusesASecretOfTheWrongLengthOrOutOfRange() {
    assertThatThrownBy(() -> SigningKey.of(KeyType.P384, new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.of(KeyType.P384, new byte[48]))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] ones = new byte[48];
    java.util.Arrays.fill(ones, (byte) 0xff);
    assertThatThrownBy(() -> SigningKey.of(KeyType.P384, ones))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
