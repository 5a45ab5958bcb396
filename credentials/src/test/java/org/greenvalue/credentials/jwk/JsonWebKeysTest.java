package org.greenvalue.credentials.jwk;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonWebKeysTest {

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void roundTripsPublicKeysThroughJwk(KeyType type) {
    var key = SigningKey.generate(type).publicKey();
    var json = JsonWebKeys.toJson(key);
    assertThat(json.getString("kty")).isEqualTo(type == KeyType.ED25519 ? "OKP" : "EC");
    assertThat(json.getString("crv")).isEqualTo(type.curve());
    assertThat(json.getString("alg")).isEqualTo(type.jwsAlgorithm());
    assertThat(json).doesNotContainKey("d");
    assertThat(JsonWebKeys.fromJson(json).value()).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // private key material
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\","
            + "\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\"}",
        // unsupported curve and key types
        "{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo\"}",
        "{\"kty\":\"EC\",\"crv\":\"secp256k1\",\"x\":\"WfY7Px6AgH6x-_dgAoRbg8weYRJA36ON-gQiFnETrqw\","
            + "\"y\":\"IzFx3BUGztK0cyDStiunXbrZYYTtKbOUzx16SUK0sAY\"}",
        "{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZpt\",\"e\":\"AQAB\"}",
        "{\"kty\":\"oct\",\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\"}",
        // a P-256 point not on the curve, a short Ed25519 key, and no JWK at all
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
            + "\"y\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}",
        "{\"kty\":\"nope\"}",
        "{}"
      })
  void refusesPrivateUnsupportedAndMalformedKeys(String jwk) {
    var result = JsonWebKeys.fromJson(JsonDocuments.parseObject(jwk).value());
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).isNotBlank();
  }
}
