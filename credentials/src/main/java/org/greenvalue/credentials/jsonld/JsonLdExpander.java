package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.CompactionProcessor;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * JSON-LD expansion in "safe mode" over bundled contexts only. Expansion fails, naming the term,
 * when anything in the input would be silently dropped: an undefined property (titanium's
 * undefined-terms policy set to fail) or a type, node id or datatype that does not expand to an
 * absolute IRI ({@link DroppedTerms}). Remote contexts are refused by {@link
 * BundledDocumentLoader}.
 *
 * <p>Thread-safe: titanium's own context and document caches are switched off (they are not
 * thread-safe); the bundled contexts are parsed once and shared, and the active context of a
 * document's top-level {@code @context} is processed once ({@link PreparedContexts}).
 */
public final class JsonLdExpander {

  private static final class Standard {
    private static final JsonLdExpander INSTANCE = new JsonLdExpander(BundledContexts.standard());
  }

  private final JsonLdOptions template;
  private final PreparedContexts prepared;

  public JsonLdExpander(BundledContexts contexts) {
    Objects.requireNonNull(contexts, "contexts");
    var options = new JsonLdOptions(new BundledDocumentLoader(contexts));
    options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
    options.setContextCache(null);
    options.setDocumentCache(null);
    options.setProduceGeneralizedRdf(false);
    options.setOrdered(false);
    // An IRI is taken as absolute by its scheme, as jsonld.js does, not by parsing a
    // java.net.URI each time (a tenth of an rdfc verification); DroppedTerms then refuses any
    // IRI in the expanded document that does not parse, before RDF conversion sees it.
    options.setUriValidation(UriValidationPolicy.SchemeOnly);
    this.template = options;
    this.prepared = new PreparedContexts(options);
  }

  /** The expander over {@link BundledContexts#standard()}. */
  public static JsonLdExpander standard() {
    return Standard.INSTANCE;
  }

  /**
   * The absolute IRI each type term stands for under {@code context} (a document's top-level
   * {@code @context}), as JSON-LD expands a {@code type} value: a term defined by the context, a
   * compact IRI, an absolute IRI, or a term under {@code @vocab}. Terms that expand to no absolute
   * IRI are left out; an unprocessable context gives an empty map. This reads the active context
   * only (shared for a list of context URLs) and expands nothing else of the document.
   */
  public Map<String, String> typeIris(JsonValue context, Collection<String> terms) {
    Optional<ActiveContext> active = prepared.resolve(context);
    if (active.isEmpty() || terms.isEmpty()) {
      return Map.of();
    }
    var iris = new LinkedHashMap<String, String>();
    for (String term : terms) {
      try {
        String iri = active.get().uriExpansion().vocab(true).expand(term);
        if (iri != null && UriUtils.isAbsoluteUri(iri, UriValidationPolicy.SchemeOnly)) {
          iris.put(term, iri);
        }
      } catch (JsonLdError | RuntimeException e) {
        // not an IRI: left out
      }
    }
    return iris;
  }

  /** Expands a document; a failure names the dropped or undefined term, or the refused context. */
  public Result<JsonArray> expand(JsonObject document) {
    try {
      JsonArray expanded = expandJsonLd(document);
      var dropped = DroppedTerms.find(expanded);
      if (dropped.isPresent()) {
        return Result.failure(dropped.get() + ": no context defines it, so it would be dropped");
      }
      return Result.success(expanded);
    } catch (JsonLdError e) {
      return Result.failure(describe(e));
    } catch (RuntimeException e) {
      return Result.failure("JSON-LD expansion failed: " + e.getMessage());
    }
  }

  /**
   * JSON-LD expansion. With a prepared active context for the document's {@code @context}, the rest
   * of the document is expanded from it, as the expansion algorithm does once it has processed that
   * member; the final steps are those of titanium's {@link ExpansionProcessor}.
   */
  private JsonArray expandJsonLd(JsonObject document) throws JsonLdError {
    Optional<ActiveContext> context = prepared.get(document.get(Keywords.CONTEXT));
    if (context.isEmpty()) {
      return ExpansionProcessor.expand(JsonDocument.of(document), options(), false);
    }
    JsonObject body =
        JsonDocuments.JSON.createObjectBuilder(document).remove(Keywords.CONTEXT).build();
    JsonValue expanded = Expansion.with(context.get(), body, null, null).ordered(false).compute();
    if (expanded instanceof JsonObject object
        && object.size() == 1
        && object.containsKey(Keywords.GRAPH)) {
      expanded = object.get(Keywords.GRAPH);
    }
    if (expanded == null || expanded.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    return expanded instanceof JsonArray array
        ? array
        : JsonDocuments.JSON.createArrayBuilder().add(expanded).build();
  }

  /**
   * JSON-LD compaction of an expanded document with {@code context} (a document's {@code @context}
   * value), over the bundled contexts; a failure names what could not be compacted.
   */
  public Result<JsonObject> compact(JsonArray expanded, JsonValue context) {
    try {
      JsonObject contextDocument =
          JsonDocuments.JSON.createObjectBuilder().add(Keywords.CONTEXT, context).build();
      return Result.success(
          CompactionProcessor.compact(
              JsonDocument.of(expanded), JsonDocument.of(contextDocument), options()));
    } catch (JsonLdError e) {
      return Result.failure(describe(e));
    } catch (RuntimeException e) {
      return Result.failure("JSON-LD compaction failed: " + e.getMessage());
    }
  }

  /** A copy of the processing options for one call (titanium's options are mutable). */
  JsonLdOptions options() {
    return new JsonLdOptions(template);
  }

  static String describe(JsonLdError error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(BundledDocumentLoader.REFUSED)) {
        return message.substring(message.indexOf(BundledDocumentLoader.REFUSED));
      }
    }
    String message = String.valueOf(error.getMessage());
    if (error.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
      int open = message.indexOf('[');
      int close = message.indexOf(']', open + 1);
      String term = open >= 0 && close > open ? message.substring(open + 1, close) : message;
      return "undefined property '" + term + "': no context defines it, so it would be dropped";
    }
    return "JSON-LD " + error.getCode() + ": " + message;
  }
}
