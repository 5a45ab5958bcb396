package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Ed25519Signature2020Test.outcome;

import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.jwk.JsonWebKeys;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance of the {@code JsonWebSignature2020} proof type (W3C CCG "JSON Web Signature 2020",
 * verify only) with Ed25519 and P-256 {@code JsonWebKey2020} keys, on VC DM 1.1 credentials.
 */
class JsonWebSignature2020Test {

  /** The Ed25519 key pair of the JWS 2020 test vectors ({@code keypair_0}). */
  static final SigningKey ED25519 =
      SigningKey.of(
          KeyType.ED25519,
          new Base64URL(
                  W3cVectors.json("jws-2020/keypair_0.json")
                      .getJsonObject("privateKeyJwk")
                      .getString("d"))
              .decode());

  static final SigningKey P256 = SigningKey.generate(KeyType.P256);

  private final JsonWebKeyIssuer issuer =
      new JsonWebKeyIssuer(ED25519.publicKey(), P256.publicKey());
  private final DataIntegrityVerifier verifier =
      new DataIntegrityVerifier(issuer, Ed25519Signature2020Test.CLOCK);

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "p256"})
  @DisplayName("JWS2020 §Verify: a detached b64:false JWS over a 1.1 credential verifies")
  void verifiesDetachedJws(String key) {
    VerificationReport report = verifier.verify(signed(key));

    assertThat(report.failures()).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "p256"})
  @DisplayName("JWS2020 §Verify: a tampered credential is refused")
  void refusesTamperedCredential(String key) {
    JsonObject tampered = Fixtures.with(signed(key), "issuanceDate", "2011-01-01T00:00:00Z");

    VerificationReport report = verifier.verify(tampered);

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "p256"})
  @DisplayName("JWS2020: a proof by a key the issuer does not control is refused")
  void refusesKeyOfAnotherParty(String key) {
    SigningKey stranger = SigningKey.generate(key.equals("p256") ? KeyType.P256 : KeyType.ED25519);
    JsonObject credential =
        LegacyProofs.jsonWebSignature2020(
            unsigned(),
            stranger,
            org.greenvalue.credentials.did.DidKeyResolver.methodFor(stranger.publicKey()),
            "assertionMethod",
            "2025-01-01T00:00:00Z");

    VerificationReport report = verifier.verify(credential);

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.PASSED);
    assertThat(outcome(report, "proof[0].controller")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"alg\":\"EdDSA\"}",
        "{\"alg\":\"EdDSA\",\"b64\":false}",
        "{\"alg\":\"EdDSA\",\"b64\":true,\"crit\":[\"b64\"]}",
        "{\"alg\":\"ES256\",\"b64\":false,\"crit\":[\"b64\"]}",
        "{\"alg\":\"none\",\"b64\":false,\"crit\":[\"b64\"]}",
        "{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}"
      })
  @DisplayName("JWS2020 §Proof representation: a header other than b64:false/crit:[b64] fails")
  void refusesHeaderThatIsNotDetachedUnencoded(String header) {
    JsonObject signed = signed("ed25519");
    String jws = signed.getJsonObject("proof").getString("jws");
    String forged =
        Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + jws.substring(jws.indexOf('.'));

    VerificationReport report =
        verifier.verify(Fixtures.withProof(signed, p -> Fixtures.with(p, "jws", forged)));

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "a.b.c", "..", "eyJhbGciOiJFZERTQSJ9.e30.c2ln"})
  @DisplayName("JWS2020 §Proof representation: a jws that is not a detached JWS fails")
  void refusesMalformedJws(String jws) {
    JsonObject signed = signed("ed25519");

    VerificationReport report =
        verifier.verify(Fixtures.withProof(signed, p -> Fixtures.with(p, "jws", jws)));

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "p256"})
  @DisplayName("JWS2020 §JsonWebKey2020: the DID document's publicKeyJwk is the verifying key")
  void readsPublicKeyJwkOfTheDidDocument(String key) {
    var method =
        issuer.resolveVerificationMethod(
            key.equals("ed25519") ? JsonWebKeyIssuer.ED25519_METHOD : JsonWebKeyIssuer.P256_METHOD,
            org.greenvalue.credentials.did.VerificationRelationship.ASSERTION_METHOD);

    assertThat(method.value().type()).isEqualTo("JsonWebKey2020");
    assertThat(JsonWebKeys.toJson(method.value().key()))
        .isEqualTo(JsonWebKeys.toJson((key.equals("ed25519") ? ED25519 : P256).publicKey()));
  }

  static JsonObject unsigned() {
    return JsonDocuments.parseObject(
            """
            {"@context":["https://www.w3.org/2018/credentials/v1",
               {"UniversityDegreeCredential":"https://example.org/examples#UniversityDegreeCredential",
                "degree":"https://example.org/examples#degree",
                "BachelorDegree":"https://example.org/examples#BachelorDegree",
                "name":"https://schema.org/name"},
               "https://w3id.org/security/suites/jws-2020/v1"],
             "id":"http://example.gov/credentials/3732",
             "type":["VerifiableCredential","UniversityDegreeCredential"],
             "issuer":{"id":"%s"},
             "issuanceDate":"2020-03-10T04:24:12.164Z",
             "credentialSubject":{"id":"did:example:456",
               "degree":{"type":"BachelorDegree","name":"Bachelor of Science and Arts"}}}
            """
                .formatted(JsonWebKeyIssuer.DID))
        .value();
  }

  static JsonObject signed(String key) {
    boolean ed = key.equals("ed25519");
    return LegacyProofs.jsonWebSignature2020(
        unsigned(),
        ed ? ED25519 : P256,
        ed ? JsonWebKeyIssuer.ED25519_METHOD : JsonWebKeyIssuer.P256_METHOD,
        "assertionMethod",
        "2025-01-01T00:00:00Z");
  }
}
