package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance of the {@code Ed25519Signature2020} proof type (W3C CCG "EdDSA Cryptosuite v2020",
 * verify only): the published vector, VC DM 1.1 credentials, tampering and wrong keys.
 */
class Ed25519Signature2020Test {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
  static final SigningKey VECTOR_KEY =
      Multikey.decodeSecret(
              W3cVectors.json("ed25519-signature-2020/keyPair.json")
                  .getString("secretKeyMultibase"))
          .value();

  private final DataIntegrityVerifier verifier =
      new DataIntegrityVerifier(new DidKeyResolver(), CLOCK);

  @Test
  @DisplayName("Ed25519Signature2020 test vector: the published proofValue verifies")
  void publishedVectorSignatureVerifies() {
    VerificationReport report =
        verifier.verify(W3cVectors.json("ed25519-signature-2020/signed.json"));

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.PASSED);
    assertThat(outcome(report, "proof[0].verificationMethod")).isEqualTo(Check.Outcome.PASSED);
  }

  @Test
  @DisplayName(
      "Ed25519Signature2020 test vector: its issuer does not control the did:key, so it is refused")
  void publishedVectorIsRefusedForItsUnboundIssuer() {
    VerificationReport report =
        verifier.verify(W3cVectors.json("ed25519-signature-2020/signed.json"));

    assertThat(outcome(report, "proof[0].controller")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("Ed25519Signature2020 §Verify Proof: a VC DM 1.1 credential of a did:key verifies")
  void verifiesVcDataModel11Credential() {
    VerificationReport report = verifier.verify(signedV11(VECTOR_KEY));

    assertThat(report.failures()).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @Test
  @DisplayName("Ed25519Signature2020 §Verify Proof: a tampered credential is refused")
  void refusesTamperedCredential() {
    JsonObject signed = signedV11(VECTOR_KEY);
    JsonObject subject =
        jakarta.json.Json.createObjectBuilder(signed.getJsonObject("credentialSubject"))
            .add("alumniOf", "Another University")
            .build();
    JsonObject tampered = Fixtures.with(signed, "credentialSubject", subject);

    VerificationReport report = verifier.verify(tampered);

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("Ed25519Signature2020 §Verify Proof: tampered proof options are refused")
  void refusesTamperedProofOptions() {
    JsonObject tampered =
        Fixtures.withProof(
            signedV11(VECTOR_KEY), p -> Fixtures.with(p, "created", "2025-01-02T00:00:00Z"));

    assertThat(outcome(verifier.verify(tampered), "proof[0].signature"))
        .isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("Ed25519Signature2020: a proof by a key the issuer does not control is refused")
  void refusesKeyNotControlledByIssuer() {
    SigningKey other = SigningKey.generate(KeyType.ED25519);
    JsonObject credential =
        LegacyProofs.ed25519Signature2020(
            unsignedV11(DidKeyResolver.didFor(VECTOR_KEY.publicKey())),
            other,
            DidKeyResolver.methodFor(other.publicKey()),
            "assertionMethod",
            "2025-01-01T00:00:00Z");

    VerificationReport report = verifier.verify(credential);

    assertThat(outcome(report, "proof[0].signature")).isEqualTo(Check.Outcome.PASSED);
    assertThat(outcome(report, "proof[0].controller")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("Ed25519Signature2020 §Ed25519VerificationKey2020: a P-256 key cannot make it")
  void refusesP256Key() {
    SigningKey p256 = SigningKey.generate(KeyType.P256);
    JsonObject unsigned = unsignedV11(DidKeyResolver.didFor(p256.publicKey()));
    JsonObject options =
        jakarta.json.Json.createObjectBuilder()
            .add("type", Ed25519Signature2020.TYPE)
            .add("created", "2025-01-01T00:00:00Z")
            .add("verificationMethod", DidKeyResolver.methodFor(p256.publicKey()))
            .add("proofPurpose", "assertionMethod")
            .add("proofValue", "z" + "1".repeat(60))
            .build();

    VerificationReport report = verifier.verify(Fixtures.with(unsigned, "proof", options));

    assertThat(outcome(report, "proof[0].verificationMethod")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("Ed25519Signature2020 §Proof representation: the suite context is required")
  void refusesDocumentWithoutSuiteContext() {
    JsonObject signed = signedV11(VECTOR_KEY);
    var contexts = jakarta.json.Json.createArrayBuilder(signed.getJsonArray("@context"));
    contexts.remove(2);
    JsonObject withoutSuiteContext = Fixtures.with(signed, "@context", contexts.build());

    VerificationReport report = verifier.verify(withoutSuiteContext);

    assertThat(outcome(report, "proof[0].context")).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  @DisplayName("Ed25519Signature2020 §Proof representation: a proofValue that is not base58 fails")
  void refusesMalformedProofValue() {
    JsonObject tampered =
        Fixtures.withProof(signedV11(VECTOR_KEY), p -> Fixtures.with(p, "proofValue", "u0000"));

    assertThat(outcome(verifier.verify(tampered), "proof[0].signature"))
        .isEqualTo(Check.Outcome.FAILED);
  }

  /** VC DM 1.1 Example 1's alumni credential, issued by the key's did:key. */
  static JsonObject unsignedV11(String issuer) {
    return JsonDocuments.parseObject(
            """
            {"@context":["https://www.w3.org/2018/credentials/v1",
               {"AlumniCredential":"https://schema.org#AlumniCredential",
                "alumniOf":"https://schema.org#alumniOf"},
               "https://w3id.org/security/suites/ed25519-2020/v1"],
             "id":"http://example.edu/credentials/1872",
             "type":["VerifiableCredential","AlumniCredential"],
             "issuer":"%s",
             "issuanceDate":"2010-01-01T19:23:24Z",
             "credentialSubject":{"id":"https://example.edu/students/alice",
                                  "alumniOf":"Example University"}}
            """
                .formatted(issuer))
        .value();
  }

  static JsonObject signedV11(SigningKey key) {
    return LegacyProofs.ed25519Signature2020(
        unsignedV11(DidKeyResolver.didFor(key.publicKey())),
        key,
        DidKeyResolver.methodFor(key.publicKey()),
        "assertionMethod",
        "2025-01-01T00:00:00Z");
  }

  static Check.Outcome outcome(VerificationReport report, String name) {
    return report.check(name).orElseThrow(() -> new AssertionError("no check " + name)).outcome();
  }
}
