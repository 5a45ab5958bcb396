package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CloudEvent in structured content mode (CloudEvents 1.0 JSON format) as PACT v3 Action Events
 * carry it: {@code specversion} 1.0, a non-blank {@code id}, {@code source} and a known {@code
 * type}, an RFC 3339 {@code time} (optional in CloudEvents, required by PACT's BaseEvent), and a
 * JSON object as {@code data}; a PublishedEvent's {@code data.pfIds} is a non-empty array of UUIDs.
 * {@link #parse} is the one parser of the body of {@code POST /3/events}; a refusal is a {@link
 * PactException} (fuzzed in {@code CloudEventFuzzTest}).
 *
 * @param json the whole event as read
 * @param request the criteria of a RequestCreatedEvent; null for any other type
 */
record CloudEvent(String id, String source, String type, ObjectNode json, FootprintQuery request) {
  static final Set<String> PUBLISHED =
      Set.of(
          "org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
          "org.wbcsd.pathfinder.ProductFootprint.Published.v1");
  static final Set<String> TYPES =
      Set.of(
          "org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
          ReplyEvents.REQUEST_CREATED,
          ReplyEvents.FULFILLED,
          ReplyEvents.REJECTED,
          "org.wbcsd.pathfinder.ProductFootprint.Published.v1",
          "org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",
          "org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1",
          "org.wbcsd.pathfinder.ProductFootprintRequest.Rejected.v1");
  static final int MAX_CHARS = 1024 * 1024;
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * A member named twice is refused, as the service's own JSON reading refuses it, and so is
   * anything after the event (the body is kept as received, so it is one JSON value). Numbers are
   * kept as written ({@code 1e400} is no infinity, {@code 1.0} keeps its scale), so that the event
   * writes back to the same JSON.
   */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The event of this body, or a {@code BadRequest} naming what is wrong with it. */
  static CloudEvent parse(String body) {
    if (body.length() > MAX_CHARS) {
      throw PactException.badRequest("the event is larger than 1 MiB");
    }
    JsonNode event;
    try {
      event = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw PactException.badRequest("the body is not well-formed JSON");
    } catch (NumberFormatException e) {
      // Jackson's BigDecimal reading throws this for an exponent beyond the int range
      // (0e99999999999)
      throw PactException.badRequest("a number in the event is out of range");
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
    time(event);
    if (!event.path("data").isObject()) {
      throw PactException.badRequest("data must be a JSON object");
    }
    if (PUBLISHED.contains(type)) {
      pfIds(event.get("data"));
    }
    FootprintQuery request =
        type.equals(ReplyEvents.REQUEST_CREATED)
            ? FootprintRequest.criteria(event.get("data"))
            : null;
    return new CloudEvent(id, source, type, (ObjectNode) event, request);
  }

  /** The event as JSON text. */
  String toJson() {
    return json.toString();
  }

  private static void time(JsonNode event) {
    String time = required(event, "time");
    try {
      OffsetDateTime.parse(time);
    } catch (DateTimeParseException e) {
      throw PactException.badRequest("time must be an RFC 3339 date-time");
    }
  }

  private static void pfIds(JsonNode data) {
    JsonNode ids = data.get("pfIds");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      throw PactException.badRequest("data.pfIds must be a non-empty array of footprint ids");
    }
    for (JsonNode id : ids) {
      if (!id.isTextual() || !UUID.matcher(id.asText()).matches()) {
        throw PactException.badRequest("data.pfIds must hold footprint ids, which are UUIDs");
      }
    }
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
