package org.greenvalue.issuer.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationsTest extends IssuerIntegrationTest {

  @Test
  void servesADidWebDocumentWithBothKeysAndKeepsARotatedKey() {
    Http http = http();
    String org = orgId("rotating");
    JsonNode created = Fixtures.organisation(http, org, "web", "supplier");
    String did = created.get("did").asText();
    assertThat(did).isEqualTo("did:web:localhost%3A" + PORT + ":" + org);
    assertThat(created.get("keys")).hasSize(2);
    assertThat(created.toString()).doesNotContain("secret");

    Http.Reply before =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "eddsa-rdfc-2022"));
    assertThat(before.status()).isEqualTo(201);

    Http.Reply rotated =
        http.post(
            "/organisations/" + org + "/keys/rotation", http.admin(), "{\"type\":\"ED25519\"}");
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);

    Http.Reply document = http.get("/" + org + "/did.json", null);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.header("Content-Type")).startsWith("application/did+json");
    List<String> methods = new ArrayList<>();
    document.json().get("verificationMethod").forEach(m -> methods.add(m.get("id").asText()));
    assertThat(methods).hasSize(3).contains(rotated.json().get("id").asText());
    assertThat(document.json().get("assertionMethod")).hasSize(3);

    assertThat(verifier().verify(before.json().get("verifiableCredential").toString()).valid())
        .isTrue();
    Http.Reply after =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "eddsa-rdfc-2022"));
    JsonNode proof = after.json().get("verifiableCredential").get("proof");
    assertThat(proof.get("verificationMethod").asText())
        .isEqualTo(rotated.json().get("id").asText());
    assertThat(verifier().verify(after.json().get("verifiableCredential").toString()).valid())
        .isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM organisation_keys WHERE org_id = ? AND active")
                .param(org)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void sealsPrivateKeysAtRest() {
    Http http = http();
    String org = orgId("sealed");
    Fixtures.organisation(http, org, "web", "supplier");
    List<byte[]> sealed =
        jdbc.sql("SELECT sealed_secret FROM organisation_keys WHERE org_id = ?")
            .param(org)
            .query(byte[].class)
            .list();
    assertThat(sealed).hasSize(2).allSatisfy(s -> assertThat(s.length).isGreaterThan(32 + 12));
  }

  @Test
  void aDidKeyOrganisationHasOneKeyAndNoRotation() {
    Http http = http();
    String org = orgId("keyed");
    JsonNode created = Fixtures.organisation(http, org, "key", "supplier");
    assertThat(created.get("did").asText()).startsWith("did:key:z6Mk");
    assertThat(created.get("keys")).hasSize(1);
    assertThat(
            http.post(
                    "/organisations/" + org + "/keys/rotation",
                    http.admin(),
                    "{\"type\":\"ED25519\"}")
                .isProblem(409))
        .isTrue();
    Http.Reply p256 =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "ecdsa-rdfc-2019"));
    assertThat(p256.isProblem(422)).as(p256.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"Bad Id\",\"name\":\"x\",\"clients\":[\"a\"]}",
        "{\"id\":\"ok\",\"name\":\"\",\"clients\":[\"a\"]}",
        "{\"id\":\"ok\",\"name\":\"x\",\"clients\":[]}",
        "{\"id\":\"ok\",\"name\":\"x\",\"clients\":[\"a\"],\"didMethod\":\"ion\"}",
        "{\"id\":\"ok\",\"name\":\"x\",\"clients\":[\"a\"],\"extra\":1}"
      })
  void refusesInvalidOrganisations(String body) {
    Http http = http();
    long before = count("organisations");
    assertThat(http.post("/organisations", http.admin(), body).isProblem(400)).isTrue();
    assertThat(count("organisations")).isEqualTo(before);
  }

  @Test
  void onlyTheAdminCreatesAndIdsAreUnique() {
    Http http = http();
    String org = orgId("unique");
    String body = "{\"id\":\"" + org + "\",\"name\":\"x\",\"clients\":[\"supplier\"]}";
    assertThat(http.post("/organisations", http.supplier(), body).isProblem(403)).isTrue();
    assertThat(http.post("/organisations", http.admin(), body).status()).isEqualTo(201);
    assertThat(http.post("/organisations", http.admin(), body).isProblem(409)).isTrue();
    assertThat(http.get("/organisations/" + org, http.supplier()).status()).isEqualTo(200);
    assertThat(http.get("/organisations/nobody", http.supplier()).isProblem(404)).isTrue();
    assertThat(http.get("/nobody/did.json", null).isProblem(404)).isTrue();
  }

  @Test
  void servesHealthOpenApiAndMetrics() {
    Http http = http();
    Http.Reply health = http.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().has("components"))
        .as("details for authenticated callers only")
        .isFalse();
    Http.Reply detailed = http.get("/actuator/health", http.admin());
    assertThat(detailed.json().get("components").has("registry")).isTrue();
    Http.Reply api = http.get("/v3/api-docs", null);
    assertThat(api.json().get("paths").has("/credentials/issue")).isTrue();
    assertThat(api.json().get("paths").has("/3/footprints")).isTrue();
    assertThat(http.get("/actuator/metrics", http.supplier()).status()).isEqualTo(200);
    assertThat(http.get("/actuator/metrics", null).isProblem(401)).isTrue();
  }
}
