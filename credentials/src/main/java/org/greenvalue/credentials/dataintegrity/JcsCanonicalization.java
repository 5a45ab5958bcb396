package org.greenvalue.credentials.dataintegrity;

import com.apicatalog.jcs.JsonCanonicalizer;
import jakarta.json.JsonObject;
import org.greenvalue.common.Result;

/** The JSON Canonicalization Scheme (RFC 8785) of the document as plain JSON. */
public record JcsCanonicalization() implements Canonicalization {

  @Override
  public Result<String> canonicalize(JsonObject document) {
    try {
      return Result.success(JsonCanonicalizer.canonize(document));
    } catch (RuntimeException e) {
      return Result.failure("JCS canonicalization failed: " + e.getMessage());
    }
  }

  @Override
  public boolean proofCarriesContext() {
    return true;
  }
}
