package org.greenvalue.credentials.dataintegrity.sd;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutable copy of a JSON document for the selection and skolemization steps: objects as ordered
 * maps, arrays as lists, everything else the original {@link JsonValue}. {@link #HOLE} marks an
 * array position a selection has not filled.
 */
final class JsonTree {

  static final Object HOLE = new Object();

  private JsonTree() {}

  static Object of(JsonValue value) {
    if (value instanceof JsonObject object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.forEach((k, v) -> map.put(k, of(v)));
      return map;
    }
    if (value instanceof JsonArray array) {
      List<Object> list = new ArrayList<>(array.size());
      array.forEach(v -> list.add(of(v)));
      return list;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static JsonValue toJson(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      var builder = JSON.createObjectBuilder();
      ((Map<String, Object>) map).forEach((k, v) -> builder.add(k, toJson(v)));
      return builder.build();
    }
    if (tree instanceof List<?> list) {
      var builder = JSON.createArrayBuilder();
      for (Object item : list) {
        if (item != HOLE) {
          builder.add(toJson(item));
        }
      }
      return builder.build();
    }
    return (JsonValue) tree;
  }

  /** A deep copy. */
  @SuppressWarnings("unchecked")
  static Object copy(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> out.put(k, copy(v)));
      return out;
    }
    if (tree instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(copy(v)));
      return out;
    }
    return tree;
  }
}
