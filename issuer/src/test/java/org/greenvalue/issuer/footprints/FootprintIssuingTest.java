package org.greenvalue.issuer.footprints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootprintIssuingTest extends IssuerIntegrationTest {
  private static String org;

  @BeforeEach
  void organisation() {
    if (org == null) {
      org = orgId("pcf");
      Fixtures.organisation(http(), org, "web", "supplier");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vc+jwt", "eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void issuesAPcfCredentialThatVerifiesThroughTheDidWebDocument(String format) {
    Http http = http();
    ObjectNode footprint = Fixtures.footprint();
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(footprint, format));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode issued = r.json();
    String secured =
        format.equals("vc+jwt")
            ? issued.get("verifiableCredential").asText()
            : issued.get("verifiableCredential").toString();
    VerificationReport report = verifier().verify(secured);
    assertThat(report.valid()).as(report.toString()).isTrue();

    String digest =
        format.equals("vc+jwt")
            ? SecuredCredentialDigests.ofCompactJws(secured).value().toString()
            : SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(secured).value())
                .value()
                .toString();
    assertThat(issued.get("digest").asText()).isEqualTo(digest);
    assertThat(issued.get("credentialStatus")).hasSize(2);
    assertThat(issued.get("credentialStatus").get(0).get("statusListCredential").asText())
        .startsWith(registry().baseUrl() + "/status-lists/revocation/");
    assertThat(
            jdbc.sql("SELECT state FROM anchor_outbox WHERE digest = ?")
                .param(digest)
                .query(String.class)
                .single())
        .isIn("QUEUED", "SUBMITTED", "ANCHORED");
    assertThat(
            jdbc.sql("SELECT count(*) FROM footprints WHERE id = ?")
                .param(footprint.get("id").asText())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void keepsEveryDecimalDigit() {
    Http http = http();
    ObjectNode footprint = Fixtures.footprint();
    ((ObjectNode) footprint.get("pcf"))
        .put("pcfExcludingBiogenicUptake", "0.100000000000000000000000000001");
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(footprint, "eddsa-jcs-2022"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.body()).contains("\"0.100000000000000000000000000001\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pcf.pcfExcludingBiogenicUptake=12.3.4",
        "pcf.pcfExcludingBiogenicUptake=#number",
        "pcf.declaredUnitAmount=abc",
        "companyName=#remove",
        "pcf=#remove",
        "productIds=#number",
        "specVersion=#number"
      })
  void refusesAMalformedFootprintAndStoresNothing(String change) {
    Http http = http();
    ObjectNode footprint = Fixtures.footprint();
    String[] parts = change.split("=", 2);
    String[] path = parts[0].split("\\.");
    ObjectNode parent = footprint;
    for (int i = 0; i < path.length - 1; i++) {
      parent = (ObjectNode) parent.get(path[i]);
    }
    String last = path[path.length - 1];
    switch (parts[1]) {
      case "#remove" -> parent.remove(last);
      case "#number" -> parent.put(last, 1.5);
      default -> parent.put(last, parts[1]);
    }
    long credentials = count("issued_credentials");
    long footprints = count("footprints");
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(footprint, "vc+jwt"));
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(credentials);
    assertThat(count("footprints")).isEqualTo(footprints);
  }

  @Test
  void refusesTheSameFootprintTwice() {
    Http http = http();
    ObjectNode footprint = Fixtures.footprint();
    String body = Fixtures.footprintRequest(footprint, "vc+jwt");
    String path = "/organisations/" + org + "/credentials/footprint";
    assertThat(http.post(path, http.supplier(), body).status()).isEqualTo(201);
    assertThat(http.post(path, http.supplier(), body).isProblem(409)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"footprint\":",
        "[]",
        "{\"footprint\":{},\"extra\":1}",
        "{\"format\":\"vc+jwt\"}",
        "{\"footprint\":\"x\"}"
      })
  void refusesMalformedRequests(String body) {
    Http http = http();
    long before = count("issued_credentials");
    Http.Reply r =
        http.post("/organisations/" + org + "/credentials/footprint", http.supplier(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  @Test
  void refusesAnUnknownFormat() {
    Http http = http();
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "rsa-2048"));
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void refusesACallerThatIsNotAMemberOrLacksTheScope() {
    Http http = http();
    String body = Fixtures.footprintRequest(Fixtures.footprint(), "vc+jwt");
    String path = "/organisations/" + org + "/credentials/footprint";
    assertThat(http.post(path, null, body).isProblem(401)).isTrue();
    assertThat(http.post(path, http.assurer(), body).isProblem(403)).isTrue();
    String other = orgId("other");
    Fixtures.organisation(http, other, "web", "someone-else");
    assertThat(
            http.post("/organisations/" + other + "/credentials/footprint", http.supplier(), body)
                .isProblem(403))
        .isTrue();
  }
}
