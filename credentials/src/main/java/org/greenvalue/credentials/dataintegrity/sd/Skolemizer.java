package org.greenvalue.credentials.dataintegrity.sd;

import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;

/**
 * Gives every node object of a compact document an identifier (vc-di-ecdsa §3.4.7
 * "skolemizeCompactJsonLd"): a node without {@code id} gets {@code urn:bnid:_:b<N>}, a blank node
 * id {@code _:x} becomes {@code urn:bnid:_:x}. Value, list and set objects and {@code @context} are
 * left alone. Works in place on a {@link JsonTree}.
 */
final class Skolemizer {

  private int next;

  static Object skolemize(Object tree) {
    new Skolemizer().visit(tree, true);
    return tree;
  }

  @SuppressWarnings("unchecked")
  private void visit(Object tree, boolean node) {
    if (tree instanceof List<?> list) {
      list.forEach(item -> visit(item, node));
      return;
    }
    if (!(tree instanceof Map<?, ?> raw)) {
      return;
    }
    var map = (Map<String, Object>) raw;
    boolean valueLike =
        map.containsKey("@value") || map.containsKey("@list") || map.containsKey("@set");
    for (var entry : map.entrySet()) {
      if (!entry.getKey().equals("@context")) {
        visit(entry.getValue(), true);
      }
    }
    if (!node || valueLike) {
      return;
    }
    Object id = map.containsKey("id") ? map.get("id") : map.get("@id");
    String key = map.containsKey("@id") && !map.containsKey("id") ? "@id" : "id";
    if (id == null) {
      map.put("id", jakarta.json.Json.createValue(Statements.SKOLEM_PREFIX + "_:b" + next++));
    } else if (id instanceof JsonString s && s.getString().startsWith("_:")) {
      map.put(key, jakarta.json.Json.createValue(Statements.SKOLEM_PREFIX + s.getString()));
    }
  }
}
