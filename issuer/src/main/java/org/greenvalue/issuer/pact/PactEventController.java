package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import org.greenvalue.service.security.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT Action Events: CloudEvents in structured content mode. Requests for footprints (created,
 * fulfilled, rejected) and publication notices are checked and recorded once per (source, id);
 * answering a request by sending an event back to its source is not built yet.
 */
@RestController
@Tag(name = "PACT v3")
class PactEventController {
  static final Set<String> TYPES =
      Set.of(
          "org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
          "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
          "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3",
          "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3",
          "org.wbcsd.pathfinder.ProductFootprint.Published.v1",
          "org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",
          "org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1",
          "org.wbcsd.pathfinder.ProductFootprintRequest.Rejected.v1");
  private static final int MAX_BYTES = 1024 * 1024;

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  PactEventController(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping(
      value = "/3/events",
      consumes = {"application/cloudevents+json", "application/json"})
  @Operation(summary = "PACT Action Events: a CloudEvent (pact.events)")
  ResponseEntity<Void> receive(@RequestBody String body, @AuthenticationPrincipal Jwt jwt) {
    if (body.length() > MAX_BYTES) {
      throw PactException.badRequest("the event is larger than 1 MiB");
    }
    JsonNode event;
    try {
      event = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw PactException.badRequest("the body is not well-formed JSON");
    }
    if (event == null || !event.isObject()) {
      throw PactException.badRequest("a CloudEvent is a JSON object");
    }
    if (!"1.0".equals(text(event, "specversion"))) {
      throw PactException.badRequest("specversion must be 1.0");
    }
    String id = required(event, "id");
    String source = required(event, "source");
    String type = required(event, "type");
    if (!TYPES.contains(type)) {
      throw PactException.badRequest("unknown event type '" + type + "'");
    }
    if (!event.path("data").isObject()) {
      throw PactException.badRequest("data must be a JSON object");
    }
    jdbc.sql(
            """
            INSERT INTO pact_events (id, source, type, client_id, body, received_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
        .params(id, source, type, Callers.clientId(jwt), body, Timestamp.from(clock.instant()))
        .update();
    return ResponseEntity.ok().build();
  }

  private static String required(JsonNode event, String member) {
    String value = text(event, member);
    if (value == null || value.isBlank()) {
      throw PactException.badRequest(member + " is required and must be a string");
    }
    return value;
  }

  private static String text(JsonNode event, String member) {
    JsonNode value = event.get(member);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
