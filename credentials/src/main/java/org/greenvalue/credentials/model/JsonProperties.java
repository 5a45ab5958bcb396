package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * Reading VC Data Model properties whose value is "a single item or a set of items" (VC DM 2.0 §4):
 * a missing property is an empty list, a single value a list of one.
 */
final class JsonProperties {

  private JsonProperties() {}

  static List<JsonValue> values(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      return List.copyOf(value.asJsonArray());
    }
    return List.of(value);
  }

  /** The object items of a property; non-object items are left out. */
  static List<JsonObject> objects(JsonObject object, String name) {
    return values(object, name).stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** The string items of a property; non-string items are left out. */
  static List<String> strings(JsonObject object, String name) {
    return values(object, name).stream()
        .filter(v -> v instanceof JsonString)
        .map(v -> ((JsonString) v).getString())
        .toList();
  }

  static Optional<String> string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }

  /** The id of a value that is either a string or an object with a string {@code id}. */
  static Optional<String> idOf(JsonValue value) {
    if (value instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
      return string(value.asJsonObject(), "id");
    }
    return Optional.empty();
  }
}
