package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Fixtures.*;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataIntegrityRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void signsAndVerifiesACarbonFootprintCredential(String name) {
    JsonObject secured = sign(name, footprintCredential(name));
    JsonObject proof = secured.getJsonObject("proof");
    assertThat(proof.getString("cryptosuite")).isEqualTo(name);
    assertThat(proof.getString("created")).isEqualTo("2025-06-01T12:00:00Z");
    assertThat(proof.getString("proofValue")).startsWith("z");
    assertThat(proof.containsKey("@context")).isEqualTo(name.contains("jcs"));

    var report = verifier().verify(secured);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.checks())
        .extracting(Check::name)
        .contains(
            "proof",
            "proof[0].type",
            "proof[0].cryptosuite",
            "proof[0].context",
            "proof[0].purpose",
            "proof[0].created",
            "proof[0].expires",
            "proof[0].verificationMethod",
            "proof[0].proofValue",
            "proof[0].signature",
            "proof.chain");
  }

  @Test
  void refusesToSignWithAKeyOfAnotherType() {
    var result =
        DataIntegrity.signer(
            suite("ecdsa-rdfc-2019"), ED25519, ProofOptions.assertion(methodOf(ED25519)));
    assertThat(result.reason()).contains("ecdsa-rdfc-2019").contains("ED25519");
  }

  @Test
  void refusesToSignADocumentWithAnUndefinedTerm() {
    var document =
        with(
            footprintCredential(),
            "@context",
            jakarta.json.Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .build());
    var result =
        signer(suite("eddsa-rdfc-2022"), ProofOptions.assertion(methodOf(ED25519))).sign(document);
    assertThat(result.reason()).contains("undefined property 'productIds'");
  }

  @Test
  void signsPlainJsonWithJcsButNotWithRdfc() {
    var plain =
        org.greenvalue.credentials.json.JsonDocuments.parseObject(
                "{\"a\":1,\"issuer\":\"" + didOf(ED25519) + "\"}")
            .value();
    var options = ProofOptions.assertion(methodOf(ED25519));
    JsonObject secured = signer(suite("eddsa-jcs-2022"), options).sign(plain).value();
    assertThat(verifier().verify(secured).valid()).isTrue();
    assertThat(signer(suite("eddsa-rdfc-2022"), options).sign(plain).reason()).contains("@context");
  }

  @Test
  void writesEveryProofOptionAndVerifiesDomainAndChallenge() {
    SigningKey key = SigningKey.generate(KeyType.ED25519);
    var options =
        ProofOptions.builder(methodOf(key))
            .purpose(VerificationRelationship.AUTHENTICATION)
            .created(Instant.parse("2025-06-01T11:00:00.5Z"))
            .expires(Instant.parse("2025-07-01T00:00:00Z"))
            .domain("https://verifier.example")
            .challenge("c-123")
            .id("urn:uuid:proof-1")
            .build();
    var secured =
        DataIntegrity.signer(suite("eddsa-rdfc-2022"), key, options, CLOCK)
            .value()
            .sign(footprintCredential())
            .value();
    JsonObject proof = secured.getJsonObject("proof");
    assertThat(proof.getString("created")).isEqualTo("2025-06-01T11:00:00.500Z");
    assertThat(proof.getString("id")).isEqualTo("urn:uuid:proof-1");

    var ok =
        verifier()
            .verify(secured, ProofExpectations.authentication("https://verifier.example", "c-123"));
    assertThat(ok.valid()).as(ok.toString()).isTrue();
    assertThat(ok.check("proof[0].expires").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);

    var wrong =
        verifier()
            .verify(secured, ProofExpectations.authentication("https://other.example", "c-999"));
    assertThat(wrong.failures())
        .extracting(Check::name)
        .containsExactlyInAnyOrder("proof[0].domain", "proof[0].challenge");

    var asAssertion = verifier().verify(secured);
    assertThat(asAssertion.failures()).extracting(Check::name).contains("proof[0].purpose");
    assertThat(asAssertion.check("proof[0].domain").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.SKIPPED);
  }

  @Test
  void failsAnExpiredProofAndOneCreatedInTheFuture() {
    var expired =
        signer(
                suite("eddsa-jcs-2022"),
                ProofOptions.builder(methodOf(ED25519))
                    .created(Instant.parse("2024-01-01T00:00:00Z"))
                    .expires(Instant.parse("2025-01-01T00:00:00Z"))
                    .build())
            .sign(footprintCredential())
            .value();
    assertThat(verifier().verify(expired).failures())
        .extracting(Check::name)
        .containsExactly("proof[0].expires");

    var future =
        signer(
                suite("eddsa-jcs-2022"),
                ProofOptions.builder(methodOf(ED25519))
                    .created(Instant.parse("2025-06-02T00:00:00Z"))
                    .build())
            .sign(footprintCredential())
            .value();
    assertThat(verifier().verify(future).failures())
        .extracting(Check::name)
        .containsExactly("proof[0].created");
  }
}
