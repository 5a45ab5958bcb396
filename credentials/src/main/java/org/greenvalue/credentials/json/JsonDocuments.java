package org.greenvalue.credentials.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.greenvalue.common.Result;

/**
 * Reading and writing JSON documents with jakarta.json (Parsson). Numbers keep their exact decimal
 * form; parse errors are values naming the position. Parsing is strict: a member name given twice
 * in one object is refused (naming it) rather than the last one silently winning, and so is a NUL
 * character (escaped as backslash-u-0000) in a name or string, which Parsson would otherwise
 * accept.
 */
public final class JsonDocuments {

  /**
   * The JSON provider, looked up once. The static {@code jakarta.json.JSON.create*} methods repeat
   * a ServiceLoader scan of the class path on every call, which dominated verification profiles.
   */
  public static final JsonProvider JSON = JsonProvider.provider();

  /** Largest document accepted, in characters. */
  public static final int MAX_LENGTH = 4 * 1024 * 1024;

  private static final JsonParserFactory PARSERS =
      JSON.createParserFactory(
          Map.of(
              "org.eclipse.parsson.maxDepth", 64, "org.eclipse.parsson.rejectDuplicateKeys", true));
  private static final JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

  private JsonDocuments() {}

  /** Parses a JSON object; anything else (array, scalar, malformed, too large) is a failure. */
  public static Result<JsonObject> parseObject(String text) {
    if (text == null) {
      return Result.failure("no JSON given");
    }
    if (text.length() > MAX_LENGTH) {
      return Result.failure("JSON document larger than " + MAX_LENGTH + " characters");
    }
    try (var parser = PARSERS.createParser(new StringReader(text))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        return Result.failure("expected a JSON object");
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) {
        return Result.failure("unexpected content after the JSON object");
      }
      if (mayHoldNul(text) && containsNul(object)) {
        return Result.failure("malformed JSON: a name or string contains a NUL character");
      }
      return Result.success(object);
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      return Result.failure(
          "malformed JSON at line "
              + at.getLineNumber()
              + ", column "
              + at.getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (RuntimeException e) {
      // Parsson reports nesting beyond maxDepth, duplicate names ("Duplicate key 'a' is not
      // allowed") and similar limits as plain RuntimeExceptions.
      return Result.failure("malformed JSON: " + e.getMessage());
    }
  }

  /** A raw NUL is already a parse error; an escaped one is spelled backslash-u-0000. */
  private static boolean mayHoldNul(String text) {
    return text.contains("\\u0000");
  }

  private static boolean containsNul(JsonValue value) {
    return switch (value) {
      case JsonString s -> s.getString().indexOf('\0') >= 0;
      case JsonObject o ->
          o.entrySet().stream()
              .anyMatch(e -> e.getKey().indexOf('\0') >= 0 || containsNul(e.getValue()));
      case JsonArray a -> a.stream().anyMatch(JsonDocuments::containsNul);
      default -> false;
    };
  }

  /** Compact serialization. */
  public static String write(JsonValue value) {
    var out = new StringWriter();
    try (var writer = WRITERS.createWriter(out)) {
      writer.write(value);
    }
    return out.toString();
  }
}
