package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.greenvalue.issuer.security.IssuerScopes;
import org.greenvalue.service.security.Callers;
import org.greenvalue.service.security.Scopes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT Action Events: CloudEvents in structured content mode. Requests for footprints (created,
 * fulfilled, rejected) and publication notices are checked and recorded once per (source, id). A
 * RequestCreatedEvent's criteria are checked before anything is recorded; its answer is prepared by
 * {@link PactEvents} and sent back by {@link PactReplySender}.
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

  private final PactEvents events;
  private final ObjectMapper json;

  PactEventController(PactEvents events, ObjectMapper json) {
    this.events = events;
    this.json = json;
  }

  @PostMapping(
      value = "/3/events",
      consumes = {"application/cloudevents+json", "application/json"})
  @Operation(summary = "PACT Action Events: a CloudEvent (pact.events)")
  ResponseEntity<Void> receive(
      @RequestBody String body,
      @AuthenticationPrincipal Jwt jwt,
      org.springframework.security.core.Authentication authentication) {
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
    FootprintQuery request =
        type.equals(ReplyEvents.REQUEST_CREATED)
            ? FootprintRequest.criteria(event.get("data"))
            : null;
    boolean mayRead =
        authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals(Scopes.authority(IssuerScopes.PACT_READ)));
    events.record(
        new PactEvents.Received(id, source, type, Callers.clientId(jwt), body), request, mayRead);
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
