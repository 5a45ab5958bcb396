package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.util.Objects;
import org.greenvalue.common.Result;

/**
 * A JSON-LD document to its canonical N-Quads (RDF Dataset Canonicalization, RDFC-1.0, with
 * SHA-256): safe-mode expansion ({@link JsonLdExpander}), then RDF, then canonical labelling and
 * ordering by titanium-rdfc. Thread-safe.
 */
public final class RdfCanonicalizer {

  private static final class Standard {
    private static final RdfCanonicalizer INSTANCE =
        new RdfCanonicalizer(JsonLdExpander.standard());
  }

  private final JsonLdExpander expander;

  public RdfCanonicalizer(JsonLdExpander expander) {
    this.expander = Objects.requireNonNull(expander, "expander");
  }

  public static RdfCanonicalizer standard() {
    return Standard.INSTANCE;
  }

  /** The canonical N-Quads of a document, each quad ending in a line feed. */
  public Result<String> canonicalize(JsonObject document) {
    return expander
        .expand(document)
        .flatMap(
            expanded -> {
              try {
                RdfCanon canon = RdfCanon.create("SHA-256");
                ToRdfProcessor.toRdf(canon, expanded, expander.options());
                var out = new StringWriter(2048);
                canon.provide(new NQuadsWriter(out));
                return Result.success(out.toString());
              } catch (JsonLdError e) {
                return Result.failure(JsonLdExpander.describe(e));
              } catch (RdfConsumerException | RuntimeException e) {
                return Result.failure("RDF canonicalization failed: " + e.getMessage());
              }
            });
  }
}
