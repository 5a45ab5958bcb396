package org.greenvalue.credentials.dataintegrity.sd;

import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenvalue.common.Result;

/**
 * The part of a compact document that JSON pointers (RFC 6901) select (vc-di-ecdsa §3.4.11
 * "selectJsonLd"): the {@code @context}, then for each pointer the path to its value, every object
 * on the way carrying its non-blank {@code id} and its {@code type}, and the value itself in full.
 * Arrays keep the selected elements in their order.
 */
final class JsonPointerSelection {

  /** Most pointers accepted in one selection. */
  static final int MAX_POINTERS = 256;

  private JsonPointerSelection() {}

  /** The selection, or a failure naming a pointer that is malformed or matches nothing. */
  @SuppressWarnings("unchecked")
  static Result<Map<String, Object>> select(Map<String, Object> document, List<String> pointers) {
    if (pointers.size() > MAX_POINTERS) {
      return Result.failure("more than " + MAX_POINTERS + " JSON pointers");
    }
    Map<String, Object> selection = new LinkedHashMap<>();
    if (document.containsKey("@context")) {
      selection.put("@context", JsonTree.copy(document.get("@context")));
    }
    selection.putAll(initial(document));
    for (String pointer : pointers) {
      var paths = parse(pointer);
      if (!paths.succeeded()) {
        return Result.failure(paths.reason());
      }
      if (paths.value().isEmpty()) {
        return Result.failure("the JSON pointer \"\" would select the whole document");
      }
      Object value = document;
      Object selectedParent;
      Object selectedValue = selection;
      for (String path : paths.value()) {
        selectedParent = selectedValue;
        value = child(value, path);
        if (value == null) {
          return Result.failure("JSON pointer " + pointer + " does not match the document");
        }
        selectedValue = child(selectedParent, path);
        if (selectedValue == null || selectedValue == JsonTree.HOLE) {
          selectedValue = value instanceof List<?> ? new ArrayList<>() : initial(value);
          put(selectedParent, path, selectedValue);
        }
      }
      Object parent = parentOf(selection, paths.value());
      String last = paths.value().getLast();
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> merged =
            new LinkedHashMap<>(
                selectedValue instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
        ((Map<String, Object>) JsonTree.copy(map)).forEach(merged::put);
        put(parent, last, merged);
      } else {
        put(parent, last, JsonTree.copy(value));
      }
    }
    return Result.success(selection);
  }

  /** RFC 6901 reference tokens, {@code ~1} and {@code ~0} unescaped. */
  static Result<List<String>> parse(String pointer) {
    if (pointer == null || (!pointer.isEmpty() && !pointer.startsWith("/"))) {
      return Result.failure("not a JSON pointer: " + pointer);
    }
    var paths = new ArrayList<String>();
    if (pointer.isEmpty()) {
      return Result.success(paths);
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      if (token.replace("~0", "").replace("~1", "").contains("~")) {
        return Result.failure("JSON pointer " + pointer + " has a '~' not followed by 0 or 1");
      }
      paths.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return Result.success(paths);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> initial(Object source) {
    Map<String, Object> selection = new LinkedHashMap<>();
    if (source instanceof Map<?, ?> raw) {
      var map = (Map<String, Object>) raw;
      // a node's identifier, under its alias or, where the context gives id another meaning, as
      // the keyword the skolemized document then has
      for (String key : List.of("id", "@id")) {
        if (map.get(key) instanceof JsonString id && !id.getString().startsWith("_:")) {
          selection.put(key, id);
        }
      }
      if (map.containsKey("type")) {
        selection.put("type", JsonTree.copy(map.get("type")));
      }
    }
    return selection;
  }

  private static Object parentOf(Object root, List<String> paths) {
    Object parent = root;
    for (int i = 0; i < paths.size() - 1; i++) {
      parent = child(parent, paths.get(i));
    }
    return parent;
  }

  @SuppressWarnings("unchecked")
  private static Object child(Object container, String path) {
    if (container instanceof Map<?, ?> map) {
      return ((Map<String, Object>) map).get(path);
    }
    if (container instanceof List<?> list) {
      int index = index(path);
      return index >= 0 && index < list.size() ? list.get(index) : null;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void put(Object container, String path, Object value) {
    if (container instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(path, value);
    } else if (container instanceof List<?> raw) {
      var list = (List<Object>) raw;
      int index = index(path);
      while (list.size() <= index) {
        list.add(JsonTree.HOLE);
      }
      list.set(index, value);
    }
  }

  private static int index(String path) {
    if (path.isEmpty() || path.length() > 9 || !path.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    if (path.length() > 1 && path.startsWith("0")) {
      return -1;
    }
    return Integer.parseInt(path);
  }
}
