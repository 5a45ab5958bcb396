package org.greenvalue.issuer.pact;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PACT ListFootprints filters (any of the values of a list matches) and the page, read from the
 * query parameters of {@code GET /3/footprints}. {@link #from} is the one parser of those
 * parameters; a refusal is a {@link PactException} (fuzzed in {@code FootprintQueryFuzzTest}).
 *
 * @param after the paging cursor: the last row of the previous page
 * @param organisations only footprints of these organisations; empty: all
 */
record FootprintQuery(
    List<String> productIds,
    List<String> companyIds,
    List<String> geographies,
    List<String> classifications,
    Instant validOn,
    Instant validAfter,
    Instant validBefore,
    String status,
    int limit,
    long after,
    List<String> organisations) {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  private static final Set<String> PARAMETERS =
      Set.of(
          "productId",
          "companyId",
          "geography",
          "classification",
          "validOn",
          "validAfter",
          "validBefore",
          "status",
          "limit",
          "cursor");

  /** The query of these parameters (names and decoded values), or a {@code BadRequest}. */
  static FootprintQuery from(Map<String, List<String>> params) {
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw PactException.badRequest("unknown query parameter '" + name + "'");
      }
    }
    String status = single(params, "status");
    if (status != null && !status.equals("Active") && !status.equals("Deprecated")) {
      throw PactException.badRequest("status must be Active or Deprecated");
    }
    return new FootprintQuery(
        params.getOrDefault("productId", List.of()),
        params.getOrDefault("companyId", List.of()),
        params.getOrDefault("geography", List.of()),
        params.getOrDefault("classification", List.of()),
        instant(params, "validOn"),
        instant(params, "validAfter"),
        instant(params, "validBefore"),
        status,
        limit(single(params, "limit")),
        cursor(single(params, "cursor")),
        List.of());
  }

  /** The same filters, restricted to the given organisations (none given: all). */
  FootprintQuery onlyOrganisations(List<String> orgIds) {
    return new FootprintQuery(
        productIds,
        companyIds,
        geographies,
        classifications,
        validOn,
        validAfter,
        validBefore,
        status,
        limit,
        after,
        List.copyOf(orgIds));
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw PactException.badRequest(name + " may be given once");
    }
    return values.get(0);
  }

  private static Instant instant(Map<String, List<String>> params, String name) {
    String value = single(params, name);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        throw PactException.badRequest(name + " must be an RFC 3339 date-time or a date");
      }
    }
  }

  private static int limit(String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit < 1) {
        throw PactException.badRequest("limit must be a positive integer");
      }
      return Math.min(limit, MAX_LIMIT);
    } catch (NumberFormatException e) {
      throw PactException.badRequest("limit must be a positive integer");
    }
  }

  private static long cursor(String value) {
    if (value == null) {
      return 0;
    }
    try {
      long cursor = Long.parseLong(value);
      if (cursor < 0) {
        throw PactException.badRequest("invalid pagination cursor");
      }
      return cursor;
    } catch (NumberFormatException e) {
      throw PactException.badRequest("invalid pagination cursor");
    }
  }
}
