package org.greenvalue.credentials.json;

import jakarta.json.JsonObject;
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
 * form; parse errors are values naming the position.
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
      JSON.createParserFactory(Map.of("org.eclipse.parsson.maxDepth", 64));
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
      // Parsson reports nesting beyond maxDepth and similar limits as plain RuntimeExceptions.
      return Result.failure("malformed JSON: " + e.getMessage());
    }
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
