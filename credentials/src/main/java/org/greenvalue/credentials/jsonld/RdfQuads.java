package org.greenvalue.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import jakarta.json.JsonObject;
import org.greenvalue.common.Result;

/**
 * The RDF quads of a JSON-LD document, expanded in safe mode over the bundled contexts ({@link
 * JsonLdExpander#standard()}), handed to a consumer: for algorithms that work on the statements
 * themselves, such as selective disclosure.
 */
public final class RdfQuads {

  private RdfQuads() {}

  /** Emits every quad of {@code document}; a failure names what could not be expanded. */
  public static Result<Boolean> emit(JsonObject document, RdfQuadConsumer consumer) {
    JsonLdExpander expander = JsonLdExpander.standard();
    return expander
        .expand(document)
        .flatMap(
            expanded -> {
              try {
                ToRdfProcessor.toRdf(consumer, expanded, expander.options());
                return Result.success(true);
              } catch (JsonLdError e) {
                return Result.failure(JsonLdExpander.describe(e));
              } catch (RuntimeException e) {
                return Result.failure("RDF conversion failed: " + e.getMessage());
              }
            });
  }
}
