package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.jsonld.RdfCanonicalizer;

/** RDF Dataset Canonicalization (RDFC-1.0) of the JSON-LD document, as canonical N-Quads. */
public record RdfcCanonicalization(RdfCanonicalizer canonicalizer) implements Canonicalization {

  public RdfcCanonicalization {
    Objects.requireNonNull(canonicalizer, "canonicalizer");
  }

  /** Over the bundled contexts, in safe mode. */
  public static RdfcCanonicalization standard() {
    return new RdfcCanonicalization(RdfCanonicalizer.standard());
  }

  @Override
  public Result<String> canonicalize(JsonObject document) {
    return canonicalizer.canonicalize(document);
  }

  @Override
  public boolean proofCarriesContext() {
    return false;
  }
}
