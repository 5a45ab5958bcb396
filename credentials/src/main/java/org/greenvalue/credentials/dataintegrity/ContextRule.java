package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.greenvalue.common.verification.Check;

/**
 * Data Integrity 1.0 §2.4 contexts: a JSON-LD document secured by a {@code DataIntegrityProof} must
 * use the credentials v2 or data integrity v2 context (which define the proof terms). A JCS proof's
 * own {@code @context} must be a prefix of the document's (vc-di-eddsa §3.3.2); an RDFC proof that
 * states one must state the document's.
 */
final class ContextRule {

  static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
  static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";

  private ContextRule() {}

  static Check check(Cryptosuite suite, JsonObject proof, JsonObject unsecured) {
    List<JsonValue> document = values(unsecured.get("@context"));
    JsonValue proofContext = proof.get("@context");
    boolean jcs = suite != null && suite.canonicalization().proofCarriesContext();
    if (document.isEmpty() && proofContext == null && jcs) {
      return Check.passed("context", "plain JSON secured with " + suite.name());
    }
    boolean defined =
        document.stream()
            .anyMatch(
                v ->
                    v instanceof JsonString s
                        && (s.getString().equals(CREDENTIALS_V2)
                            || s.getString().equals(DATA_INTEGRITY_V2)));
    if (!defined) {
      return Check.failed(
          "context",
          "document @context must include " + CREDENTIALS_V2 + " or " + DATA_INTEGRITY_V2);
    }
    if (proofContext != null && suite != null) {
      List<JsonValue> stated = values(proofContext);
      boolean ok =
          jcs
              ? stated.size() <= document.size()
                  && document.subList(0, stated.size()).equals(stated)
              : stated.equals(document);
      if (!ok) {
        return Check.failed(
            "context",
            jcs
                ? "document @context does not start with the proof's @context"
                : "proof @context differs from the document's");
      }
    }
    return Check.passed("context", "document @context defines the proof terms");
  }

  private static List<JsonValue> values(JsonValue context) {
    if (context == null) {
      return List.of();
    }
    return context instanceof JsonArray array ? array : List.of(context);
  }
}
