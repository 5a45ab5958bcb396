package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Fixtures.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedProofTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"\"",
        "\"abc\"",
        "\"z\"",
        "\"z0OIl\"",
        "\"uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"",
        "\"z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq\"",
        "42",
        "null",
        "[\"z2YwC8\"]"
      })
  void failsAMalformedProofValueWithoutThrowing(String proofValue) {
    for (String suite : new String[] {"eddsa-rdfc-2022", "ecdsa-rdfc-2019"}) {
      JsonValue value = JsonDocuments.parseObject("{\"v\":" + proofValue + "}").value().get("v");
      var tampered =
          withProof(sign(suite, footprintCredential()), p -> with(p, "proofValue", value));
      var report = verifier().verify(tampered);
      assertThat(report.failures()).extracting(Check::name).contains("proof[0].proofValue");
      assertThat(report.check("proof[0].signature").orElseThrow().outcome())
          .isEqualTo(Check.Outcome.SKIPPED);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"proof\":\"z123\"}",
        "{\"proof\":[1,2]}",
        "{\"proof\":{}}",
        "{\"proof\":[]}",
        "{\"proof\":{\"type\":5,\"cryptosuite\":[],\"created\":\"yesterday\",\"expires\":1,"
            + "\"verificationMethod\":{},\"proofPurpose\":null,\"previousProof\":7}}",
        "{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"proof\":{\"type\":\"DataIntegrityProof\","
            + "\"cryptosuite\":\"eddsa-rdfc-2022\",\"verificationMethod\":\"did:key:z6Mk\"}}",
        "{\"id\":\"urn:x\"}"
      })
  void reportsHostileProofsAsFailedChecks(String document) {
    var report = verifier().verify(JsonDocuments.parseObject(document).value());
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).isNotEmpty();
  }

  @Test
  void failsTheSignatureWhenATermAddedAfterSigningIsUndefined() {
    JsonObject secured = sign("eddsa-rdfc-2022", footprintCredential());
    var context = Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2").build();
    var report = verifier().verify(with(secured, "@context", context));
    assertThat(report.check("proof[0].signature").orElseThrow().reason())
        .contains("undefined property 'productIds'");
  }

  @Test
  void failsAJcsProofWhoseContextIsNotAPrefixOfTheDocuments() {
    JsonObject secured = sign("eddsa-jcs-2022", footprintCredential());
    var other =
        Json.createArrayBuilder().add("https://w3id.org/security/data-integrity/v2").build();
    var report = verifier().verify(withProof(secured, p -> with(p, "@context", other)));
    assertThat(report.failures()).extracting(Check::name).contains("proof[0].context");
  }

  @Test
  void failsAnRdfcProofStatingAnotherContext() {
    JsonObject secured = sign("eddsa-rdfc-2022", footprintCredential());
    var other = Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2").build();
    var report = verifier().verify(withProof(secured, p -> with(p, "@context", other)));
    assertThat(report.failures()).extracting(Check::name).containsExactly("proof[0].context");
  }

  @Test
  void reportsANullDocument() {
    assertThat(verifier().verify((JsonObject) null).valid()).isFalse();
  }
}
