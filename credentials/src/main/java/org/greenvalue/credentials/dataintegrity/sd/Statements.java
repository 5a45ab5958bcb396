package org.greenvalue.credentials.dataintegrity.sd;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.jsonld.RdfQuads;

/**
 * Statements of a document and their canonical, relabelled N-Quads (vc-di-ecdsa §3.4.3
 * "labelReplacementCanonicalizeNQuads", §3.4.8 "toDeskolemizedNQuads"). Skolem IRIs {@code
 * urn:bnid:_:x} become blank nodes {@code _:x} again.
 */
final class Statements {

  static final String SKOLEM_PREFIX = "urn:bnid:";

  private Statements() {}

  /** The deskolemized statements of a JSON-LD document. */
  static Result<List<Statement>> of(JsonObject document) {
    var statements = new ArrayList<Statement>();
    RdfQuadConsumer collect =
        (s, p, o, dt, lang, dir, g) -> {
          statements.add(new Statement(s, p, o, dt, lang, dir, g).nodes(Statements::deskolemize));
          return null;
        };
    return RdfQuads.emit(document, collect).map(ok -> statements);
  }

  private static String deskolemize(String node) {
    return node != null && node.startsWith(SKOLEM_PREFIX + "_:")
        ? node.substring(SKOLEM_PREFIX.length())
        : node;
  }

  /**
   * The outcome of canonicalizing with label replacement.
   *
   * @param labelMap each input blank node label (without {@code _:}) to its new label
   * @param canonicalIds each input blank node label to its canonical {@code c14nN} label
   * @param nquads the relabelled N-Quads, sorted, each ending in a line feed
   */
  record Labelled(
      Map<String, String> labelMap, Map<String, String> canonicalIds, List<String> nquads) {}

  /**
   * RDFC-1.0 over the statements, then each canonical blank node label replaced by the label that
   * {@code labelMapFactory} gives its input label, then sorted.
   */
  static Result<Labelled> canonicalize(
      List<Statement> statements,
      Function<Map<String, String>, Result<Map<String, String>>> labelMapFactory) {
    try {
      RdfCanon canon = RdfCanon.create("SHA-256");
      for (Statement statement : statements) {
        statement.to(canon);
      }
      var canonicalOut = new ArrayList<Statement>();
      canon.provide(
          (s, p, o, dt, lang, dir, g) -> {
            canonicalOut.add(new Statement(s, p, o, dt, lang, dir, g));
            return null;
          });
      Map<String, String> canonicalIds = new HashMap<>();
      canon.mapping().forEach((input, c14n) -> canonicalIds.put(strip(input), strip(c14n)));
      var labelMap = labelMapFactory.apply(canonicalIds);
      if (!labelMap.succeeded()) {
        return Result.failure(labelMap.reason());
      }
      Map<String, String> byCanonical = new HashMap<>();
      canonicalIds.forEach((input, c14n) -> byCanonical.put(c14n, labelMap.value().get(input)));
      List<String> nquads = new ArrayList<>(write(canonicalOut, byCanonical));
      nquads.sort(null);
      return Result.success(new Labelled(labelMap.value(), canonicalIds, nquads));
    } catch (RdfConsumerException | RuntimeException e) {
      return Result.failure("RDF canonicalization failed: " + e.getMessage());
    }
  }

  /** The statements as N-Quads lines, blank node labels replaced through {@code labels}. */
  static List<String> write(List<Statement> statements, Map<String, String> labels)
      throws RdfConsumerException {
    var out = new StringWriter();
    var writer = new NQuadsWriter(out);
    for (Statement statement : statements) {
      statement.nodes(node -> relabel(node, labels)).to(writer);
    }
    String text = out.toString();
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split("\n", -1)).filter(l -> !l.isEmpty()).map(l -> l + "\n").toList();
  }

  private static String relabel(String node, Map<String, String> labels) {
    if (node == null || !node.startsWith("_:")) {
      return node;
    }
    String replacement = labels.get(node.substring(2));
    if (replacement == null) {
      throw new IllegalStateException("no label for blank node " + node);
    }
    return "_:" + replacement;
  }

  private static String strip(String label) {
    return label.startsWith("_:") ? label.substring(2) : label;
  }
}
