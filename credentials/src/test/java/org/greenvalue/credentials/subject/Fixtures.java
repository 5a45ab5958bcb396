package org.greenvalue.credentials.subject;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.greenvalue.credentials.json.JsonDocuments;

/** Test documents shared by the subject tests. */
public final class Fixtures {

  public static final String ROOT = "a".repeat(64);
  public static final String DIGEST = "sha256:" + "b".repeat(64);

  private Fixtures() {}

  public static JsonObject resource(String path) {
    try (var in = Fixtures.class.getResourceAsStream(path)) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonObject footprint() {
    return resource("/org/greenvalue/credentials/subject/footprint/footprint-valid.json");
  }

  /** A copy of {@code object} with the member at a slash-separated path replaced or removed. */
  public static JsonObject with(JsonObject object, String path, JsonValue value) {
    var pointer = Json.createPointer(path);
    return value == null
        ? pointer.remove(object).asJsonObject()
        : (pointer.containsValue(object)
                ? pointer.replace(object, value)
                : pointer.add(object, value))
            .asJsonObject();
  }

  public static JsonObject with(JsonObject object, String path, String value) {
    return with(object, path, value == null ? null : Json.createValue(value));
  }
}
