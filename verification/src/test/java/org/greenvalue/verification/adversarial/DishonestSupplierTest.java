package org.greenvalue.verification.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.dataintegrity.Cryptosuites;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.ProofOptions;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdBaseSigner;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdDeriver;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.MeasurementSource;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.VerificationJson;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A dishonest supplier against the verification engine: it signs ΔCO2 credentials in the name of an
 * accredited supplier with a key of its own, and it passes off a credential of another vocabulary
 * that reuses our type names, hoping for our rules' verdict and our trust.
 */
class DishonestSupplierTest {

  private static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final SigningKey ACCREDITED = SigningKey.generate(KeyType.ED25519);
  private static final SigningKey ACCREDITED_P256 = SigningKey.generate(KeyType.P256);
  private static final SigningKey REGISTRY = SigningKey.generate(KeyType.ED25519);

  private static VerificationEngine engine;

  @BeforeAll
  static void trustListAccreditingTheHonestSupplier() {
    var dids = new DidKeyResolver();
    var entries = JSON.createArrayBuilder();
    for (SigningKey key : List.of(ACCREDITED, ACCREDITED_P256)) {
      entries.add(
          JSON.createObjectBuilder()
              .add("did", did(key))
              .add("role", "ISSUER")
              .add("credentialType", "EmissionReductionCredential")
              .add("accreditedFrom", "2025-01-01T00:00:00Z")
              .add("status", "ACTIVE"));
    }
    var trustList =
        VerifiableCredential.builder()
            .type(TrustListSnapshot.TYPE)
            .issuer(did(REGISTRY))
            .validFrom(NOW)
            .credentialSubject(
                JSON.createObjectBuilder()
                    .add("id", "urn:greenvalue:trust-list")
                    .add("accreditations", entries)
                    .build())
            .build();
    String secured =
        new JoseSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()))
            .secure(trustList)
            .orElseThrow();
    var snapshot =
        TrustListSnapshot.load(
                secured, new CredentialVerifier(dids, CLOCK), Optional.of(did(REGISTRY)))
            .orElseThrow();
    engine = new VerificationEngine(Sources.offline(dids).withTrust(snapshot), CLOCK);
  }

  private static String did(SigningKey key) {
    return DidKeyResolver.didFor(key.publicKey());
  }

  private static JsonObject reduction(String issuer) {
    BigDecimal baseline = new BigDecimal("1000.500");
    BigDecimal project = new BigDecimal("850.250");
    var subject =
        new EmissionReduction(
            "urn:greenvalue:project:kiln-7",
            "urn:greenvalue:facility:plant-2",
            Optional.empty(),
            "ISO 14064-2",
            baseline,
            project,
            baseline.subtract(project),
            new Period(
                Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z")),
            List.of(MeasurementSource.metered("M-1", "electricity meter")),
            new EvidenceBinding(
                Sha256Digest.parse("sha256:" + "b".repeat(64)).value(),
                new MerkleRoot("a".repeat(64))));
    return CredentialParts.of(subject)
        .toCredentialBuilder()
        .add("id", "urn:uuid:" + java.util.UUID.randomUUID())
        .add("issuer", issuer)
        .add("validFrom", "2025-06-01T00:00:00Z")
        .build();
  }

  /** A proof or signature by {@code key} over the credential as it is, whoever it names. */
  private static String secure(SigningKey key, JsonObject credential, SecuringFormat format) {
    String method = DidKeyResolver.methodFor(key.publicKey());
    if (format == SecuringFormat.VC_JWT) {
      return new JoseSigner(key, method).secure(VerifiableCredential.of(credential)).orElseThrow();
    }
    if (format == SecuringFormat.ECDSA_SD_2023) {
      JsonObject base =
          new EcdsaSdBaseSigner(key, method, CLOCK).sign(credential, List.of()).orElseThrow();
      List<String> everything =
          credential.keySet().stream()
              .map(k -> "/" + k)
              .filter(k -> !k.equals("/@context"))
              .toList();
      return JsonDocuments.write(EcdsaSdDeriver.derive(base, everything).orElseThrow());
    }
    var suite = Cryptosuites.standard().find(format.label()).orElseThrow();
    return JsonDocuments.write(
        DataIntegrity.signer(suite, key, ProofOptions.assertion(method), CLOCK)
            .orElseThrow()
            .sign(credential)
            .orElseThrow());
  }

  private static SigningKey accreditedFor(SecuringFormat format) {
    return format.accepts(ACCREDITED.type()) ? ACCREDITED : ACCREDITED_P256;
  }

  private static Check check(Verification v, String name) {
    return v.report()
        .check(name)
        .orElseThrow(() -> new AssertionError(name + " missing in " + v.report()));
  }

  @ParameterizedTest
  @EnumSource(SecuringFormat.class)
  void aCredentialForgedInAnAccreditedSuppliersNameIsNotVerified(SecuringFormat format) {
    SigningKey accredited = accreditedFor(format);
    SigningKey forger = SigningKey.generate(accredited.type());
    JsonObject credential = reduction(did(accredited));

    Verification honest =
        engine.verify(CredentialRequest.of(secure(accredited, credential, format)));
    assertThat(honest.valid()).as(honest.report().toString()).isTrue();
    assertThat(check(honest, "trust.issuer").outcome()).isEqualTo(Outcome.PASSED);

    Verification forged = engine.verify(CredentialRequest.of(secure(forger, credential, format)));

    String binding =
        format == SecuringFormat.VC_JWT
            ? "credential.jose.kid.controller"
            : "credential.proof[0].controller";
    assertThat(VerificationJson.verdict(forged)).isEqualTo("NOT_VERIFIED");
    assertThat(forged.report().failures()).extracting(Check::name).containsExactly(binding);
    assertThat(check(forged, binding).reason()).contains("not the issuer " + did(accredited));
    Check trust = check(forged, "trust.issuer");
    assertThat(trust.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(trust.reason()).contains("not signed by the issuer it names");
    assertThat(forged.facts().issuerTrusted()).isFalse();
    assertThat(forged.gaps()).doesNotContain("trust.issuer");
  }

  @ParameterizedTest
  @EnumSource(SecuringFormat.class)
  void aForeignVocabularyCredentialGetsNeitherOurRulesNorOurTrust(SecuringFormat format) {
    SigningKey accredited = accreditedFor(format);
    JsonObject ours = reduction(did(accredited));
    // Same names, another vocabulary: @vocab maps every term, ours included, to example.org.
    JsonObject foreign =
        JSON.createObjectBuilder(ours)
            .add(
                "@context",
                JSON.createArrayBuilder()
                    .add("https://www.w3.org/ns/credentials/v2")
                    .add(JSON.createObjectBuilder().add("@vocab", "https://example.org/gv#")))
            .add(
                "credentialSubject",
                JSON.createObjectBuilder()
                    .add("type", "EmissionReduction")
                    .add("reduction", "999999")
                    .add("note", "not the Green Value schema"))
            .build();

    Verification v = engine.verify(CredentialRequest.of(secure(accredited, foreign, format)));

    assertThat(v.valid()).as(v.report().toString()).isTrue();
    assertThat(v.report().failures()).isEmpty();
    assertThat(v.facts().subjectKind()).isEmpty();
    assertThat(v.facts().reduction()).isEmpty();
    assertThat(v.facts().issuerTrusted()).isFalse();
    for (String name :
        List.of("credential.subject", "trust.issuer", "arithmetic", "lot.state", "assurance")) {
      Check c = check(v, name);
      assertThat(c.outcome()).as(name).isEqualTo(Outcome.SKIPPED);
      assertThat(v.gaps()).as(name).doesNotContain(name);
    }
    assertThat(check(v, "trust.issuer").reason())
        .startsWith(
            "not applicable: EmissionReductionCredential expands to https://example.org/gv#");
    assertThat(check(v, "credential.subject").reason()).startsWith("not applicable");
  }

  @Test
  void aCredentialWithAMemberGivenTwiceIsUnreadable() {
    String secured = secure(ACCREDITED, reduction(did(ACCREDITED)), SecuringFormat.EDDSA_JCS_2022);
    String twice = secured.replaceFirst("\\{", "{\"issuer\":\"" + did(REGISTRY) + "\",");
    Verification v = engine.verify(CredentialRequest.of(twice));
    assertThat(VerificationJson.verdict(v)).isEqualTo("NOT_VERIFIED");
    assertThat(v.report().checks()).extracting(Check::name).containsExactly("credential.format");
    assertThat(v.facts().issuerTrusted()).isFalse();
  }
}
