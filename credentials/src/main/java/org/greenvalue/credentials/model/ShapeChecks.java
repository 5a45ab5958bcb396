package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.greenvalue.common.verification.Check;

/**
 * Checks of VC DM 2.0 §4 (and 1.1 §4) shared by credentials and presentations, over the raw JSON.
 */
final class ShapeChecks {

  private ShapeChecks() {}

  /**
   * §4.3 (VC DM 1.1 §4.1): {@code @context} is an ordered set whose first item is a base context,
   * v2 or (for a 1.1 document) v1, and which does not name both.
   */
  static Check context(String name, JsonObject json) {
    List<JsonValue> items = JsonProperties.values(json, "@context");
    if (items.isEmpty()) {
      return Check.failed(name, "@context is missing");
    }
    var version =
        items.get(0) instanceof JsonString first
            ? DataModelVersion.ofFirstContext(List.of(first.getString()))
            : java.util.Optional.<DataModelVersion>empty();
    if (version.isEmpty()) {
      return Check.failed(
          name,
          "the first @context item must be "
              + VerifiableCredential.CONTEXT_V2
              + " (or "
              + VerifiableCredential.CONTEXT_V1
              + " for VC Data Model 1.1)");
    }
    if (DataModelVersion.mixes(JsonProperties.strings(json, "@context"))) {
      return Check.failed(
          name, "@context mixes the VC Data Model 1.1 and 2.0 base contexts; use one of them");
    }
    for (JsonValue item : items) {
      boolean url = item instanceof JsonString s && Urls.isUrl(s.getString());
      if (!url && item.getValueType() != JsonValue.ValueType.OBJECT) {
        return Check.failed(name, "@context items must be URLs or objects, got " + item);
      }
    }
    return Check.passed(
        name,
        "starts with "
            + version.get().baseContext()
            + " (VC Data Model "
            + version.get().label()
            + ")");
  }

  /** §4.5: {@code type} is one or more strings and includes the required type. */
  static Check type(String name, JsonObject json, String required) {
    List<JsonValue> items = JsonProperties.values(json, "type");
    if (items.isEmpty()) {
      return Check.failed(name, "type is missing");
    }
    if (!items.stream().allMatch(v -> v instanceof JsonString s && !s.getString().isBlank())) {
      return Check.failed(name, "type items must be non-empty strings");
    }
    if (!JsonProperties.strings(json, "type").contains(required)) {
      return Check.failed(name, "type does not include " + required);
    }
    return Check.passed(name, "type includes " + required);
  }

  /** §4.4: an {@code id}, when present, is a single URL. */
  static Check optionalUrl(String name, JsonObject json, String property) {
    JsonValue value = json.get(property);
    if (value == null) {
      return Check.skipped(name, "no " + property);
    }
    if (value instanceof JsonString s && Urls.isUrl(s.getString())) {
      return Check.passed(name, property + " is a URL");
    }
    return Check.failed(name, property + " must be a URL, got " + value);
  }

  /**
   * A property whose value is a URL or an object whose {@code id} is a URL (issuer §4.7, holder
   * §4.13).
   */
  static Check urlOrObjectWithUrlId(String name, JsonObject json, String property) {
    JsonValue value = json.get(property);
    if (value == null) {
      return Check.failed(name, property + " is missing");
    }
    if (value instanceof JsonString s) {
      return Urls.isUrl(s.getString())
          ? Check.passed(name, property + " is " + s.getString())
          : Check.failed(name, property + " must be a URL, got '" + s.getString() + "'");
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      return JsonProperties.string(value.asJsonObject(), "id")
          .filter(Urls::isUrl)
          .map(id -> Check.passed(name, property + " is " + id))
          .orElseGet(() -> Check.failed(name, property + " object must have a URL id"));
    }
    return Check.failed(name, property + " must be a URL or an object with an id");
  }

  /** Items of the property, when present, are objects with a {@code type} (and URL ids). */
  static Check typedObjects(String name, JsonObject json, String property) {
    List<JsonValue> items = JsonProperties.values(json, property);
    if (items.isEmpty()) {
      return json.containsKey(property)
          ? Check.failed(name, property + " must not be empty")
          : Check.skipped(name, "no " + property);
    }
    for (JsonValue item : items) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        return Check.failed(name, property + " items must be objects");
      }
      JsonObject object = item.asJsonObject();
      if (JsonProperties.values(object, "type").isEmpty()
          || JsonProperties.strings(object, "type").isEmpty()) {
        return Check.failed(name, "every " + property + " item must have a type");
      }
      if (object.containsKey("id") && optionalUrl(name, object, "id").failed()) {
        return Check.failed(name, property + " id must be a URL");
      }
    }
    return Check.passed(name, items.size() + " " + property + " item(s), each typed");
  }
}
