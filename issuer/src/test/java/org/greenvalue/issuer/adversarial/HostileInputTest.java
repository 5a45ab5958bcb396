package org.greenvalue.issuer.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients with valid tokens sending NUL characters (which no text column can hold) or members named
 * twice: a 400 problem document, and nothing stored.
 */
class HostileInputTest extends IssuerIntegrationTest {

  @Test
  void aPackFileNameWithANulIsA400AndNoPackIsStored() {
    Http http = http();
    String org = orgId("nul-pack");
    Fixtures.organisation(http, org, "key", "supplier");
    long before = count("evidence_packs");

    Http.Reply r =
        http.upload(
            "/organisations/" + org + "/packs",
            http.supplier(),
            List.of(new Http.FilePart("meter\u0000.csv", "text/csv", "a,b\n1,2\n".getBytes())));

    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/unreadable-body");
    assertThat(count("evidence_packs")).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/3/footprints?$filter=productIds/any(p:p%20eq%20'urn:x%00')",
        "/3/footprints?productId=urn:x%00",
        "/3/footprints/abc%00"
      })
  void aPactQueryWithANulIsA400Problem(String path) {
    Http http = http();
    Http.Reply token = http.tokenRequest("/auth/token", "pact-client", "pact-secret", "");
    assertThat(token.status()).as(token.toString()).isEqualTo(200);

    Http.Reply r = http.get(path, token.json().get("access_token").asText());

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"%s\",\"id\":\"%s-other\",\"name\":\"Org\",\"didMethod\":\"key\",\"clients\":[]}",
        "{\"id\":\"%s\",\"name\":\"Org\\u0000%s\",\"didMethod\":\"key\",\"clients\":[]}"
      })
  void anOrganisationNamingAMemberTwiceOrCarryingNulIsRefused(String template) {
    Http http = http();
    String id = orgId("hostile");
    long before = count("organisations");

    Http.Reply r = http.post("/organisations", http.admin(), template.formatted(id, id));

    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("organisations")).isEqualTo(before);
  }
}
