package org.greenvalue.credentials.subject;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.junit.jupiter.api.Test;

class SubjectRulesTest {

  private static final String REDUCTION =
      """
      {"type":"EmissionReduction","projectId":"urn:p","facilityId":"urn:f","methodology":"ISO 14064-2",
       "baselineEmissions":"100.5","projectEmissions":"40.25","reduction":"%s","unit":"tCO2e",
       "monitoringPeriod":{"start":"2024-01-01T00:00:00Z","end":"2025-01-01T00:00:00Z"},
       "measurementSources":[{"sourceType":"metered","meterId":"M-1","description":"gas meter"}],
       "evidencePack":{"manifestDigest":"sha256:%s","merkleRoot":"%s"}}
      """;

  private static VerifiableCredential credential(String type, JsonObject subject) {
    return VerifiableCredential.of(
        Json.createObjectBuilder()
            .add(
                "@context",
                Json.createArrayBuilder().add(GreenValueContext.VC_V2).add(GreenValueContext.V1))
            .add("type", Json.createArrayBuilder().add("VerifiableCredential").add(type))
            .add("issuer", "did:example:issuer")
            .add("credentialSubject", subject)
            .build());
  }

  private static JsonObject reduction(String value) {
    return JsonDocuments.parseObject(REDUCTION.formatted(value, "a".repeat(64), "b".repeat(64)))
        .value();
  }

  @Test
  void passesAReductionThatIsBaselineMinusProject() {
    var report = SubjectRules.check(credential("EmissionReductionCredential", reduction("60.25")));
    assertThat(report.valid()).as(report.toString()).isTrue();
  }

  @Test
  void failsAReductionThatIsNotBaselineMinusProject() {
    var report = SubjectRules.check(credential("EmissionReductionCredential", reduction("60.26")));
    assertThat(report.valid()).isFalse();
    assertThat(report.check("subject").orElseThrow().reason()).contains("/reduction");
  }

  @Test
  void skipsCredentialsOfOtherKindsAndRefusesTwoKindsAtOnce() {
    var other =
        credential("ExampleCredential", Json.createObjectBuilder().add("id", "urn:x").build());
    assertThat(SubjectRules.check(other).checks())
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).contains("not a Green Value"));
    var both =
        VerifiableCredential.of(
            Json.createObjectBuilder(
                    credential("EmissionReductionCredential", reduction("60.25")).json())
                .add(
                    "type",
                    Json.createArrayBuilder()
                        .add("VerifiableCredential")
                        .add("EmissionReductionCredential")
                        .add("AssuranceCredential"))
                .build());
    assertThat(SubjectRules.check(both).valid()).isFalse();
  }
}
