package org.greenvalue.issuer.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key types chosen at creation (issue 13, ECDSA coverage): a did:key organisation with ECDSA. */
class OrganisationKeyTypesTest extends IssuerIntegrationTest {

  private JsonNode create(String org, String didMethod, String keyTypes) {
    Http http = http();
    String body =
        "{\"id\":\"%s\",\"name\":\"Org\",\"didMethod\":\"%s\",\"clients\":[\"supplier\"],\"keyTypes\":%s}"
            .formatted(org, didMethod, keyTypes);
    Http.Reply r = http.post("/organisations", http.admin(), body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    RegistryProcess.get()
        .admin()
        .ensureOrganisation(org, List.of(r.json().get("did").asText()), "writer");
    return r.json();
  }

  private Http.Reply issue(String did, String options) {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    credential.putArray("type").add("VerifiableCredential");
    credential.put("issuer", did);
    credential.putObject("credentialSubject").put("id", "did:example:subject");
    Http http = http();
    return http.post(
        "/credentials/issue",
        http.supplier(),
        "{\"credential\":" + credential + ",\"options\":" + options + "}");
  }

  @Test
  void aDidKeyOrganisationWithAP256KeySignsEcdsaRdfc2019AndEs256() {
    String org = orgId("p256-key");
    JsonNode created = create(org, "key", "[\"P256\"]");
    String did = created.get("did").asText();
    assertThat(did).startsWith("did:key:zDn");
    assertThat(created.get("keys")).hasSize(1);
    assertThat(created.get("keys").get(0).get("type").asText()).isEqualTo("P256");

    Http.Reply di = issue(did, "{\"format\":\"ecdsa-rdfc-2019\"}");
    assertThat(di.status()).as(di.toString()).isEqualTo(201);
    JsonNode vc = di.json().get("verifiableCredential");
    assertThat(vc.get("proof").get("verificationMethod").asText()).startsWith(did + "#zDn");
    VerificationReport report = verifier().verify(vc.toString());
    assertThat(report.valid()).as(report.toString()).isTrue();

    Http.Reply jwt = issue(did, "{\"format\":\"vc+jwt\"}");
    assertThat(jwt.status()).as(jwt.toString()).isEqualTo(201);
    String token =
        jwt.json()
            .get("verifiableCredential")
            .get("id")
            .asText()
            .substring("data:application/vc+jwt,".length());
    VerificationReport jose = verifier().verify(token);
    assertThat(jose.valid()).as(jose.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\":\"eddsa-rdfc-2022\"}",
        "{\"format\":\"eddsa-jcs-2022\"}",
        "{\"format\":\"vc+jwt\",\"keyType\":\"ED25519\"}",
        "{\"format\":\"ecdsa-rdfc-2019\",\"keyType\":\"ED25519\"}"
      })
  void aSuiteTheOrganisationsKeysCannotSignIs422AndNothingIsStored(String options) {
    String org = orgId("p256-only");
    String did = create(org, "key", "[\"P256\"]").get("did").asText();
    long issued = count("issued_credentials");
    long outbox = count("anchor_outbox");
    Http.Reply r = issue(did, options);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @Test
  void aDidWebOrganisationCanHoldOnlyAP256Key() {
    String org = orgId("web-p256");
    JsonNode created = create(org, "web", "[\"P256\"]");
    assertThat(created.get("keys")).hasSize(1);
    Http.Reply r = issue(created.get("did").asText(), "{\"format\":\"eddsa-rdfc-2022\"}");
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"didMethod\":\"key\",\"keyTypes\":[\"ED25519\",\"P256\"]",
        "\"keyTypes\":[\"P256\",\"P256\"]",
        "\"keyTypes\":[\"RSA\"]",
        "\"keyTypes\":[]",
        "\"keyTypes\":[null]",
        "\"keyTypes\":\"P256\""
      })
  void refusesKeyTypesThatCannotBeHeldAndStoresNothing(String members) {
    Http http = http();
    long orgs = count("organisations");
    long keys = count("organisation_keys");
    String body =
        "{\"id\":\"%s\",\"name\":\"x\",\"clients\":[\"a\"],%s}".formatted(orgId("bad"), members);
    Http.Reply r = http.post("/organisations", http.admin(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("organisations")).isEqualTo(orgs);
    assertThat(count("organisation_keys")).isEqualTo(keys);
  }
}
