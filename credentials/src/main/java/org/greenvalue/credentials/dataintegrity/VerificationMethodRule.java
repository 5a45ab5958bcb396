package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * Resolves a proof's verification method through the DID resolver, checks the DID document
 * authorises it for the proof purpose and that its key type is the suite's. Resolutions of {@code
 * did:key} methods, which cannot change, are kept so their keys are decoded once.
 */
final class VerificationMethodRule {

  private static final int MAX_CACHED = 4096;

  private final DidResolver resolver;
  private final Map<String, Result<VerificationMethod>> immutable = new ConcurrentHashMap<>();

  VerificationMethodRule(DidResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  Checked<VerificationMethod> check(
      JsonObject proof, VerificationRelationship relationship, Cryptosuite suite) {
    String url = ProofSet.stringOf(proof, "verificationMethod");
    if (url == null) {
      return Checked.without(
          Check.failed("verificationMethod", "proof has no verificationMethod URL"));
    }
    var method = resolve(url, relationship);
    if (!method.succeeded()) {
      return Checked.without(Check.failed("verificationMethod", method.reason()));
    }
    VerificationKey key = method.value().key();
    if (suite != null && !suite.accepts(key.type())) {
      return Checked.without(
          Check.failed(
              "verificationMethod",
              url + " is a " + key.type() + " key, which " + suite.name() + " does not accept"));
    }
    return Checked.passed(
        Check.passed("verificationMethod", url + " authorised for " + relationship.term()),
        method.value());
  }

  private Result<VerificationMethod> resolve(String url, VerificationRelationship relationship) {
    if (!url.startsWith("did:key:")) {
      return resolver.resolveVerificationMethod(url, relationship);
    }
    String cacheKey = relationship.term() + " " + url;
    var cached = immutable.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    var resolved = resolver.resolveVerificationMethod(url, relationship);
    if (immutable.size() >= MAX_CACHED) {
      immutable.clear();
    }
    immutable.put(cacheKey, resolved);
    return resolved;
  }
}
