package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;

/** Checks of a proof's own fields: type, cryptosuite, purpose, domain and challenge. */
final class ProofFieldRules {

  private ProofFieldRules() {}

  static Check type(JsonObject proof) {
    String type = ProofSet.stringOf(proof, "type");
    return "DataIntegrityProof".equals(type)
        ? Check.passed("type", "DataIntegrityProof")
        : Check.failed(
            "type",
            "proof type must be DataIntegrityProof (or a legacy type: "
                + Ed25519Signature2020.TYPE
                + ", "
                + JsonWebSignature2020.TYPE
                + "), got "
                + proof.get("type"));
  }

  static Checked<Cryptosuite> cryptosuite(JsonObject proof, Cryptosuites suites) {
    String name = ProofSet.stringOf(proof, "cryptosuite");
    var suite = suites.find(name);
    if (suite.isEmpty()) {
      return Checked.without(
          Check.failed(
              "cryptosuite",
              "unknown cryptosuite "
                  + proof.get("cryptosuite")
                  + "; supported: "
                  + suites.names()));
    }
    return Checked.passed(Check.passed("cryptosuite", name), suite.get());
  }

  static Check purpose(JsonObject proof, ProofExpectations expected) {
    String purpose = ProofSet.stringOf(proof, "proofPurpose");
    String wanted = expected.purpose().term();
    return wanted.equals(purpose)
        ? Check.passed("purpose", purpose)
        : Check.failed("purpose", "expected proofPurpose " + wanted + ", got " + purpose);
  }

  /** The domain check, or empty when the verifier expects none and the proof states none. */
  static Optional<Check> domain(JsonObject proof, ProofExpectations expected) {
    JsonValue value = proof.get("domain");
    if (expected.domain().isEmpty()) {
      return value == null
          ? Optional.empty()
          : Optional.of(Check.skipped("domain", "proof states a domain; none was expected"));
    }
    String wanted = expected.domain().get();
    List<String> stated = strings(value);
    return Optional.of(
        stated.contains(wanted)
            ? Check.passed("domain", wanted)
            : Check.failed("domain", "expected domain " + wanted + ", proof states " + stated));
  }

  /** The challenge check, or empty when the verifier expects none and the proof states none. */
  static Optional<Check> challenge(JsonObject proof, ProofExpectations expected) {
    String stated = ProofSet.stringOf(proof, "challenge");
    if (expected.challenge().isEmpty()) {
      return stated == null
          ? Optional.empty()
          : Optional.of(Check.skipped("challenge", "proof answers a challenge; none was issued"));
    }
    return Optional.of(
        expected.challenge().get().equals(stated)
            ? Check.passed("challenge", "matches the issued challenge")
            : Check.failed("challenge", "proof does not answer the issued challenge"));
  }

  private static List<String> strings(JsonValue value) {
    if (value instanceof JsonString s) {
      return List.of(s.getString());
    }
    if (value instanceof JsonArray array) {
      return array.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .toList();
    }
    return List.of();
  }
}
