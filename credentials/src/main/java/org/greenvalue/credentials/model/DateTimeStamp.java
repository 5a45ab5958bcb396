package org.greenvalue.credentials.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * XML Schema 1.1 {@code dateTimeStamp} (a dateTime with a mandatory time zone), as VC DM 2.0 §4.9
 * requires for {@code validFrom} and {@code validUntil}.
 */
public final class DateTimeStamp {

  private static final Pattern LEXICAL =
      Pattern.compile(
          "-?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

  private DateTimeStamp() {}

  public static Result<Instant> parse(String value) {
    if (value == null || !LEXICAL.matcher(value).matches()) {
      return Result.failure(
          "'" + value + "' is not an XML Schema dateTimeStamp (e.g. 2025-01-01T00:00:00Z)");
    }
    try {
      return Result.success(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeException e) {
      return Result.failure("'" + value + "' is not a valid date and time: " + e.getMessage());
    }
  }
}
