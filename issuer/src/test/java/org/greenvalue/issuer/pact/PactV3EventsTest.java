package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.issuer.pact.PactV3.CLOUDEVENTS;
import static org.greenvalue.issuer.pact.PactV3.assertPactError;

import java.util.UUID;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.issuer.support.PactRecipientHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PACT v3 Technical Specifications, Action Events: BaseEvent requires {@code time}, a
 * PublishedEvent's {@code pfIds} are footprint ids (UUIDs), and the endpoint takes CloudEvents in
 * structured content mode. A refused event gets a {@code BadRequest}; nothing is recorded and no
 * answer is queued or sent.
 */
class PactV3EventsTest extends IssuerIntegrationTest {
  private static final String PUBLISHED = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";

  private static String event(String type, String time, String data) {
    return "{\"type\":\""
        + type
        + "\",\"specversion\":\"1.0\",\"id\":\""
        + UUID.randomUUID()
        + "\",\"source\":\""
        + PactRecipientHost.SOURCE
        + "\""
        + (time == null ? "" : ",\"time\":\"" + time + "\"")
        + ",\"data\":"
        + data
        + "}";
  }

  private record Counts(long events, long replies, int sent) {}

  private Counts counts() {
    return new Counts(
        count("pact_events"),
        count("pact_request_replies"),
        PactRecipientHost.up().events().size());
  }

  private void refused(Http.Reply r, Counts before) {
    assertPactError(r, 400, "BadRequest");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void pactV3_events_publishedEventWithUuidPfIdsIsAccepted() {
    Http http = http();
    long before = count("pact_events");
    String pfId = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    String event = event(PUBLISHED, "2025-05-19T11:30:00Z", "{\"pfIds\":[\"" + pfId + "\"]}");
    Http.Reply r = http.send("POST", "/3/events", PactV3.token(http), CLOUDEVENTS, event);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(count("pact_events")).isEqualTo(before + 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"pfIds\":[\"urn:gtin:4712345060507\"]}",
        "{\"pfIds\":[\"079e425a-464f-528d-341d-4a944a1dfd7\"]}",
        "{\"pfIds\":[\"079e425a-464f-528d-341d-4a944a1dfd70\",\"not-a-uuid\"]}",
        "{\"pfIds\":[42]}",
        "{\"pfIds\":[]}",
        "{\"pfIds\":\"079e425a-464f-528d-341d-4a944a1dfd70\"}",
        "{}"
      })
  void pactV3_events_publishedEventNonUuidPfIdsIsABadRequestAndNothingIsStored(String data) {
    Http http = http();
    String token = PactV3.token(http);
    Counts before = counts();
    refused(
        http.send(
            "POST",
            "/3/events",
            token,
            CLOUDEVENTS,
            event(PUBLISHED, "2025-05-19T11:30:00Z", data)),
        before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        PUBLISHED + "|{\"pfIds\":[\"079e425a-464f-528d-341d-4a944a1dfd70\"]}",
        ReplyEvents.REQUEST_CREATED + "|{\"productId\":[\"urn:gtin:4712345060507\"]}",
        ReplyEvents.FULFILLED + "|{\"requestEventId\":\"x\",\"pfs\":[]}",
        ReplyEvents.REJECTED
            + "|{\"requestEventId\":\"x\",\"error\":{\"code\":\"NotFound\",\"message\":\"m\"}}"
      })
  void pactV3_events_eventWithoutTimeIsABadRequestAndNothingIsStoredOrSent(String typeAndData) {
    Http http = http();
    String token = PactV3.token(http);
    String[] parts = typeAndData.split("\\|", 2);
    Counts before = counts();
    for (String time : new String[] {null, "", "yesterday", "2025-05-19", "2025-13-19T11:30:00Z"}) {
      refused(
          http.send("POST", "/3/events", token, CLOUDEVENTS, event(parts[0], time, parts[1])),
          before);
    }
    String timeAsNumber =
        event(parts[0], null, parts[1]).replace(",\"data\"", ",\"time\":1716112200,\"data\"");
    refused(http.send("POST", "/3/events", token, CLOUDEVENTS, timeAsNumber), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
  void pactV3_events_wrongMediaTypeIsAPactBadRequest(String mediaType) {
    Http http = http();
    Counts before = counts();
    String event =
        event(PUBLISHED, "2025-05-19T11:30:00Z", "{\"pfIds\":[\"" + UUID.randomUUID() + "\"]}");
    refused(http.send("POST", "/3/events", PactV3.token(http), mediaType, event), before);
  }
}
