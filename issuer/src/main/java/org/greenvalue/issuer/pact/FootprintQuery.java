package org.greenvalue.issuer.pact;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The PACT ListFootprints filters (any of the values of a list matches) and the page, read from the
 * query parameters of {@code GET /3/footprints}. {@link #from} is the one parser of those
 * parameters; a refusal is a {@link PactException} (fuzzed in {@code FootprintQueryFuzzTest}).
 *
 * <p>How PACT v3 (Technical Specifications 3.0, Action ListFootprints) is read here:
 *
 * <ul>
 *   <li>Every filter compares case-insensitively ({@link PactFootprints} compares in the database).
 *   <li>{@code status} is a filter like the others: a value other than Active or Deprecated matches
 *       no footprint, so the answer is 200 with an empty {@code data}.
 *   <li>A parameter this host does not know is ignored. The specification lets hosts add their own
 *       ({@code x-<implementor>-<criterion>}) and a client may send them to any host; the
 *       deprecated {@code $filter} is ignored too, as a host without filtering must.
 *   <li>{@code limit} is an integer of at least 0: the OpenAPI document of 3.0 declares it {@code
 *       minimum: 0}, and the prose rule of 2.x ("a positive integer") is gone from 3.0. A page
 *       never holds more than asked, so {@code limit=0} is an empty page whose {@code Link} (if
 *       anything matches) starts the listing with the default page size. Above {@link #MAX_LIMIT}
 *       the host returns fewer, as it may. A negative or non-integer limit is a {@code BadRequest}.
 * </ul>
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
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** The query of these parameters (names and decoded values), or a {@code BadRequest}. */
  static FootprintQuery from(Map<String, List<String>> params) {
    return new FootprintQuery(
        params.getOrDefault("productId", List.of()),
        params.getOrDefault("companyId", List.of()),
        params.getOrDefault("geography", List.of()),
        params.getOrDefault("classification", List.of()),
        instant(params, "validOn"),
        instant(params, "validAfter"),
        instant(params, "validBefore"),
        single(params, "status"),
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
    if (!DIGITS.matcher(value).matches()) {
      throw PactException.badRequest("limit must be an integer of at least 0");
    }
    // more digits than MAX_LIMIT has: more than this host returns in one page
    return value.length() > 9 ? MAX_LIMIT : Math.min(Integer.parseInt(value), MAX_LIMIT);
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
