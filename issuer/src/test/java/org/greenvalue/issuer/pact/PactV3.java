package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;

/** What the PACT v3 conformance tests share: a data recipient's token and PACT error checks. */
final class PactV3 {
  static final String CLOUDEVENTS = "application/cloudevents+json; charset=UTF-8";

  private PactV3() {}

  /**
   * An access token of {@code pact-client} (pact.read and pact.events), from Action Authenticate.
   */
  static String token(Http http) {
    Http.Reply r = http.tokenRequest("/auth/token", "pact-client", "pact-secret", "");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("access_token").asText();
  }

  /** Issues {@code footprint} for {@code org} (vc+jwt) and returns its id. */
  static String issue(Http http, String org, ObjectNode footprint) {
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(footprint, "vc+jwt"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return footprint.get("id").asText();
  }

  /** The ids of the footprints of a 200 ListFootprints answer, in order. */
  static List<String> ids(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode footprint : r.json().get("data")) {
      ids.add(footprint.get("id").asText());
    }
    return ids;
  }

  /** A PACT error response (section "Error Handling"): {@code {code, message}} as JSON. */
  static void assertPactError(Http.Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.get("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.size()).as("only code and message: " + r).isEqualTo(2);
  }
}
