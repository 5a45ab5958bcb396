package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VC-API issue of VC Data Model 1.1 credentials, asked for by the request's {@code @context}. */
class VcApiDataModel11Test extends IssuerIntegrationTest {
  private static String org;
  private static String did;

  @BeforeEach
  void organisation() {
    if (org == null) {
      org = orgId("vc11");
      did = Fixtures.organisation(http(), org, "web", "supplier").get("did").asText();
    }
  }

  private ObjectNode credential(String... contexts) {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    var array = credential.putArray("@context");
    for (String context : contexts) {
      array.add(context);
    }
    credential.putArray("type").add("VerifiableCredential");
    credential.put("issuer", did);
    credential.putObject("credentialSubject").put("id", "did:example:subject");
    return credential;
  }

  private Http.Reply issue(ObjectNode credential, String options) {
    Http http = http();
    return http.post(
        "/credentials/issue",
        http.supplier(),
        "{\"credential\":" + credential + ",\"options\":" + options + "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "ecdsa-rdfc-2019"})
  void vcDataModel11_issuanceDate_aV1ContextIsIssuedAsA11CredentialThatVerifies(String suite) {
    Http.Reply r =
        issue(
            credential("https://www.w3.org/2018/credentials/v1"), "{\"format\":\"" + suite + "\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode vc = r.json().get("verifiableCredential");
    assertThat(vc.get("@context").get(0).asText())
        .isEqualTo("https://www.w3.org/2018/credentials/v1");
    assertThat(vc.get("@context").toString())
        .contains("https://w3id.org/security/data-integrity/v2")
        .doesNotContain("https://www.w3.org/ns/credentials/v2");
    assertThat(vc.hasNonNull("issuanceDate")).isTrue();
    assertThat(vc.has("validFrom")).isFalse();
    assertThat(vc.get("proof").get("cryptosuite").asText()).isEqualTo(suite);
    VerificationReport report = verifier().verify(vc.toString());
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.check("vc.issuanceDate").orElseThrow().outcome().name()).isEqualTo("PASSED");
  }

  @Test
  void vcDataModel11_vcJwtCannotCarryA11CredentialIs422AndNothingIsStored() {
    long issued = count("issued_credentials");
    long outbox = count("anchor_outbox");

    Http.Reply r =
        issue(
            credential("https://www.w3.org/2018/credentials/v1"),
            "{\"format\":\"vc+jwt\",\"keyType\":\"P256\"}");

    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/vc-jwt-needs-2.0");
    assertThat(r.json().get("detail").asText()).contains("2.0");
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1-then-v2", "v2-then-v1"})
  void vcDataModel11_contexts_mixingTheV1AndV2BaseContextsIs422AndNothingIsStored(String order) {
    long issued = count("issued_credentials");
    long outbox = count("anchor_outbox");
    ObjectNode credential =
        order.equals("v1-then-v2")
            ? credential(
                "https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/v2")
            : credential(
                "https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1");

    Http.Reply r = issue(credential, "{\"format\":\"eddsa-rdfc-2022\"}");

    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("detail").asText()).contains("mixes");
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }
}
