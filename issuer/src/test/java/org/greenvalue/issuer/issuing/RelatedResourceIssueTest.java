package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VC-API issue of credentials with {@code relatedResource} (VC DM 2.0 §5.3). */
class RelatedResourceIssueTest extends IssuerIntegrationTest {
  private static final String SRI = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  private static String did;

  @BeforeEach
  void organisation() {
    if (did == null) {
      did = Fixtures.organisation(http(), orgId("related"), "web", "supplier").get("did").asText();
    }
  }

  private Http.Reply issue(String relatedResource) throws Exception {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    credential.putArray("type").add("VerifiableCredential");
    credential.put("issuer", did);
    credential.putObject("credentialSubject").put("id", "did:example:subject");
    credential.set("relatedResource", Fixtures.JSON.readTree(relatedResource));
    Http http = http();
    return http.post(
        "/credentials/issue",
        http.supplier(),
        "{\"credential\":" + credential + ",\"options\":{\"format\":\"eddsa-rdfc-2022\"}}");
  }

  @Test
  void vcdm2_5_3_issuesAWellFormedRelatedResource() throws Exception {
    Http.Reply r = issue("[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\"" + SRI + "\"}]");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode vc = r.json().get("verifiableCredential");
    assertThat(vc.get("relatedResource").get(0).get("digestSRI").asText()).isEqualTo(SRI);
    assertThat(verifier().verify(vc.toString()).valid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[\"https://packs.example/p/1\"]",
        "[{\"digestSRI\":\"" + SRI + "\"}]",
        "[{\"id\":\"https://packs.example/p/1\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\"sha1-AAAA\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestMultibase\":\"uAAAA\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\""
            + SRI
            + "\"},"
            + "{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\""
            + SRI
            + "\"}]"
      })
  void vcdm2_5_3_refusesAMalformedRelatedResourceAndStoresNothing(String relatedResource)
      throws Exception {
    long issued = count("issued_credentials");
    long claims = count("status_entry_claims");
    Http.Reply r = issue(relatedResource);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("detail").asText()).contains("vc.relatedResource");
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("status_entry_claims")).isEqualTo(claims);
  }
}
