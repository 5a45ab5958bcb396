package org.greenvalue.credentials.subject.footprint;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.subject.DecimalText;
import org.greenvalue.credentials.subject.Violation;

/**
 * PACT v3 rules a JSON Schema cannot state, checked on a document that already passed the schema:
 * the reference period ends after it starts (the end is exclusive), so does the validity period;
 * packaging emissions are undefined when packaging is excluded; each data quality rating is between
 * 1 and 5 inclusive.
 */
final class FootprintRules {

  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private FootprintRules() {}

  static List<Violation> check(JsonObject footprint) {
    var violations = new ArrayList<Violation>();
    JsonObject pcf = footprint.getJsonObject("pcf");
    periodInOrder(pcf, "/pcf", "referencePeriodStart", "referencePeriodEnd", violations);
    periodInOrder(footprint, "", "validityPeriodStart", "validityPeriodEnd", violations);
    if (pcf.get("packagingEmissionsIncluded") == JsonValue.FALSE
        && pcf.containsKey("packagingGhgEmissions")) {
      violations.add(
          new Violation(
              "/pcf/packagingGhgEmissions",
              "must be undefined when packagingEmissionsIncluded is false"));
    }
    if (pcf.get("dqi") instanceof JsonObject dqi) {
      for (String rating : List.of("technologicalDQR", "geographicalDQR", "temporalDQR")) {
        decimal(dqi, rating)
            .filter(v -> v.compareTo(ONE) < 0 || v.compareTo(FIVE) > 0)
            .ifPresent(
                v ->
                    violations.add(
                        new Violation("/pcf/dqi/" + rating, "must be between 1 and 5 inclusive")));
      }
    }
    return violations;
  }

  private static void periodInOrder(
      JsonObject object, String at, String start, String end, List<Violation> violations) {
    var from = instant(object, start);
    var to = instant(object, end);
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      violations.add(new Violation(at + "/" + end, "must be after " + start));
    }
  }

  static Optional<Instant> instant(JsonObject object, String member) {
    if (!(object.get(member) instanceof JsonString s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(s.getString()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<BigDecimal> decimal(JsonObject object, String member) {
    return object.get(member) instanceof JsonString s
        ? DecimalText.parse(s.getString())
        : Optional.empty();
  }
}
