package org.greenvalue.evidence.manifest;

import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenvalue.common.Result;

/**
 * Reads the fields of one JSON object of our formats strictly (exact key set, typed values) and
 * collects every problem instead of stopping at the first.
 */
public final class JsonFields {
  /**
   * The JSON provider, looked up once, for every JSON builder and reader of this library and the
   * ledger's: the static {@code Json.create*} methods look it up per call.
   */
  public static final JsonProvider JSON = JsonProvider.provider();

  private static final JsonReaderFactory READERS =
      JSON.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  private final JsonObject object;
  private final String what;
  private final List<String> problems;

  private JsonFields(JsonObject object, String what, List<String> problems) {
    this.object = object;
    this.what = what;
    this.problems = problems;
  }

  /** Parses UTF-8 JSON that must be one object; duplicate keys are refused. */
  public static Result<JsonObject> parseObject(byte[] json, String what) {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(json))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object
          ? Result.success(object)
          : Result.failure(what + " is not a JSON object");
    } catch (JsonException | IllegalStateException | NumberFormatException e) {
      // the parser reads numbers as BigDecimal, which refuses exponents beyond an int
      return Result.failure(what + " is not valid JSON: " + e.getMessage());
    } catch (RuntimeException e) {
      // Parsson reports nesting beyond its depth limit as a plain RuntimeException
      return Result.failure(what + " is not acceptable JSON: " + e.getMessage());
    }
  }

  /**
   * Starts reading {@code value} as an object with exactly {@code keys}; problems go to {@code
   * problems}, prefixed with {@code what}.
   */
  public static JsonFields of(
      JsonValue value, String what, Set<String> keys, List<String> problems) {
    if (!(value instanceof JsonObject object)) {
      problems.add(what + " is not a JSON object");
      return new JsonFields(JsonValue.EMPTY_JSON_OBJECT, what, problems);
    }
    Set<String> unknown = new TreeSet<>(object.keySet());
    unknown.removeAll(keys);
    if (!unknown.isEmpty()) {
      problems.add(what + " has unknown fields " + unknown);
    }
    return new JsonFields(object, what, problems);
  }

  public String string(String key) {
    return object.get(key) instanceof JsonString s ? s.getString() : missing(key, "a string");
  }

  public JsonArray array(String key) {
    return object.get(key) instanceof JsonArray a ? a : missing(key, "an array");
  }

  /** A non-negative integer that fits a long; -1 (with a problem recorded) otherwise. */
  public long nonNegativeLong(String key) {
    if (object.get(key) instanceof JsonNumber n && n.isIntegral()) {
      try {
        long value = n.bigDecimalValue().longValueExact();
        if (value >= 0) {
          return value;
        }
      } catch (ArithmeticException e) {
        // falls through to the problem below
      }
    }
    problems.add(what + ": '" + key + "' must be a non-negative integer");
    return -1;
  }

  /** The value of {@code result}, or null with its reason recorded. */
  public <T> T check(String key, Result<T> result) {
    return switch (result) {
      case Result.Success<T> ok -> ok.value();
      case Result.Failure<T> err -> {
        problems.add(what + ": '" + key + "': " + err.reason());
        yield null;
      }
    };
  }

  private <T> T missing(String key, String type) {
    problems.add(what + ": '" + key + "' must be " + type);
    return null;
  }

  /** Joins problems into one reason. */
  public static String describe(List<String> problems) {
    return String.join("; ", new ArrayList<>(problems));
  }
}
