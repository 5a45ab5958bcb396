package org.greenvalue.credentials.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.greenvalue.common.Result;

/**
 * XML Schema 1.1 {@code dateTimeStamp} (a dateTime with a mandatory time zone), as VC DM 2.0 §4.9
 * requires for {@code validFrom} and {@code validUntil}: {@code -?YYYY-MM-DDThh:mm:ss(.s{1,9})?}
 * then {@code Z} or {@code ±hh:mm}, with a valid date, time and offset.
 *
 * <p>Read by a scan of the fixed layout rather than a regular expression and {@code
 * DateTimeFormatter}: every credential's dates are read several times per verification, and the
 * formatter cost more than the rest of the data model checks.
 */
public final class DateTimeStamp {

  private DateTimeStamp() {}

  public static Result<Instant> parse(String value) {
    if (value == null) {
      return notADateTimeStamp(null);
    }
    int at = value.startsWith("-") ? 1 : 0;
    // YYYY-MM-DDThh:mm:ss: 19 characters after the sign
    if (value.length() < at + 20
        || !digits(value, at, 4)
        || value.charAt(at + 4) != '-'
        || !digits(value, at + 5, 2)
        || value.charAt(at + 7) != '-'
        || !digits(value, at + 8, 2)
        || value.charAt(at + 10) != 'T'
        || !digits(value, at + 11, 2)
        || value.charAt(at + 13) != ':'
        || !digits(value, at + 14, 2)
        || value.charAt(at + 16) != ':'
        || !digits(value, at + 17, 2)) {
      return notADateTimeStamp(value);
    }
    int end = at + 19;
    int nanos = 0;
    if (value.charAt(end) == '.') {
      int start = end + 1;
      end = start;
      while (end < value.length() && isDigit(value.charAt(end))) {
        end++;
      }
      int count = end - start;
      if (count < 1 || count > 9) {
        return notADateTimeStamp(value);
      }
      nanos = number(value, start, count);
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    int rest = value.length() - end;
    try {
      if (rest == 1 && value.charAt(end) == 'Z') {
        offset = ZoneOffset.UTC;
      } else if (rest == 6
          && (value.charAt(end) == '+' || value.charAt(end) == '-')
          && digits(value, end + 1, 2)
          && value.charAt(end + 3) == ':'
          && digits(value, end + 4, 2)) {
        int sign = value.charAt(end) == '-' ? -1 : 1;
        offset =
            ZoneOffset.ofHoursMinutes(
                sign * number(value, end + 1, 2), sign * number(value, end + 4, 2));
      } else {
        return notADateTimeStamp(value);
      }
      int year = number(value, at, 4);
      if (at == 1 && year == 0) {
        return notADateTimeStamp(value); // -0000 is no year
      }
      LocalDateTime local =
          LocalDateTime.of(
              at == 1 ? -year : year,
              number(value, at + 5, 2),
              number(value, at + 8, 2),
              number(value, at + 11, 2),
              number(value, at + 14, 2),
              number(value, at + 17, 2),
              nanos);
      return Result.success(local.toInstant(offset));
    } catch (DateTimeException e) {
      return Result.failure("'" + value + "' is not a valid date and time: " + e.getMessage());
    }
  }

  private static Result<Instant> notADateTimeStamp(String value) {
    return Result.failure(
        "'" + value + "' is not an XML Schema dateTimeStamp (e.g. 2025-01-01T00:00:00Z)");
  }

  private static boolean digits(String value, int from, int count) {
    if (from + count > value.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!isDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String value, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }
}
