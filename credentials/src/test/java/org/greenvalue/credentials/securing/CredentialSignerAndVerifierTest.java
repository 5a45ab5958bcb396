package org.greenvalue.credentials.securing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialSignerAndVerifierTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  private final CredentialVerifier verifier = new CredentialVerifier(new DidKeyResolver(), CLOCK);

  private static JsonObject reductionCredential(SigningKey key, String reduction) throws Exception {
    JsonObject subject;
    try (var in =
        CredentialSignerAndVerifierTest.class.getResourceAsStream(
            "/org/greenvalue/credentials/securing/reduction.json")) {
      subject =
          JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
    }
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://greenvalue.org/ns/credentials/v1"))
        .add(
            "type",
            Json.createArrayBuilder()
                .add("VerifiableCredential")
                .add("EmissionReductionCredential"))
        .add("issuer", DidKeyResolver.didFor(key.publicKey()))
        .add("validFrom", "2025-06-01T00:00:00Z")
        .add("credentialSubject", Json.createObjectBuilder(subject).add("reduction", reduction))
        .build();
  }

  private static CredentialSigner signerFor(SigningKey key) {
    return new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK);
  }

  @ParameterizedTest
  @EnumSource(
      value = SecuringFormat.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = "ECDSA_SD_2023") // a base proof is verified only once derived (EcdsaSd2023Test)
  void signsAndVerifiesInEveryFormat(SecuringFormat format) throws Exception {
    var key =
        SigningKey.generate(
            format == SecuringFormat.ECDSA_RDFC_2019 ? KeyType.P256 : KeyType.ED25519);
    String secured = signerFor(key).sign(reductionCredential(key, "420.275"), format).value();
    var report = verifier.verify(secured);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.check("subject").orElseThrow().reason()).contains("EmissionReduction");
  }

  @Test
  void refusesToSignAReductionThatIsNotBaselineMinusProject() throws Exception {
    var key = SigningKey.generate(KeyType.ED25519);
    var result = signerFor(key).sign(reductionCredential(key, "420.276"), SecuringFormat.VC_JWT);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains("refused to sign").contains("/reduction");
  }

  @Test
  void refusesAKeyTheFormatCannotUse() throws Exception {
    var key = SigningKey.generate(KeyType.ED25519);
    var result =
        signerFor(key).sign(reductionCredential(key, "420.275"), SecuringFormat.ECDSA_RDFC_2019);
    assertThat(result.reason()).contains("cannot be signed");
    assertThat(SecuringFormat.ofLabel("vc+jwt")).contains(SecuringFormat.VC_JWT);
    assertThat(SecuringFormat.ofLabel("rsa")).isEmpty();
  }

  @Test
  void refusesToSignForAnIssuerThatDoesNotControlTheKey() throws Exception {
    var key = SigningKey.generate(KeyType.ED25519);
    var other = SigningKey.generate(KeyType.ED25519);
    var result = signerFor(other).sign(reductionCredential(key, "420.275"), SecuringFormat.VC_JWT);
    assertThat(result.reason()).contains("does not control");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "{", "not.a.jwt", "e30.e30.AAAA", "{\"type\":\"VerifiableCredential\"}"})
  void reportsMalformedInputAsFailedChecks(String input) {
    var report = verifier.verify(input);
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).isNotEmpty();
  }

  @Test
  void catchesATamperedDataIntegrityCredential() throws Exception {
    var key = SigningKey.generate(KeyType.ED25519);
    String secured =
        signerFor(key)
            .sign(reductionCredential(key, "420.275"), SecuringFormat.EDDSA_RDFC_2022)
            .value();
    String tampered = secured.replace("\"EM-0042\"", "\"EM-0043\"");
    assertThat(tampered).isNotEqualTo(secured);
    assertThat(verifier.verify(tampered).valid()).isFalse();
  }
}
