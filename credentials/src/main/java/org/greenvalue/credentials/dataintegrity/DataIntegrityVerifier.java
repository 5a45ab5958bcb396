package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSd2023;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdVerification;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * Verifies every Data Integrity proof of a document (Data Integrity 1.0 §4.4, §4.5): each proof of
 * a set on its own, each chained proof together with the proofs it names. The report has a check
 * per rule and proof ({@code proof[0].signature}, ...) and {@code proof.chain}. Every proof must be
 * made with a key of the document's party ({@code proof[i].controller}, {@link BindingRule}): the
 * issuer for assertion proofs, the holder for authentication proofs. The legacy proof types {@code
 * Ed25519Signature2020} and {@code JsonWebSignature2020} are verified too ({@link
 * LegacyProofRules}), under the same binding. Malformed input gives failed checks, never
 * exceptions. Thread-safe; create once and reuse.
 */
public final class DataIntegrityVerifier {

  private final Cryptosuites suites;
  private final Clock clock;
  private final VerificationMethodRule methods;
  private final LegacyProofRules legacy;

  public DataIntegrityVerifier(DidResolver resolver, Clock clock) {
    this(resolver, clock, Cryptosuites.standard());
  }

  public DataIntegrityVerifier(DidResolver resolver, Clock clock, Cryptosuites suites) {
    this.methods = new VerificationMethodRule(resolver);
    this.legacy = new LegacyProofRules(methods);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.suites = Objects.requireNonNull(suites, "suites");
  }

  /** Verifies assertion proofs, as on credentials. */
  public VerificationReport verify(JsonObject securedDocument) {
    return verify(securedDocument, ProofExpectations.assertion());
  }

  public VerificationReport verify(JsonObject securedDocument, ProofExpectations expected) {
    if (securedDocument == null) {
      return VerificationReport.of(Check.failed("proof", "no document"));
    }
    var set = ProofSet.of(securedDocument);
    if (!set.succeeded()) {
      return VerificationReport.of(Check.failed("proof", set.reason()));
    }
    List<JsonObject> proofs = set.value().proofs();
    if (proofs.isEmpty()) {
      return VerificationReport.of(Check.failed("proof", "the document has no proof"));
    }
    var report =
        VerificationReport.of(
            Check.passed("proof", proofs.size() == 1 ? "one proof" : proofs.size() + " proofs"));
    Instant now = clock.instant();
    for (int i = 0; i < proofs.size(); i++) {
      report =
          report.and(
              verifyOne(proofs.get(i), set.value(), expected, now).prefixed("proof[" + i + "]"));
    }
    return report.and(VerificationReport.of(ChainRule.check(set.value())));
  }

  private VerificationReport verifyOne(
      JsonObject proof, ProofSet set, ProofExpectations expected, Instant now) {
    var legacySuite = LegacyProofSuite.ofType(ProofSet.stringOf(proof, "type"));
    if (legacySuite.isPresent()) {
      return legacy.verify(legacySuite.get(), proof, set, expected, now);
    }
    var checks = new ArrayList<Check>();
    checks.add(ProofFieldRules.type(proof));
    Checked<Cryptosuite> suite = ProofFieldRules.cryptosuite(proof, suites);
    checks.add(suite.check());
    checks.add(ContextRule.check(suite.value().orElse(null), proof, set.unsecured()));
    checks.add(ProofFieldRules.purpose(proof, expected));
    checks.add(TimeRules.created(proof, now));
    checks.add(TimeRules.expires(proof, now));
    ProofFieldRules.domain(proof, expected).ifPresent(checks::add);
    ProofFieldRules.challenge(proof, expected).ifPresent(checks::add);
    Checked<VerificationMethod> method =
        methods.check(proof, expected.purpose(), suite.value().orElse(null));
    checks.add(method.check());
    checks.add(BindingRule.check(set.unsecured(), expected.purpose(), method.value()));
    Checked<VerificationKey> key =
        new Checked<>(method.check(), method.value().map(VerificationMethod::key));
    if (suite.value().filter(s -> s.name().equals(EcdsaSd2023.NAME)).isPresent()) {
      checks.addAll(EcdsaSdVerification.check(proof, set.unsecured(), key.value()));
      return new VerificationReport(checks);
    }
    int length =
        suite.value().isPresent() && key.value().isPresent()
            ? suite.value().get().signatureLength(key.value().get().type())
            : suite.value().map(Cryptosuite::signatureLength).orElse(64);
    var signature = ProofValue.decode(ProofSet.stringOf(proof, "proofValue"), length);
    checks.add(
        signature.succeeded()
            ? Check.passed("proofValue", "multibase base58-btc, " + length + " bytes")
            : Check.failed("proofValue", signature.reason()));
    checks.add(signature(proof, set, suite, key, signature));
    return new VerificationReport(checks);
  }

  private static Check signature(
      JsonObject proof,
      ProofSet set,
      Checked<Cryptosuite> suite,
      Checked<VerificationKey> key,
      org.greenvalue.common.Result<byte[]> signature) {
    if (suite.value().isEmpty() || key.value().isEmpty() || !signature.succeeded()) {
      return Check.skipped("signature", "needs a known cryptosuite, key and proof value");
    }
    var previous = ProofSet.previousProofIds(proof).flatMap(set::matching);
    if (!previous.succeeded()) {
      return Check.failed("signature", "cannot rebuild the chained document: " + previous.reason());
    }
    return SignatureRule.check(
        suite.value().get(), proof, set, previous.value(), key.value().get(), signature.value());
  }
}
