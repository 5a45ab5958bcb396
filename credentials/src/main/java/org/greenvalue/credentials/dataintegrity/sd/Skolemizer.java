package org.greenvalue.credentials.dataintegrity.sd;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.jsonld.JsonLdExpander;

/**
 * Gives every node of a compact document an identifier (vc-di-ecdsa §3.4.7
 * "skolemizeCompactJsonLd"): the document is expanded, each node object without {@code @id} gets
 * {@code urn:bnid:_:b<N>} and a blank node id {@code _:x} becomes {@code urn:bnid:_:x} (§3.4.6
 * "skolemizeExpandedJsonLd"), and the result is compacted with the document's own context.
 *
 * <p>Working in expanded form is what makes this right for any context: whether a member named
 * {@code id} is the node's identifier depends on the active context (a PACT footprint's {@code id}
 * is a property, {@code pact:id}, inside our {@code productFootprint} term), and only expansion
 * knows. Value, list and set objects are not nodes and are left alone.
 */
final class Skolemizer {

  private int next;

  /** The skolemized compact document as a mutable {@link JsonTree}. */
  @SuppressWarnings("unchecked")
  static Result<Map<String, Object>> skolemize(JsonObject document) {
    JsonLdExpander expander = JsonLdExpander.standard();
    Skolemizer skolemizer = new Skolemizer();
    return expander
        .expand(document)
        .flatMap(
            expanded ->
                expander.compact(
                    (JsonArray) skolemizer.expanded(expanded), document.get("@context")))
        .map(compact -> (Map<String, Object>) JsonTree.of(compact));
  }

  private JsonValue expanded(JsonValue value) {
    if (value instanceof JsonArray array) {
      JsonArrayBuilder items = JSON.createArrayBuilder();
      array.forEach(item -> items.add(expanded(item)));
      return items.build();
    }
    if (!(value instanceof JsonObject object) || object.containsKey("@value")) {
      return value;
    }
    JsonObjectBuilder node = JSON.createObjectBuilder();
    object.forEach(
        (name, member) -> node.add(name, member instanceof JsonArray ? expanded(member) : member));
    if (object.containsKey("@list") || object.containsKey("@set")) {
      return node.build();
    }
    if (!(object.get("@id") instanceof JsonString id)) {
      node.add("@id", Statements.SKOLEM_PREFIX + "_:b" + next++);
    } else if (id.getString().startsWith("_:")) {
      node.add("@id", Statements.SKOLEM_PREFIX + id.getString());
    }
    return node.build();
  }
}
