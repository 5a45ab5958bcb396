package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Objects;
import org.greenvalue.common.Result;

/**
 * JSON-LD expansion in "safe mode" over bundled contexts only. Expansion fails, naming the term,
 * when anything in the input would be silently dropped: an undefined property (titanium's
 * undefined-terms policy set to fail) or a type, node id or datatype that does not expand to an
 * absolute IRI ({@link DroppedTerms}). Remote contexts are refused by {@link
 * BundledDocumentLoader}.
 *
 * <p>Thread-safe: titanium's own context and document caches are switched off (they are not
 * thread-safe); the bundled contexts are parsed once and shared.
 */
public final class JsonLdExpander {

  private static final class Standard {
    private static final JsonLdExpander INSTANCE = new JsonLdExpander(BundledContexts.standard());
  }

  private final JsonLdOptions template;

  public JsonLdExpander(BundledContexts contexts) {
    Objects.requireNonNull(contexts, "contexts");
    var options = new JsonLdOptions(new BundledDocumentLoader(contexts));
    options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
    options.setContextCache(null);
    options.setDocumentCache(null);
    options.setProduceGeneralizedRdf(false);
    options.setOrdered(false);
    this.template = options;
  }

  /** The expander over {@link BundledContexts#standard()}. */
  public static JsonLdExpander standard() {
    return Standard.INSTANCE;
  }

  /** Expands a document; a failure names the dropped or undefined term, or the refused context. */
  public Result<JsonArray> expand(JsonObject document) {
    try {
      JsonArray expanded = ExpansionProcessor.expand(JsonDocument.of(document), options(), false);
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
