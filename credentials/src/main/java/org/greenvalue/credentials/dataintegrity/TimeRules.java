package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.greenvalue.common.verification.Check;

/**
 * Checks of a proof's {@code created} and {@code expires} (XML Schema dateTime with a time zone)
 * against the verifier's clock. A proof created up to {@link #CLOCK_SKEW} in the future passes.
 */
final class TimeRules {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private TimeRules() {}

  static Check created(JsonObject proof, Instant now) {
    if (!proof.containsKey("created")) {
      return Check.skipped("created", "proof states no creation time");
    }
    String text = ProofSet.stringOf(proof, "created");
    Instant created = parse(text);
    if (created == null) {
      return Check.failed("created", "not a dateTime with time zone: " + proof.get("created"));
    }
    if (created.isAfter(now.plus(CLOCK_SKEW))) {
      return Check.failed("created", "created " + text + " is in the future (now " + now + ")");
    }
    return Check.passed("created", text);
  }

  static Check expires(JsonObject proof, Instant now) {
    if (!proof.containsKey("expires")) {
      return Check.skipped("expires", "proof does not expire");
    }
    String text = ProofSet.stringOf(proof, "expires");
    Instant expires = parse(text);
    if (expires == null) {
      return Check.failed("expires", "not a dateTime with time zone: " + proof.get("expires"));
    }
    if (!now.isBefore(expires)) {
      return Check.failed("expires", "proof expired at " + text + " (now " + now + ")");
    }
    return Check.passed("expires", "valid until " + text);
  }

  private static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
