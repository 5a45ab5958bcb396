package org.greenvalue.registry.explorer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.greenvalue.service.problem.Problem;

/**
 * Opaque keyset cursors (base64url of the last row's sort key, with a kind prefix so a cursor of
 * one list is refused by another) and the page size. Anything malformed is a 400 problem.
 */
final class Cursors {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private Cursors() {}

  /** A row's position in a list ordered by time then UUID. */
  record TimeKey(Instant at, UUID id) {}

  static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Problem.badRequest(
        "invalid-limit",
        "limit must be a whole number from 1 to " + MAX_LIMIT + ": " + quote(text));
  }

  static String time(Instant at, UUID id) {
    return encode("t", at + "|" + id);
  }

  static TimeKey time(String cursor) {
    if (cursor == null) {
      return null;
    }
    String[] parts = decode("t", cursor).split("\\|", -1);
    try {
      if (parts.length == 2) {
        return new TimeKey(Instant.parse(parts[0]), uuid(parts[1]));
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      // refused below
    }
    throw invalid(cursor);
  }

  static String sequence(long id) {
    return encode("s", Long.toString(id));
  }

  static Long sequence(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      long id = Long.parseLong(decode("s", cursor));
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw invalid(cursor);
  }

  static String text(String key) {
    return encode("k", key);
  }

  static String text(String cursor, boolean present) {
    return present ? decode("k", cursor) : null;
  }

  private static String encode(String kind, String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String kind, String cursor) {
    if (cursor.isEmpty() || cursor.length() > 512) {
      throw invalid(cursor);
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
    if (!text.startsWith(kind + ":") || text.indexOf('\0') >= 0) {
      throw invalid(cursor);
    }
    return text.substring(kind.length() + 1);
  }

  /** A canonical UUID (36 characters), nothing else. */
  static UUID uuid(String text) {
    UUID id = UUID.fromString(text);
    if (!id.toString().equalsIgnoreCase(text)) {
      throw new IllegalArgumentException("not a canonical UUID: " + text);
    }
    return id;
  }

  private static Problem invalid(String cursor) {
    return Problem.badRequest(
        "invalid-cursor",
        "after must be the next cursor of a previous page of this list: " + quote(cursor));
  }

  private static String quote(String text) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return "'" + shown + "'";
  }
}
