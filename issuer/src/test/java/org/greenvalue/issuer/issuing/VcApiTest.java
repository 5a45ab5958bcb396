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

/** VC-API issuing, and revocation and suspension through the registry's status lists. */
class VcApiTest extends IssuerIntegrationTest {
  private static String org;
  private static String did;

  @BeforeEach
  void organisation() {
    if (org == null) {
      org = orgId("vcapi");
      did = Fixtures.organisation(http(), org, "web", "supplier").get("did").asText();
    }
  }

  private ObjectNode credential() {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
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
        "{\"credential\":" + credential + (options == null ? "" : ",\"options\":" + options) + "}");
  }

  @Test
  void issuesAnEnvelopedVcJwtAndADataIntegrityCredential() {
    Http.Reply jwt = issue(credential(), "{\"format\":\"vc+jwt\",\"keyType\":\"P256\"}");
    assertThat(jwt.status()).as(jwt.toString()).isEqualTo(201);
    JsonNode enveloped = jwt.json().get("verifiableCredential");
    assertThat(enveloped.get("type").asText()).isEqualTo("EnvelopedVerifiableCredential");
    String token = enveloped.get("id").asText().substring("data:application/vc+jwt,".length());
    VerificationReport report = verifier().verify(token);
    assertThat(report.valid()).as(report.toString()).isTrue();

    Http.Reply di = issue(credential(), "{\"format\":\"ecdsa-rdfc-2019\"}");
    assertThat(di.status()).as(di.toString()).isEqualTo(201);
    JsonNode vc = di.json().get("verifiableCredential");
    assertThat(vc.get("proof").get("cryptosuite").asText()).isEqualTo("ecdsa-rdfc-2019");
    assertThat(vc.get("credentialStatus")).hasSize(2);
    assertThat(verifier().verify(vc.toString()).valid()).isTrue();
    String location = di.header("Location");
    assertThat(location).isEqualTo("/credentials/" + vc.get("id").asText().replace(":", "%3A"));
    Http.Reply stored = http().get(location, http().supplier());
    assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"credential\":[]}",
        "{\"credential\":{},\"options\":{\"proofType\":\"x\"}}",
        "{\"credential\":{\"issuer\":\"did:web:x\"},\"options\":{\"format\":\"none\"}}",
        "not json"
      })
  void malformedRequestsAre400(String body) {
    Http http = http();
    long before = count("issued_credentials");
    Http.Reply r = http.post("/credentials/issue", http.supplier(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  /** VC Data Model 2.0 §4.4 Identifiers: if present, id MUST be a single URL; never replaced. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "null",
        "[\"urn:uuid:6a1b7c8e-3d1f-4f7a-9c2e-1b2c3d4e5f60\"]",
        "[]",
        "42",
        "{\"id\":\"urn:uuid:6a1b7c8e-3d1f-4f7a-9c2e-1b2c3d4e5f60\"}",
        "true",
        "\"\"",
        "\"not a url\"",
        "\"credential-1\"",
        "\" https://example.com/c/1\""
      })
  void vcDataModel_identifiers_idThatIsNotASingleUrlIs422AndNothingIsStored(String id)
      throws Exception {
    long issued = count("issued_credentials");
    long outbox = count("anchor_outbox");
    ObjectNode credential = credential();
    credential.set("id", Fixtures.JSON.readTree(id));

    Http.Reply r = issue(credential, null);

    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/invalid-credential-id");
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @Test
  void vcDataModel_identifiers_aGivenUrlIdIsKept() {
    ObjectNode credential = credential().put("id", "https://issuer.example/credentials/vcapi-1");

    Http.Reply r = issue(credential, "{\"format\":\"ecdsa-rdfc-2019\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("verifiableCredential").get("id").asText())
        .isEqualTo("https://issuer.example/credentials/vcapi-1");
  }

  @Test
  void credentialsThatCannotBeIssuedAre422() {
    long before = count("issued_credentials");
    ObjectNode unknownIssuer = credential().put("issuer", "did:web:elsewhere.example");
    assertThat(issue(unknownIssuer, null).isProblem(422)).isTrue();
    ObjectNode withStatus = credential();
    withStatus.putObject("credentialStatus").put("type", "BitstringStatusListEntry");
    assertThat(issue(withStatus, null).isProblem(422)).isTrue();
    ObjectNode noContext = credential();
    noContext.remove("@context");
    Http.Reply shape = issue(noContext, null);
    assertThat(shape.isProblem(422)).as(shape.toString()).isTrue();
    ObjectNode brokenReduction = credential();
    brokenReduction.putArray("type").add("VerifiableCredential").add("EmissionReductionCredential");
    brokenReduction.set(
        "credentialSubject", Fixtures.reduction("sha256:" + "1".repeat(64), "2".repeat(64)));
    assertThat(issue(brokenReduction, null).isProblem(422)).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  @Test
  void revokesAndSuspendsThroughTheRegistry() {
    Http http = http();
    Http.Reply issued = issue(credential(), null);
    JsonNode vc = issued.json().get("verifiableCredential");
    String token = vc.get("id").asText().substring("data:application/vc+jwt,".length());
    String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    String id = Fixtures.JSON.valueToTree(readTree(payload)).get("id").asText();

    Http.Reply suspend =
        http.post(
            "/credentials/" + id + "/status",
            http.supplier(),
            "{\"purpose\":\"suspension\",\"set\":true}");
    assertThat(suspend.status()).as(suspend.toString()).isEqualTo(200);
    assertThat(suspend.json().get("suspended").asBoolean()).isTrue();
    Http.Reply lift =
        http.post(
            "/credentials/" + id + "/status",
            http.supplier(),
            "{\"purpose\":\"suspension\",\"set\":false}");
    assertThat(lift.json().get("suspended").asBoolean()).isFalse();
    Http.Reply revoke =
        http.post(
            "/credentials/" + id + "/status",
            http.supplier(),
            "{\"purpose\":\"revocation\",\"set\":true,\"reason\":\"superseded\"}");
    assertThat(revoke.json().get("revoked").asBoolean()).isTrue();
    Http.Reply unrevoke =
        http.post(
            "/credentials/" + id + "/status",
            http.supplier(),
            "{\"purpose\":\"revocation\",\"set\":false}");
    assertThat(unrevoke.isProblem(409)).as(unrevoke.toString()).isTrue();

    Http.Reply read = http.get("/credentials/" + id, http.supplier());
    assertThat(read.json().get("revoked").asBoolean()).isTrue();
    assertThat(read.json().get("anchoring").asText()).isIn("QUEUED", "SUBMITTED", "ANCHORED");

    assertThat(
            http.post(
                    "/credentials/urn:uuid:none/status",
                    http.supplier(),
                    "{\"purpose\":\"revocation\",\"set\":true}")
                .isProblem(404))
        .isTrue();
    assertThat(
            http.post(
                    "/credentials/" + id + "/status",
                    http.supplier(),
                    "{\"purpose\":\"other\",\"set\":true}")
                .isProblem(400))
        .isTrue();
  }

  private static JsonNode readTree(String json) {
    try {
      return Fixtures.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
