package org.greenvalue.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.jose.JoseFixtures.NOW;
import static org.greenvalue.credentials.jose.JoseFixtures.credential;
import static org.greenvalue.credentials.jose.JoseFixtures.decode;
import static org.greenvalue.credentials.jose.JoseFixtures.did;
import static org.greenvalue.credentials.jose.JoseFixtures.forge;
import static org.greenvalue.credentials.jose.JoseFixtures.header;
import static org.greenvalue.credentials.jose.JoseFixtures.kid;
import static org.greenvalue.credentials.jose.JoseFixtures.segment;
import static org.greenvalue.credentials.jose.JoseFixtures.signer;

import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VcJwtVerifierTest {

  private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519);
  private static final SigningKey OTHER = SigningKey.generate(KeyType.ED25519);
  private static final String JWT = signer(ISSUER).secure(credential(did(ISSUER))).value();

  private final VcJwtVerifier verifier = new VcJwtVerifier(new DidKeyResolver(), NOW);

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verifiesACredentialSecuredWithEitherKeyType(KeyType type) {
    var key = SigningKey.generate(type);
    String jwt = signer(key).secure(credential(did(key))).value();
    var report = verifier.verify(jwt);
    assertThat(report.valid()).as(report.toString()).isTrue();
    for (String name :
        new String[] {"jose.header.typ", "jose.header.alg", "jose.kid", "jose.signature"}) {
      assertThat(report.check(name).orElseThrow().outcome()).isEqualTo(Check.Outcome.PASSED);
    }
    assertThat(report.check("jose.kid.controller").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("vc.credentialSubject")).isPresent();
    assertThat(report.check("vc.validity.notExpired")).isPresent();
  }

  @Test
  void emitsTheVcJoseCoseHeaderAndTheCredentialItselfAsPayload() {
    var header = header(JWT);
    assertThat(header.getString("alg")).isEqualTo("EdDSA");
    assertThat(header.getString("typ")).isEqualTo("vc+jwt");
    assertThat(header.getString("cty")).isEqualTo("vc");
    assertThat(header.getString("kid")).isEqualTo(kid(ISSUER));
    assertThat(header.getString("iss")).isEqualTo(did(ISSUER));
    assertThat(header.keySet()).containsExactlyInAnyOrder("alg", "typ", "cty", "kid", "iss");
    String payload = decode(JWT.split("\\.")[1]);
    assertThat(payload).isEqualTo(credential(did(ISSUER)).write());
    assertThat(payload).contains("\"x\":12.3400000000000000001").doesNotContain("\"vc\"");
  }

  static Stream<Arguments> tampers() {
    String[] parts = JWT.split("\\.");
    String payload = decode(parts[1]);
    var header = header(JWT);
    return Stream.of(
        tamper(
            "changed payload byte",
            t -> parts[0] + "." + segment(payload.replace("12.34", "12.35")) + "." + parts[2],
            "jose.signature"),
        tamper(
            "header typ changed",
            t ->
                segment(Json.createObjectBuilder(header).add("typ", "JWT").build().toString())
                    + "."
                    + parts[1]
                    + "."
                    + parts[2],
            "jose.header.typ"),
        tamper(
            "flipped signature bit",
            t -> parts[0] + "." + parts[1] + "." + flip(parts[2]),
            "jose.signature"),
        tamper(
            "truncated signature",
            t -> parts[0] + "." + parts[1] + "." + parts[2].substring(4),
            "jose.signature"),
        tamper("no signature", t -> parts[0] + "." + parts[1] + ".", "jose.parse"),
        tamper(
            "kid pointing at another key",
            t ->
                forge(
                    Json.createObjectBuilder(header).add("kid", kid(OTHER)).build(),
                    payload,
                    ISSUER),
            "jose.signature"),
        tamper(
            "alg confusion ES256 over an Ed25519 key",
            t ->
                forge(
                    Json.createObjectBuilder(header).add("alg", "ES256").build(), payload, ISSUER),
            "jose.signature"),
        tamper(
            "alg none",
            t ->
                segment(Json.createObjectBuilder(header).add("alg", "none").build().toString())
                    + "."
                    + parts[1]
                    + ".",
            "jose.header.alg"),
        tamper(
            "alg HS256 keyed with the public key",
            t ->
                forge(
                    Json.createObjectBuilder(header).add("alg", "HS256").build(), payload, ISSUER),
            "jose.header.alg"),
        tamper(
            "critical extension",
            t ->
                forge(
                    Json.createObjectBuilder(header)
                        .add("crit", Json.createArrayBuilder().add("b64"))
                        .add("b64", false)
                        .build(),
                    payload,
                    ISSUER),
            "jose.header.crit"),
        tamper(
            "no kid",
            t -> forge(Json.createObjectBuilder(header).remove("kid").build(), payload, ISSUER),
            "jose.kid"),
        tamper(
            "iss naming someone else",
            t ->
                forge(
                    Json.createObjectBuilder(header).add("iss", "did:web:evil.example").build(),
                    payload,
                    ISSUER),
            "jose.iss"),
        tamper(
            "vc claim wrapper",
            t ->
                forge(
                    header,
                    Json.createObjectBuilder(credential(did(ISSUER)).json())
                        .add("vc", Json.createObjectBuilder())
                        .build()
                        .toString(),
                    ISSUER),
            "jose.claims"),
        tamper(
            "expired JWT",
            t ->
                forge(
                    header,
                    Json.createObjectBuilder(credential(did(ISSUER)).json())
                        .add("exp", 1_700_000_000L)
                        .build()
                        .toString(),
                    ISSUER),
            "jose.lifetime"));
  }

  private static Arguments tamper(String name, UnaryOperator<String> change, String check) {
    return Arguments.of(name, change, check);
  }

  private static String flip(String signature) {
    char c = signature.charAt(5);
    return signature.substring(0, 5) + (c == 'A' ? 'B' : 'A') + signature.substring(6);
  }

  @ParameterizedTest(name = "{0} fails {2}")
  @MethodSource("tampers")
  void everyTamperFailsANamedCheck(String name, UnaryOperator<String> change, String check) {
    String tampered = change.apply(JWT);
    var report = verifier.verify(tampered);
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).extracting(Check::name).contains(check);
    // A caller that parsed the token first (to read its claims) gets the same verdict from it.
    var parsed = CompactJws.parse(tampered);
    if (parsed.succeeded()) {
      assertThat(verifier.verify(parsed.value()).checks()).isEqualTo(report.checks());
    }
  }

  @Test
  void verifyingTheParsedTokenReportsWhatVerifyingItsTextDoes() {
    var parsed = CompactJws.parse(JWT).orElseThrow();
    var report = verifier.verify(parsed);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.checks()).isEqualTo(verifier.verify(JWT).checks());
    assertThat(parsed.header().getKeyID()).isEqualTo(kid(ISSUER));
    assertThat(parsed.payload()).isEqualTo(credential(did(ISSUER)).json());
  }

  @Test
  void failsWhenTheIssuerIsNotTheKeyController() {
    String jwt = signer(ISSUER).secure(credential("did:web:supplier.example")).value();
    var report = verifier.verify(jwt);
    assertThat(report.failures()).extracting(Check::name).containsExactly("jose.kid.controller");
  }

  @Test
  void failsAnExpiredAndAMalformedCredentialInsideAValidSignature() {
    var expired =
        new VcJwtVerifier(
            new DidKeyResolver(),
            Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC));
    assertThat(expired.verify(JWT).failures())
        .extracting(Check::name)
        .containsExactly("vc.validity.notExpired");
    String noSubject =
        signer(ISSUER).secure(credential(did(ISSUER)).withoutProperty("credentialSubject")).value();
    assertThat(verifier.verify(noSubject).failures())
        .extracting(Check::name)
        .containsExactly("vc.credentialSubject");
  }

  @Test
  void failsAPresentationTokenGivenAsACredential() {
    var presentation =
        org.greenvalue.credentials.model.VerifiablePresentation.builder()
            .holder(did(ISSUER))
            .build();
    var report = verifier.verify(signer(ISSUER).secure(presentation).value());
    assertThat(report.failures()).extracting(Check::name).contains("jose.header.typ", "vc.type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "a.b",
        "a.b.c.d",
        "!!!.###.$$$",
        "eyJhbGciOiJFZERTQSJ9.bm90IGpzb24.AAAA",
        "eyJhbGciOiJFZERTQSJ9.W10.AAAA",
        "eyJhbGciOiJFZERTQSJ9.e30.AAAA",
        "bm90IGpzb24.e30.AAAA"
      })
  void reportsMalformedTokensAsFailedChecks(String token) {
    var report = verifier.verify(token);
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).isNotEmpty();
  }

  @Test
  void refusesAPayloadSegmentThatIsNotBase64Url() {
    String[] parts = JWT.split("\\.");
    String token =
        parts[0] + "." + parts[1].substring(0, 8) + "*" + parts[1].substring(9) + "." + parts[2];

    var report = verifier.verify(token);

    assertThat(report.valid()).isFalse();
    assertThat(report.failures().get(0).reason()).contains("not base64url");
  }

  /**
   * RFC 7515 §2 base64url has no padding, and RFC 4648 §3.5 lets a decoder refuse set pad bits: a
   * second spelling of the same signature would be a second token, with its own digest, for one
   * signed credential.
   */
  @Test
  void refusesAnyButTheCanonicalSpellingOfTheSignature() {
    assertThat(verifier.verify(JWT).valid()).isTrue();
    String signature = JWT.substring(JWT.lastIndexOf('.') + 1);
    String signed = JWT.substring(0, JWT.lastIndexOf('.') + 1);
    assertThat(signature.length() % 4).isEqualTo(2);
    // the last character carries 2 bits; the next character in the alphabet has the same 2
    String otherSpelling =
        signature.substring(0, signature.length() - 1)
            + (char) (signature.charAt(signature.length() - 1) + 1);
    assertThat(Base64.getUrlDecoder().decode(otherSpelling))
        .isEqualTo(Base64.getUrlDecoder().decode(signature));

    for (String variant : List.of(signature + "==", otherSpelling)) {
      var report = verifier.verify(signed + variant);
      assertThat(report.valid()).as(variant).isFalse();
      assertThat(report.failures())
          .extracting(f -> f.reason())
          .anyMatch(r -> r.contains("canonical"));
    }
  }

  @Test
  void reportsNullAndOversizedTokensAsFailedChecks() {
    assertThat(verifier.verify((String) null).valid()).isFalse();
    String huge = "a".repeat(CompactJws.MAX_LENGTH) + ".b.c";
    assertThat(verifier.verify(huge).failures().get(0).reason()).contains("longer than");
  }

  @Test
  void refusesToSecureACredentialWithoutIssuerOrWithAVcClaim() {
    assertThat(signer(ISSUER).secure(credential(did(ISSUER)).withoutProperty("issuer")).succeeded())
        .isFalse();
    assertThat(
            signer(ISSUER)
                .secure(
                    credential(did(ISSUER)).withProperty("vc", Json.createObjectBuilder().build()))
                .succeeded())
        .isFalse();
  }
}
