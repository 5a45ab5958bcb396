package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.lang.BlankNode;
import com.apicatalog.jsonld.lang.LanguageTag;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Finds what RDF conversion would silently drop in an expanded JSON-LD document, so that nothing in
 * a signed document escapes its signature: a type, property, node id or datatype that did not
 * expand to an absolute IRI (or a blank node id), because no context defines the term; an IRI that
 * has a scheme but is not well-formed (titanium skips such a subject, predicate or object with only
 * a log line, and everything said about that node with it); an ill-formed language tag. Titanium's
 * undefined-terms policy already refuses undefined property names during expansion; this walk
 * covers the rest, with the same well-formedness tests titanium's RDF conversion applies.
 */
final class DroppedTerms {

  private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*");

  static final int REMEMBERED = 4096;
  static final int REMEMBERED_LENGTH = 256;
  private static final ConcurrentMap<String, Boolean> WELL_FORMED = new ConcurrentHashMap<>();

  private DroppedTerms() {}

  /** The first term that would be dropped, described for a person; empty when nothing is. */
  static Optional<String> find(JsonValue expanded) {
    return switch (expanded.getValueType()) {
      case ARRAY -> inArray(expanded.asJsonArray());
      case OBJECT -> inObject(expanded.asJsonObject());
      default -> Optional.empty();
    };
  }

  private static Optional<String> inArray(JsonArray array) {
    for (JsonValue item : array) {
      var found = find(item);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> inObject(JsonObject object) {
    if (object.containsKey("@value")) {
      return datatype(object.get("@type")).or(() -> language(object.get("@language")));
    }
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String key = entry.getKey();
      JsonValue value = entry.getValue();
      Optional<String> found =
          switch (key) {
            case "@id" -> iri(value, "node id");
            case "@type" -> types(value);
            case "@index", "@language", "@direction" -> Optional.empty();
            default -> {
              if (!key.startsWith("@") && !isAbsoluteIri(key)) {
                yield Optional.of("undefined property '" + key + "'");
              }
              if (!key.startsWith("@") && !isWellFormedIri(key)) {
                yield Optional.of("ill-formed property IRI '" + key + "'");
              }
              yield find(value);
            }
          };
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> types(JsonValue value) {
    if (value instanceof JsonArray array) {
      for (JsonValue type : array) {
        var found = iri(type, "type");
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    return iri(value, "type");
  }

  private static Optional<String> datatype(JsonValue type) {
    if (type == null || (type instanceof JsonString s && s.getString().equals("@json"))) {
      return Optional.empty();
    }
    return iri(type, "datatype");
  }

  private static Optional<String> iri(JsonValue value, String what) {
    if (value instanceof JsonString s) {
      String text = s.getString();
      if (text.startsWith("_:")) {
        return BlankNode.isWellFormed(text)
            ? Optional.empty()
            : Optional.of("ill-formed blank node " + what + " '" + text + "'");
      }
      if (!isAbsoluteIri(text)) {
        return Optional.of("undefined " + what + " '" + text + "'");
      }
      if (!isWellFormedIri(text)) {
        return Optional.of("ill-formed " + what + " IRI '" + text + "'");
      }
      return Optional.empty();
    }
    return Optional.of(what + " is not a string: " + value);
  }

  private static Optional<String> language(JsonValue tag) {
    if (tag == null || tag instanceof JsonString s && LanguageTag.isWellFormed(s.getString())) {
      return Optional.empty();
    }
    return Optional.of("ill-formed language tag " + tag);
  }

  /** Has a scheme: what a defined term or an IRI written in full expands to. */
  static boolean isAbsoluteIri(String text) {
    return ABSOLUTE_IRI.matcher(text).matches();
  }

  /**
   * The test titanium's RDF conversion applies before it emits an IRI. The same property and type
   * IRIs come back in every credential, and the test parses a {@code java.net.URI}, so answers are
   * remembered, up to {@value #REMEMBERED} IRIs of at most {@value #REMEMBERED_LENGTH} characters,
   * and forgotten all at once when that many are held.
   */
  private static boolean isWellFormedIri(String text) {
    Boolean known = WELL_FORMED.get(text);
    if (known != null) {
      return known;
    }
    boolean wellFormed = UriUtils.isAbsoluteUri(text, UriValidationPolicy.Full);
    if (text.length() <= REMEMBERED_LENGTH) {
      if (WELL_FORMED.size() >= REMEMBERED) {
        WELL_FORMED.clear(); // documents full of one-off IRIs must not keep the common ones out
      }
      WELL_FORMED.put(text, wellFormed);
    }
    return wellFormed;
  }
}
