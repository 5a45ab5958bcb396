package org.greenvalue.credentials.securing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.dataintegrity.Cryptosuites;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.ProofOptions;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdBaseSigner;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdDeriver;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole credential verification (as {@code gvr vc verify} runs it) of a credential forged in an
 * accredited issuer's name, of one in another vocabulary that reuses our type names, and of JSON
 * with a member given twice.
 */
class ForgedAndForeignCredentialsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  private final CredentialVerifier verifier = new CredentialVerifier(new DidKeyResolver(), CLOCK);

  private static JsonObject reduction(String issuer, JsonValue context) throws Exception {
    JsonObject subject;
    try (var in =
        ForgedAndForeignCredentialsTest.class.getResourceAsStream(
            "/org/greenvalue/credentials/securing/reduction.json")) {
      subject =
          JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
    }
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2").add(context))
        .add(
            "type",
            Json.createArrayBuilder()
                .add("VerifiableCredential")
                .add("EmissionReductionCredential"))
        .add("issuer", issuer)
        .add("validFrom", "2025-06-01T00:00:00Z")
        .add("credentialSubject", subject)
        .build();
  }

  private static JsonObject ours(String issuer) throws Exception {
    return reduction(issuer, Json.createValue("https://greenvalue.org/ns/credentials/v1"));
  }

  /** A valid proof or signature by {@code key}, whatever issuer the credential names. */
  private static String secureWith(SigningKey key, JsonObject credential, SecuringFormat format) {
    String method = DidKeyResolver.methodFor(key.publicKey());
    if (format == SecuringFormat.VC_JWT) {
      return new JoseSigner(key, method).secure(VerifiableCredential.of(credential)).value();
    }
    if (format == SecuringFormat.ECDSA_SD_2023) {
      // A verifier sees only derived proofs; this one discloses every member.
      JsonObject base =
          new EcdsaSdBaseSigner(key, method, CLOCK).sign(credential, List.of()).value();
      List<String> everything =
          credential.keySet().stream()
              .filter(k -> !k.equals("@context"))
              .map(k -> "/" + k)
              .toList();
      return JsonDocuments.write(EcdsaSdDeriver.derive(base, everything).value());
    }
    var suite = Cryptosuites.standard().find(format.label()).orElseThrow();
    var signed =
        DataIntegrity.signer(suite, key, ProofOptions.assertion(method), CLOCK)
            .value()
            .sign(credential)
            .value();
    return JsonDocuments.write(signed);
  }

  private static SigningKey keyFor(SecuringFormat format) {
    return SigningKey.generate(format.keyTypes().get(0));
  }

  @ParameterizedTest
  @EnumSource(SecuringFormat.class)
  void refusesACredentialNamingAnAccreditedIssuerSignedByAnotherKey(SecuringFormat format)
      throws Exception {
    SigningKey accredited = keyFor(format);
    SigningKey forger = keyFor(format);
    String issuer = DidKeyResolver.didFor(accredited.publicKey());
    var report = verifier.verify(secureWith(forger, ours(issuer), format));

    String binding =
        format == SecuringFormat.VC_JWT ? "jose.kid.controller" : "proof[0].controller";
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).extracting(Check::name).containsExactly(binding);
    assertThat(report.check(binding).orElseThrow().reason()).contains("not the issuer " + issuer);

    var genuine = verifier.verify(secureWith(accredited, ours(issuer), format));
    assertThat(genuine.valid()).as(genuine.toString()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(SecuringFormat.class)
  void verifiesAForeignCredentialReusingOurTypeNameAsAGenericOne(SecuringFormat format)
      throws Exception {
    SigningKey key = keyFor(format);
    String issuer = DidKeyResolver.didFor(key.publicKey());
    JsonObject foreignVocab =
        Json.createObjectBuilder().add("@vocab", "https://example.org/gv#").build();
    JsonObject credential = reduction(issuer, foreignVocab);
    // Not our schema: our ΔCO2 rules would refuse it for the members it lacks.
    JsonObject foreign =
        Json.createObjectBuilder(credential)
            .add(
                "credentialSubject",
                Json.createObjectBuilder().add("type", "EmissionReduction").add("tonnes", "12"))
            .build();

    var report = verifier.verify(secureWith(key, foreign, format));
    assertThat(report.valid()).as(report.toString()).isTrue();
    Check subject = report.check("subject").orElseThrow();
    assertThat(subject.outcome()).isEqualTo(Check.Outcome.SKIPPED);
    assertThat(subject.reason())
        .startsWith(
            "not applicable: EmissionReductionCredential expands to https://example.org/gv#");
  }

  @Test
  void refusesJsonThatGivesAMemberTwice() throws Exception {
    SigningKey key = keyFor(SecuringFormat.EDDSA_JCS_2022);
    String issuer = DidKeyResolver.didFor(key.publicKey());
    String secured = secureWith(key, ours(issuer), SecuringFormat.EDDSA_JCS_2022);
    String twice = secured.replaceFirst("\\{", "{\"issuer\":\"did:key:z6MkAnother\",");
    var report = verifier.verify(twice);
    assertThat(report.failures()).extracting(Check::name).containsExactly("format");
    assertThat(report.check("format").orElseThrow().reason()).contains("Duplicate key 'issuer'");
  }
}
