package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import org.greenvalue.common.Result;

/** How a cryptosuite turns a JSON document into the exact bytes that are hashed. */
public sealed interface Canonicalization permits RdfcCanonicalization, JcsCanonicalization {

  /** The canonical form of a document or proof configuration, as text (UTF-8 when hashed). */
  Result<String> canonicalize(JsonObject document);

  /**
   * Whether a proof carries its own {@code @context} and the proof configuration uses it (JCS
   * suites), or the configuration takes the secured document's {@code @context} (RDFC suites).
   */
  boolean proofCarriesContext();
}
