package org.greenvalue.issuer.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.issuer.support.PactRecipientHost;
import org.greenvalue.issuer.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer whose PACT client is bound to organisation A only, trying to read organisation B's
 * footprints (list, get by id, footprint requests) and another organisation's footprint requests.
 * B's footprints are never visible, a request for them is answered as if none existed, and reading
 * another organisation's requests is refused; nothing changes.
 */
class DishonestBuyerTest extends IssuerIntegrationTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired JWKSource<SecurityContext> keys;

  private static String a;
  private static String b;
  private static String product;
  private static String ofA;
  private static String ofB;
  private static String buyer;
  private static String readerOfB;

  @BeforeEach
  void twoSuppliers() {
    PactRecipientHost.up();
    if (a != null) {
      return;
    }
    Http http = http();
    product = "urn:pact:product-id:buyer:" + UUID.randomUUID();
    buyer = "buyer-" + UUID.randomUUID();
    readerOfB = "reader-of-b-" + UUID.randomUUID();
    a = orgId("seller-a");
    b = orgId("seller-b");
    Fixtures.organisation(http, a, "key", "supplier");
    Fixtures.organisation(http, b, "key", "supplier", readerOfB);
    ofA = Fixtures.issueFootprint(http, a, product);
    ofB = Fixtures.issueFootprint(http, b, product);
    Fixtures.bindPactClient(http, a, buyer);
  }

  private String buyerToken() {
    return Tokens.of(http(), keys, buyer, "pact.read", "pact.events");
  }

  private Map<String, Long> state() {
    return Map.of(
        "pact_client_bindings", count("pact_client_bindings"),
        "footprints", count("footprints"),
        "pact_events", count("pact_events"),
        "pact_request_replies", count("pact_request_replies"));
  }

  private static List<String> ids(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return footprintIds(r.json().get("data")).stream()
        .filter(id -> id.equals(ofA) || id.equals(ofB))
        .toList();
  }

  private static List<String> footprintIds(JsonNode footprints) {
    List<String> ids = new java.util.ArrayList<>();
    footprints.forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  @Test
  void aClientBoundToOneOrganisationNeverListsAnothersFootprints() {
    Http http = http();
    String token = buyerToken();
    Map<String, Long> before = state();

    assertThat(ids(http.get("/3/footprints?productId=" + product, token))).containsExactly(ofA);
    assertThat(ids(http.get("/3/footprints?productId=" + product + "&limit=1", token)))
        .containsExactly(ofA);
    assertThat(ids(http.get("/3/footprints?limit=1000", token))).containsExactly(ofA);
    assertThat(ids(http.get("/3/footprints?productId=" + product + "&geography=JP", token)))
        .containsExactly(ofA);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void getsAnotherOrganisationsFootprintExactlyAsAMissingOne() {
    Http http = http();
    String token = buyerToken();
    Map<String, Long> before = state();

    Http.Reply hidden = http.get("/3/footprints/" + ofB, token);
    Http.Reply missing = http.get("/3/footprints/" + UUID.randomUUID(), token);

    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
    assertThat(hidden.json().get("code").asText()).isEqualTo("NotFound");
    assertThat(hidden.body()).isEqualTo(missing.body()).doesNotContain(b);
    assertThat(hidden.header("ETag")).isNull();
    assertThat(http.get("/3/footprints/" + ofA, token).status()).isEqualTo(200);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aClientBoundToNoOrganisationSeesNothing() {
    Http http = http();
    String stranger = Tokens.of(http, keys, "stranger-" + UUID.randomUUID(), "pact.read");
    Map<String, Long> before = state();

    assertThat(ids(http.get("/3/footprints?productId=" + product, stranger))).isEmpty();
    assertThat(http.get("/3/footprints/" + ofA, stranger).status()).isEqualTo(404);
    assertThat(http.get("/3/footprints/" + ofB, stranger).status()).isEqualTo(404);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aFootprintRequestIsAnsweredFromTheClientsOrganisationsOnly() {
    Http http = http();
    String both = UUID.randomUUID().toString();
    assertThat(send(both, product).status()).isEqualTo(200);
    JsonNode answer = answer(both);
    assertThat(answer.get("type").asText()).endsWith("RequestFulfilledEvent.3");
    assertThat(footprintIds(answer.get("data").get("pfs"))).containsExactly(ofA);

    // a product only B has: answered as if there were none
    String onlyB = "urn:pact:product-id:only-b:" + UUID.randomUUID();
    Fixtures.issueFootprint(http, b, onlyB);
    String forB = UUID.randomUUID().toString();
    assertThat(send(forB, onlyB).status()).isEqualTo(200);
    JsonNode rejected = answer(forB);
    assertThat(rejected.get("type").asText()).endsWith("RequestRejectedEvent.3");
    assertThat(rejected.get("data").get("error").get("code").asText()).isEqualTo("NotFound");
    assertThat(rejected.toString()).doesNotContain(b);
  }

  @Test
  void readingAnotherOrganisationsFootprintRequestsIsRefused() {
    Http http = http();
    String request = UUID.randomUUID().toString();
    assertThat(send(request, product).status()).isEqualTo(200);
    await()
        .atMost(PATIENCE)
        .until(() -> count("pact_request_replies WHERE request_id = '" + request + "'") == 1);
    Map<String, Long> before = state();

    // the request concerns A (the buyer's only binding): A's members read it
    Http.Reply ofItsOrganisation =
        http.get("/pact/requests?organisation=" + a + "&limit=1000", http.supplier());
    assertThat(ofItsOrganisation.status()).as(ofItsOrganisation.toString()).isEqualTo(200);
    assertThat(ofItsOrganisation.json().findValuesAsText("requestId")).contains(request);

    // a member of B only: asking for A's is refused, its own list does not have it
    String reader = Tokens.of(http, keys, readerOfB, "issuer.read");
    Http.Reply asked = http.get("/pact/requests?organisation=" + a, reader);
    assertThat(asked.isProblem(403)).as(asked.toString()).isTrue();
    assertThat(asked.json().get("type").asText()).endsWith("/not-a-member");
    assertThat(asked.body()).doesNotContain(request);
    Http.Reply own = http.get("/pact/requests?limit=1000", reader);
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().findValuesAsText("requestId")).doesNotContain(request);
    assertThat(own.body()).doesNotContain(a);

    // the buyer's own reader, a member of no organisation, and the buyer's PACT token
    Http.Reply nobody =
        http.get("/pact/requests", Tokens.of(http, keys, buyer + "-reader", "issuer.read"));
    assertThat(nobody.isProblem(403)).as(nobody.toString()).isTrue();
    Http.Reply pact = http.get("/pact/requests", buyerToken());
    assertThat(pact.isProblem(403)).as(pact.toString()).isTrue();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aBuyerCannotBindItselfToAnotherOrganisation() {
    Http http = http();
    Map<String, Long> before = state();
    String body = "{\"clientId\":\"" + buyer + "\"}";
    for (String token :
        List.of(
            buyerToken(),
            Tokens.of(http, keys, buyer, "issuer.supplier", "issuer.read"),
            Tokens.of(http, keys, readerOfB, "issuer.read"))) {
      Http.Reply r = http.post("/organisations/" + b + "/pact-clients", token, body);
      assertThat(r.status()).as(r.toString()).isEqualTo(403);
    }
    // a member of B without the supplier scope cannot unbind either
    Http.Reply unbind =
        http.send(
            "DELETE",
            "/organisations/" + a + "/pact-clients/" + buyer,
            Tokens.of(http, keys, readerOfB, "issuer.read"),
            "application/json",
            "");
    assertThat(unbind.status()).as(unbind.toString()).isEqualTo(403);
    assertThat(state()).isEqualTo(before);
    assertThat(ids(http.get("/3/footprints?productId=" + product, buyerToken())))
        .containsExactly(ofA);
  }

  private Http.Reply send(String id, String productId) {
    String event =
        "{\"specversion\":\"1.0\",\"id\":\""
            + id
            + "\",\"source\":\""
            + PactRecipientHost.OPEN_SOURCE
            + "\",\"time\":\"2025-03-05T17:31:00Z\","
            + "\"type\":\"org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3\",\"data\":"
            + "{\"productId\":[\""
            + productId
            + "\"]}}";
    return http().send("POST", "/3/events", buyerToken(), "application/cloudevents+json", event);
  }

  private JsonNode answer(String requestId) {
    await().atMost(PATIENCE).until(() -> !PactRecipientHost.up().answersTo(requestId).isEmpty());
    return PactRecipientHost.up().answersTo(requestId).get(0);
  }
}
