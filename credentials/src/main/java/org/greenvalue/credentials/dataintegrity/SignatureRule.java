package org.greenvalue.credentials.dataintegrity;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * Recomputes what a proof signed and checks the signature (vc-di-eddsa §3.2.2 / §3.3.2, vc-di-ecdsa
 * §3.2.2 "Verify Proof"): the proof configuration is the proof without its value, with the
 * document's {@code @context} for RDFC suites or its own for JCS suites; the document is the
 * unsecured document, with the previous proofs of a chain.
 */
final class SignatureRule {

  private SignatureRule() {}

  static Check check(
      Cryptosuite suite,
      JsonObject proof,
      ProofSet set,
      List<JsonObject> previous,
      VerificationKey key,
      byte[] signature) {
    JsonObject options = JSON.createObjectBuilder(proof).remove("proofValue").build();
    JsonObject document = set.inputFor(previous);
    JsonObject config;
    if (suite.canonicalization().proofCarriesContext()) {
      config = options;
      if (options.containsKey("@context")) {
        document =
            JSON.createObjectBuilder(document).add("@context", options.get("@context")).build();
      }
    } else {
      var context = set.unsecured().get("@context");
      if (context == null) {
        return Check.failed("signature", suite.name() + " needs a document with an @context");
      }
      config =
          JSON.createObjectBuilder(options).remove("@context").add("@context", context).build();
    }
    var hashData = HashData.of(suite, key.type(), config, document);
    if (!hashData.succeeded()) {
      return Check.failed("signature", "cannot transform the document: " + hashData.reason());
    }
    return key.verify(hashData.value(), signature)
        ? Check.passed("signature", suite.name() + " signature verifies")
        : Check.failed("signature", "signature does not match the document and proof options");
  }
}
