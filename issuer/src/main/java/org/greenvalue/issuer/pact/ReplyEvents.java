package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;

/**
 * The CloudEvents this host sends back for a RequestCreatedEvent (PACT v3 Action Events): a {@code
 * RequestFulfilledEvent} with the matching footprints exactly as stored (and served on
 * /3/footprints, credential extension included), or a {@code RequestRejectedEvent} with an error.
 */
final class ReplyEvents {
  static final String REQUEST_CREATED = "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3";
  static final String FULFILLED = "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3";
  static final String REJECTED = "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplyEvents() {}

  /** The fulfilled event; {@code footprints} are JSON documents, inserted unchanged. */
  static String fulfilled(
      String id, String source, Instant time, String requestEventId, List<String> footprints) {
    StringBuilder data =
        new StringBuilder(64 + footprints.size() * 2048)
            .append("{\"requestEventId\":")
            .append(text(requestEventId))
            .append(",\"pfs\":[");
    for (int i = 0; i < footprints.size(); i++) {
      data.append(i > 0 ? "," : "").append(footprints.get(i));
    }
    return envelope(FULFILLED, id, source, time, data.append("]}").toString());
  }

  static String rejected(
      String id, String source, Instant time, String requestEventId, PactError error) {
    String data =
        "{\"requestEventId\":"
            + text(requestEventId)
            + ",\"error\":{\"code\":"
            + text(error.code())
            + ",\"message\":"
            + text(error.message())
            + "}}";
    return envelope(REJECTED, id, source, time, data);
  }

  private static String envelope(String type, String id, String source, Instant time, String data) {
    return "{\"type\":"
        + text(type)
        + ",\"specversion\":\"1.0\",\"id\":"
        + text(id)
        + ",\"source\":"
        + text(source)
        + ",\"time\":"
        + text(time.toString())
        + ",\"datacontenttype\":\"application/json\",\"data\":"
        + data
        + "}";
  }

  private static String text(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
