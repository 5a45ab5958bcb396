package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code data} of a PACT {@code RequestCreatedEvent}: the same criteria as ListFootprints'
 * filters (lists for {@code productId}, {@code companyId}, {@code geography}, {@code
 * classification}; single values for {@code validOn}, {@code validAfter}, {@code validBefore},
 * {@code status}) and a free-text {@code comment}. Anything else, or no criterion at all, is a
 * {@code BadRequest}.
 */
final class FootprintRequest {
  private static final Set<String> LISTS =
      Set.of("productId", "companyId", "geography", "classification");
  private static final Set<String> SINGLES =
      Set.of("validOn", "validAfter", "validBefore", "status");

  private FootprintRequest() {}

  /** The query answering the request: every matching footprint, up to one full page. */
  static FootprintQuery criteria(JsonNode data) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : data.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      if (LISTS.contains(name)) {
        params.put(name, strings(name, value));
      } else if (SINGLES.contains(name)) {
        params.put(name, List.of(string(name, value)));
      } else if (name.equals("comment")) {
        string(name, value);
      } else {
        throw PactException.badRequest("unknown member '" + name + "' in the request's data");
      }
    }
    if (params.isEmpty()) {
      throw PactException.badRequest(
          "the request's data names no criterion (productId, companyId, geography, classification,"
              + " validOn, validAfter, validBefore, status)");
    }
    params.put("limit", List.of(String.valueOf(FootprintQuery.MAX_LIMIT)));
    return FootprintQuery.from(params);
  }

  private static List<String> strings(String name, JsonNode value) {
    if (!value.isArray() || value.isEmpty()) {
      throw PactException.badRequest(name + " must be a non-empty array of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw PactException.badRequest(name + " must be a non-empty array of strings");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static String string(String name, JsonNode value) {
    if (!value.isTextual()) {
      throw PactException.badRequest(name + " must be a string");
    }
    return value.asText();
  }
}
