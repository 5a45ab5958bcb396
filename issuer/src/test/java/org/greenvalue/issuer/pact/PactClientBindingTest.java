package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.issuer.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A supplier binds a buyer's PACT client, which then sees its footprints; and unbinds it. */
class PactClientBindingTest extends IssuerIntegrationTest {
  @Autowired JWKSource<SecurityContext> keys;

  @Test
  void aBoundClientSeesTheOrganisationsFootprintsUntilItIsUnbound() {
    Http http = http();
    String org = orgId("binding");
    Fixtures.organisation(http, org, "key", "supplier");
    String product = "urn:pact:product-id:binding:" + UUID.randomUUID();
    String footprint = Fixtures.issueFootprint(http, org, product);
    String buyer = "bound-buyer-" + UUID.randomUUID();
    String token = Tokens.of(http, keys, buyer, "pact.read");
    String bindings = "/organisations/" + org + "/pact-clients";
    String body = "{\"clientId\":\"" + buyer + "\"}";

    assertThat(http.get("/3/footprints?productId=" + product, token).json().get("data")).isEmpty();

    Http.Reply bound = http.post(bindings, http.supplier(), body);
    assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
    assertThat(bound.json().get("boundBy").asText()).isEqualTo("supplier");
    assertThat(http.post(bindings, http.supplier(), body).status()).isEqualTo(200);
    JsonNode listed = http.get(bindings, http.supplier()).json();
    assertThat(listed.findValuesAsText("clientId")).containsExactly(buyer);
    assertThat(count("pact_client_bindings WHERE client_id = '" + buyer + "'")).isEqualTo(1);

    JsonNode data = http.get("/3/footprints?productId=" + product, token).json().get("data");
    assertThat(data.findValuesAsText("id")).contains(footprint);
    assertThat(http.get("/3/footprints/" + footprint, token).status()).isEqualTo(200);

    Http.Reply unbound =
        http.send("DELETE", bindings + "/" + buyer, http.supplier(), "application/json", "");
    assertThat(unbound.status()).as(unbound.toString()).isEqualTo(204);
    assertThat(http.get("/3/footprints?productId=" + product, token).json().get("data")).isEmpty();
    assertThat(http.get("/3/footprints/" + footprint, token).status()).isEqualTo(404);
    Http.Reply again =
        http.send("DELETE", bindings + "/" + buyer, http.supplier(), "application/json", "");
    assertThat(again.isProblem(404)).as(again.toString()).isTrue();
  }

  @Test
  void refusesAMalformedClientIdAndStoresNothing() {
    Http http = http();
    String org = orgId("binding-bad");
    Fixtures.organisation(http, org, "key", "supplier");
    long before = count("pact_client_bindings");
    for (String body :
        new String[] {
          "{}",
          "{\"clientId\":\"\"}",
          "{\"clientId\":\"with space\"}",
          "{\"clientId\":\"x\",\"org\":\"y\"}"
        }) {
      Http.Reply r = http.post("/organisations/" + org + "/pact-clients", http.supplier(), body);
      assertThat(r.isProblem(400)).as(body + " -> " + r).isTrue();
    }
    assertThat(count("pact_client_bindings")).isEqualTo(before);
  }
}
