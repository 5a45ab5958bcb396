package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.issuer.support.PactRecipientHost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answering PACT RequestCreatedEvents: the reply goes to the recipient's own PACT host (a real HTTP
 * server here) with a token from its /auth/token, through the outbox, retried while the host is
 * down.
 */
class PactRequestAnswerTest extends IssuerIntegrationTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String PRODUCT = "urn:pact:product-id:answer:" + UUID.randomUUID();
  private static final String OTHER_PRODUCT = "urn:pact:product-id:other:" + UUID.randomUUID();
  private static String footprintId;

  @BeforeEach
  void footprints() {
    PactRecipientHost.up();
    if (footprintId == null) {
      Http http = http();
      Fixtures.organisation(http, PactRecipientHost.ALLOWED_ORG, "web", "supplier");
      Fixtures.bindPactClient(http, PactRecipientHost.ALLOWED_ORG, "pact-client");
      footprintId = issue(PactRecipientHost.ALLOWED_ORG, PRODUCT);
      String other = orgId("pact-other");
      Fixtures.organisation(http, other, "web", "supplier");
      Fixtures.bindPactClient(http, other, "pact-client");
      issue(other, OTHER_PRODUCT);
    }
  }

  private String issue(String org, String product) {
    return Fixtures.issueFootprint(http(), org, product);
  }

  private String pactToken() {
    return http()
        .tokenRequest("/auth/token", "pact-client", "pact-secret", "")
        .json()
        .get("access_token")
        .asText();
  }

  private static String request(String id, String source, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\""
        + id
        + "\",\"source\":\""
        + source
        + "\",\"time\":\"2025-03-05T17:31:00Z\","
        + "\"type\":\"org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3\",\"data\":"
        + data
        + "}";
  }

  private Http.Reply send(String event) {
    return http().send("POST", "/3/events", pactToken(), "application/cloudevents+json", event);
  }

  private static String productRequest(String product) {
    return "{\"productId\":[\"" + product + "\"],\"comment\":\"please send the PCF\"}";
  }

  private JsonNode answer(String requestId) {
    await().atMost(PATIENCE).until(() -> !PactRecipientHost.up().answersTo(requestId).isEmpty());
    return PactRecipientHost.up().answersTo(requestId).get(0);
  }

  private String state(String requestId) {
    return jdbc.sql("SELECT state FROM pact_request_replies WHERE request_id = ?")
        .param(requestId)
        .query(String.class)
        .optional()
        .orElse("NONE");
  }

  @Test
  void fulfilsARequestWithTheMatchingFootprintAndItsCredential() {
    String id = UUID.randomUUID().toString();
    Http.Reply r = send(request(id, PactRecipientHost.SOURCE, productRequest(PRODUCT)));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);

    JsonNode answer = answer(id);
    assertThat(answer.get("type").asText())
        .isEqualTo("org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3");
    assertThat(answer.get("specversion").asText()).isEqualTo("1.0");
    assertThat(answer.get("source").asText()).isEqualTo("//localhost:" + PORT + "/3/events");
    assertThat(answer.get("id").asText()).isNotBlank().isNotEqualTo(id);
    assertThat(answer.get("time").asText()).isNotBlank();
    JsonNode pfs = answer.get("data").get("pfs");
    assertThat(pfs).hasSize(1);
    JsonNode served = http().get("/3/footprints/" + footprintId, pactToken()).json().get("data");
    assertThat(pfs.get(0)).isEqualTo(served);
    JsonNode extensions = pfs.get(0).get("extensions");
    JsonNode credential = extensions.get(extensions.size() - 1).get("data").get("credential");
    JsonNode secured = credential.get("credential");
    VerificationReport report =
        verifier().verify(secured.isTextual() ? secured.asText() : secured.toString());
    assertThat(report.valid()).as(report.toString()).isTrue();
    await().atMost(PATIENCE).until(() -> state(id).equals("SENT"));

    // the same request again (same source and id) is recorded once and answered once
    assertThat(send(request(id, PactRecipientHost.SOURCE, productRequest(PRODUCT))).status())
        .isEqualTo(200);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(PATIENCE)
        .until(() -> PactRecipientHost.up().answersTo(id).size() == 1);
  }

  @Test
  void rejectsARequestNoFootprintMatches() {
    String id = UUID.randomUUID().toString();
    String data = "{\"productId\":[\"urn:pact:product-id:none:" + UUID.randomUUID() + "\"]}";
    assertThat(send(request(id, PactRecipientHost.SOURCE, data)).status()).isEqualTo(200);
    JsonNode answer = answer(id);
    assertThat(answer.get("type").asText())
        .isEqualTo("org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3");
    assertThat(answer.get("data").get("requestEventId").asText()).isEqualTo(id);
    assertThat(answer.get("data").get("error").get("code").asText()).isEqualTo("NotFound");
    assertThat(answer.get("data").get("error").get("message").asText()).isNotBlank();
  }

  @Test
  void answersOnlyWithOrganisationsTheRecipientMayReceive() {
    String allowed = UUID.randomUUID().toString();
    send(request(allowed, PactRecipientHost.RESTRICTED_SOURCE, productRequest(PRODUCT)));
    assertThat(answer(allowed).get("data").get("pfs").get(0).get("id").asText())
        .isEqualTo(footprintId);

    String other = UUID.randomUUID().toString();
    send(request(other, PactRecipientHost.RESTRICTED_SOURCE, productRequest(OTHER_PRODUCT)));
    JsonNode answer = answer(other);
    assertThat(answer.get("type").asText()).endsWith("RequestRejectedEvent.3");
    assertThat(answer.get("data").get("error").get("code").asText()).isEqualTo("NotFound");
  }

  @Test
  void retriesWhileTheRecipientIsDownAndSendsOnceItIsBack() {
    PactRecipientHost.down();
    String id = UUID.randomUUID().toString();
    assertThat(send(request(id, PactRecipientHost.SOURCE, productRequest(PRODUCT))).status())
        .isEqualTo(200);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.sql(
                            "SELECT attempts FROM pact_request_replies WHERE request_id = ?"
                                + " AND state = 'PENDING'")
                        .param(id)
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                    >= 2);
    String error =
        jdbc.sql("SELECT last_error FROM pact_request_replies WHERE request_id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(error).contains("unreachable");

    PactRecipientHost.up();
    assertThat(answer(id).get("type").asText()).endsWith("RequestFulfilledEvent.3");
    await().atMost(PATIENCE).until(() -> state(id).equals("SENT"));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(PATIENCE)
        .until(() -> PactRecipientHost.up().answersTo(id).size() == 1);
  }

  @Test
  void keepsAnAnswerTheRecipientRefusesWithoutRetrying() {
    String id = PactRecipientHost.REFUSED_PREFIX + UUID.randomUUID();
    assertThat(send(request(id, PactRecipientHost.SOURCE, productRequest(PRODUCT))).status())
        .isEqualTo(200);
    await().atMost(PATIENCE).until(() -> state(id).equals("REFUSED"));
    Map<String, Object> row =
        jdbc.sql("SELECT attempts, last_error FROM pact_request_replies WHERE request_id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat((String) row.get("last_error")).contains("422");
  }

  @Test
  void sendsAnAnswerAnEarlierRunLeftClaimedButUnsent() {
    // as a process that claimed the reply and died before sending would leave it: PENDING, with a
    // lease that has run out; only the database carries it over
    String id = UUID.randomUUID().toString();
    String reply =
        "{\"type\":\"org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3\",\"specversion\":"
            + "\"1.0\",\"id\":\"reply-"
            + id
            + "\",\"source\":\"//localhost/3/events\",\"time\":\"2025-03-05T17:31:00Z\","
            + "\"data\":{\"requestEventId\":\""
            + id
            + "\",\"error\":{\"code\":\"NotFound\",\"message\":\"none\"}}}";
    jdbc.sql(
            """
            INSERT INTO pact_events (id, source, type, client_id, body, received_at)
            VALUES (?, ?, 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3', 'pact-client',
              '{}', now() - interval '10 minutes')""")
        .params(id, PactRecipientHost.SOURCE)
        .update();
    jdbc.sql(
            """
            INSERT INTO pact_request_replies (request_source, request_id, state, reply_id,
              reply_type, reply, attempts, next_attempt_at, created_at)
            VALUES (?, ?, 'PENDING', ?, 'org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3',
              ?, 1, now() - interval '1 minute', now() - interval '10 minutes')""")
        .params(PactRecipientHost.SOURCE, id, "reply-" + id, reply)
        .update();
    assertThat(answer(id).get("id").asText()).isEqualTo("reply-" + id);
    await().atMost(PATIENCE).until(() -> state(id).equals("SENT"));
  }

  @Test
  void recordsRequestsFromUnknownSourcesAsUnanswerable() {
    String id = UUID.randomUUID().toString();
    Http.Reply r = send(request(id, "//stranger.test/3/events", productRequest(PRODUCT)));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(state(id)).isEqualTo("UNANSWERABLE");
    Http http = http();
    Http.Reply listed = http.get("/pact/requests?state=UNANSWERABLE", http.supplier());
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    List<String> ids = listed.json().findValuesAsText("requestId");
    assertThat(ids).contains(id);
    assertThat(http.get("/pact/requests?state=LOST", http.supplier()).isProblem(400)).isTrue();
    assertThat(PactRecipientHost.up().answersTo(id)).isEmpty();
  }

  @Test
  void recordsRequestsFromAClientNotBoundToTheSourceAsUnanswerable() {
    String id = UUID.randomUUID().toString();
    Http.Reply r = send(request(id, PactRecipientHost.BOUND_SOURCE, productRequest(PRODUCT)));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(state(id)).isEqualTo("UNANSWERABLE");
    assertThat(PactRecipientHost.up().answersTo(id)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"comment\":\"anything\"}",
        "{\"productId\":\"urn:not-a-list\"}",
        "{\"productId\":[]}",
        "{\"productId\":[42]}",
        "{\"productId\":[\"urn:x\"],\"colour\":\"green\"}",
        "{\"productId\":[\"urn:x\"],\"validOn\":\"yesterday\"}",
        "{\"productId\":[\"urn:x\"],\"validAfter\":20250101}",
        "{\"productId\":[\"urn:x\"],\"status\":42}",
        "{\"productId\":[\"urn:x\"],\"comment\":{\"text\":\"x\"}}"
      })
  void malformedRequestDataIsABadRequestAndNothingIsRecorded(String data) {
    long events = count("pact_events");
    long replies = count("pact_request_replies");
    String id = UUID.randomUUID().toString();
    Http.Reply r = send(request(id, PactRecipientHost.SOURCE, data));
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("BadRequest");
    assertThat(r.json().get("message").asText()).isNotBlank();
    assertThat(Map.of("events", count("pact_events"), "replies", count("pact_request_replies")))
        .isEqualTo(Map.of("events", events, "replies", replies));
  }
}
