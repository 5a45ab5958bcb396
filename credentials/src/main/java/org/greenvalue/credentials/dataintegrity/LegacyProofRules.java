package org.greenvalue.credentials.dataintegrity;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.VerificationMethod;

/**
 * The checks of one legacy proof ({@link LegacyProofSuite}): its context, purpose, times, domain
 * and challenge, the verification method and its binding to the issuer or holder (the same rules as
 * Data Integrity proofs), then the signature over the hash data.
 */
final class LegacyProofRules {

  private final VerificationMethodRule methods;

  LegacyProofRules(VerificationMethodRule methods) {
    this.methods = methods;
  }

  VerificationReport verify(
      LegacyProofSuite suite,
      JsonObject proof,
      ProofSet set,
      ProofExpectations expected,
      Instant now) {
    var checks = new ArrayList<Check>();
    checks.add(Check.passed("type", suite.proofType() + " (legacy proof type, verified only)"));
    checks.add(context(suite, proof, set.unsecured()));
    checks.add(ProofFieldRules.purpose(proof, expected));
    checks.add(TimeRules.created(proof, now));
    checks.add(TimeRules.expires(proof, now));
    ProofFieldRules.domain(proof, expected).ifPresent(checks::add);
    ProofFieldRules.challenge(proof, expected).ifPresent(checks::add);
    Checked<VerificationMethod> method = method(suite, proof, expected);
    checks.add(method.check());
    checks.add(BindingRule.check(set.unsecured(), expected.purpose(), method.value()));
    String signature = ProofSet.stringOf(proof, suite.signatureProperty());
    checks.add(
        signature == null
            ? Check.failed(
                suite.signatureProperty(),
                suite.proofType() + " needs a string " + suite.signatureProperty())
            : Check.passed(suite.signatureProperty(), "present"));
    checks.add(signature(suite, proof, set, method.value(), signature));
    return new VerificationReport(checks);
  }

  /** The document must use the suite's context, which defines the proof's terms. */
  static Check context(LegacyProofSuite suite, JsonObject proof, JsonObject unsecured) {
    List<JsonValue> document = values(unsecured.get("@context"));
    boolean uses =
        document.stream()
            .anyMatch(v -> v instanceof JsonString s && s.getString().equals(suite.contextUrl()));
    if (!uses) {
      return Check.failed(
          "context", "document @context must include " + suite.contextUrl() + " for this proof");
    }
    if (proof.containsKey("@context") && !values(proof.get("@context")).equals(document)) {
      return Check.failed("context", "proof @context differs from the document's");
    }
    return Check.passed("context", "document @context includes " + suite.contextUrl());
  }

  private Checked<VerificationMethod> method(
      LegacyProofSuite suite, JsonObject proof, ProofExpectations expected) {
    Checked<VerificationMethod> resolved = methods.check(proof, expected.purpose(), null);
    if (resolved.value().isEmpty()) {
      return resolved;
    }
    var key = resolved.value().get().key();
    if (!suite.accepts(key.type())) {
      return Checked.without(
          Check.failed(
              "verificationMethod",
              resolved.value().get().id()
                  + " is a "
                  + key.type()
                  + " key, which cannot make a "
                  + suite.proofType()));
    }
    return resolved;
  }

  private static Check signature(
      LegacyProofSuite suite,
      JsonObject proof,
      ProofSet set,
      Optional<VerificationMethod> method,
      String signature) {
    if (method.isEmpty() || signature == null) {
      return Check.skipped("signature", "needs a usable key and a signature");
    }
    JsonValue context = set.unsecured().get("@context");
    if (context == null) {
      return Check.failed("signature", suite.proofType() + " needs a document with an @context");
    }
    JsonObject config =
        JSON.createObjectBuilder(LegacyProofSuite.options(proof))
            .remove("@context")
            .add("@context", context)
            .build();
    var hashData = HashData.ofLegacy(config, set.unsecured());
    if (!hashData.succeeded()) {
      return Check.failed("signature", "cannot transform the document: " + hashData.reason());
    }
    var verified = suite.verify(signature, hashData.value(), method.get().key());
    return verified.succeeded()
        ? Check.passed("signature", suite.proofType() + ": " + verified.value())
        : Check.failed("signature", verified.reason());
  }

  private static List<JsonValue> values(JsonValue context) {
    if (context == null) {
      return List.of();
    }
    return context instanceof JsonArray array ? array : List.of(context);
  }
}
