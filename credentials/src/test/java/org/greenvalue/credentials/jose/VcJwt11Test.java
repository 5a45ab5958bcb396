package org.greenvalue.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.jose.JoseFixtures.NOW;
import static org.greenvalue.credentials.jose.JoseFixtures.did;
import static org.greenvalue.credentials.jose.JoseFixtures.forge;
import static org.greenvalue.credentials.jose.JoseFixtures.kid;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * VC Data Model 1.1 §6.3.1 "JSON Web Token": a credential in the {@code vc} claim, a presentation
 * in the {@code vp} claim, the registered claims mapped onto them (§6.3.1.2 "JWT Decoding").
 */
class VcJwt11Test {

  private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519);
  private static final SigningKey HOLDER = SigningKey.generate(KeyType.P256);

  private final VcJwtVerifier credentials = new VcJwtVerifier(new DidKeyResolver(), NOW);
  private final VpJwtVerifier presentations = new VpJwtVerifier(new DidKeyResolver(), NOW);

  /** VC DM 1.1 Example 31's claims, issued by the key's did:key; the dates are only claims. */
  static JsonObjectBuilder payload(SigningKey issuer) {
    JsonObject vc =
        Json.createObjectBuilder()
            .add(
                "@context", Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1"))
            .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
            .add(
                "credentialSubject",
                Json.createObjectBuilder()
                    .add(
                        "degree",
                        Json.createObjectBuilder()
                            .add("type", "BachelorDegree")
                            .add("name", "Bachelor of Science and Arts")))
            .build();
    return Json.createObjectBuilder()
        .add("sub", "did:example:ebfeb1f712ebc6f1c276e12ec21")
        .add("jti", "http://example.edu/credentials/3732")
        .add("iss", did(issuer))
        .add("nbf", 1_541_493_724L)
        .add("iat", 1_541_493_724L)
        .add("exp", 1_893_456_000L)
        .add("nonce", "660!6345FSer")
        .add("vc", vc);
  }

  static JsonObject header(SigningKey key, String typ) {
    var header =
        Json.createObjectBuilder().add("alg", key.type().jwsAlgorithm()).add("kid", kid(key));
    if (typ != null) {
      header.add("typ", typ);
    }
    return header.build();
  }

  static String jwt(SigningKey key, JsonObject payload) {
    return forge(header(key, "JWT"), payload.toString(), key);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  @DisplayName("VC DM 1.1 §6.3.1.2 JWT Decoding: a vc claim token verifies, claims mapped")
  void verifiesCredentialInVcClaim(KeyType type) {
    SigningKey key = SigningKey.generate(type);

    VerificationReport report = credentials.verify(jwt(key, payload(key).build()));

    assertThat(report.failures()).isEmpty();
    assertThat(report.check("vc.issuanceDate").orElseThrow().reason())
        .contains("2018-11-06T08:42:04Z");
    assertThat(report.check("vc.issuer").orElseThrow().reason()).contains(did(key));
    assertThat(report.check("vc.validity.notExpired").orElseThrow().reason())
        .contains("2030-01-01T00:00:00Z");
  }

  @Test
  @DisplayName("VC DM 1.1 §6.3.1.1 JWT Encoding: typ, when present, is JWT; absent is accepted")
  void acceptsAbsentTypAndRefusesOthers() {
    String payload = payload(ISSUER).build().toString();

    assertThat(credentials.verify(forge(header(ISSUER, null), payload, ISSUER)).failures())
        .isEmpty();
    VerificationReport vcJwt = credentials.verify(forge(header(ISSUER, "vc+jwt"), payload, ISSUER));
    assertThat(vcJwt.check("jose.header.typ").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "jti", "nbf", "exp", "sub"})
  @DisplayName("VC DM 1.1 §6.3.1.2 JWT Decoding: a claim contradicting the vc property is refused")
  void refusesClaimThatContradictsTheCredential(String claim) {
    JsonObject base = payload(ISSUER).build();
    JsonObject vc = base.getJsonObject("vc");
    JsonObjectBuilder contradicted = Json.createObjectBuilder(vc);
    switch (claim) {
      case "iss" -> contradicted.add("issuer", "did:example:someone-else");
      case "jti" -> contradicted.add("id", "urn:uuid:5f4c0a4e-0000-4000-8000-000000000000");
      case "nbf" -> contradicted.add("issuanceDate", "2019-01-01T00:00:00Z");
      case "exp" -> contradicted.add("expirationDate", "2031-01-01T00:00:00Z");
      default ->
          contradicted.add(
              "credentialSubject",
              Json.createObjectBuilder(vc.getJsonObject("credentialSubject"))
                  .add("id", "did:example:other"));
    }
    JsonObject payload = Json.createObjectBuilder(base).add("vc", contradicted).build();

    VerificationReport report = credentials.verify(jwt(ISSUER, payload));

    assertThat(report.check("jose.claims").orElseThrow().outcome()).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("VC DM 1.1 §6.3.1.2: a vc claim holding a 2.0 credential is refused")
  void refusesVersion2CredentialInVcClaim() {
    JsonObject base = payload(ISSUER).build();
    JsonObject vc =
        Json.createObjectBuilder(base.getJsonObject("vc"))
            .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
            .build();

    VerificationReport report =
        credentials.verify(jwt(ISSUER, Json.createObjectBuilder(base).add("vc", vc).build()));

    assertThat(report.check("jose.claims").orElseThrow().outcome()).isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("VC DM 1.1 §6.3.1: a token signed by a key its iss does not control is refused")
  void refusesKeyNotControlledByIss() {
    SigningKey other = SigningKey.generate(KeyType.ED25519);
    String token = forge(header(other, "JWT"), payload(ISSUER).build().toString(), other);

    VerificationReport report = credentials.verify(token);

    assertThat(report.check("jose.kid.controller").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("VC DM 1.1 §6.3.1: a tampered payload fails the signature")
  void refusesTamperedPayload() {
    String token = jwt(ISSUER, payload(ISSUER).build());
    String[] parts = token.split("\\.");
    String forgedPayload =
        JoseFixtures.segment(payload(ISSUER).add("nonce", "tampered").build().toString());

    VerificationReport report = credentials.verify(parts[0] + "." + forgedPayload + "." + parts[2]);

    assertThat(report.check("jose.signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("VC DM 1.1 §6.3.1.2: exp in the past is refused")
  void refusesExpiredToken() {
    JsonObject payload = payload(ISSUER).add("exp", 1_600_000_000L).build();

    assertThat(credentials.verify(jwt(ISSUER, payload)).valid()).isFalse();
  }

  @Test
  @DisplayName("VC DM 1.1 §6.3.1.2: a vp claim presentation with VC-JWT credentials verifies")
  void verifiesPresentationInVpClaim() {
    String credential = jwt(ISSUER, payload(ISSUER).build());
    JsonObject vp =
        Json.createObjectBuilder()
            .add(
                "@context", Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1"))
            .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
            .add("verifiableCredential", Json.createArrayBuilder().add(credential))
            .build();
    JsonObject payload =
        Json.createObjectBuilder()
            .add("iss", did(HOLDER))
            .add("jti", "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5")
            .add("nonce", "343s$FSFDa-")
            .add("vp", vp)
            .build();

    VerificationReport report = presentations.verify(jwt(HOLDER, payload));

    assertThat(report.failures()).isEmpty();
    assertThat(report.check("verifiableCredential[0].jose.signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("jose.kid.controller").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
  }
}
