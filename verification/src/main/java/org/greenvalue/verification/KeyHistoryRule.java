package org.greenvalue.verification;

import org.greenvalue.common.verification.Check;

/**
 * Whether the issuer's key was valid at issuance: a did:key cannot rotate, so the key that verified
 * was the issuer's then; did:web keeps no key history, so only the current document can be used.
 */
final class KeyHistoryRule {

  static final String NAME = "key.valid-at-issuance";

  private KeyHistoryRule() {}

  static Check check(Claim claim, boolean proofValid, FactsBuilder facts) {
    if (!proofValid) {
      return Check.skipped(NAME, "the proof did not verify");
    }
    String issuer = claim.issuer().orElse("");
    if (issuer.startsWith("did:key:")) {
      return Check.passed(NAME, "did:key: the key is the identifier and cannot have rotated");
    }
    if (issuer.startsWith("did:web:")) {
      return facts.missing(
          NAME,
          "did:web keeps no key history: the key is in today's DID document, validity at "
              + claim.issuedAt()
              + " cannot be shown");
    }
    return facts.missing(NAME, "no key history for the DID method of " + issuer);
  }
}
