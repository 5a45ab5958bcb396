package org.greenvalue.credentials.did;

import java.util.Arrays;
import java.util.Optional;

/** Verification relationships of DID Core §5.3, named as proofs state them in proofPurpose. */
public enum VerificationRelationship {
  AUTHENTICATION("authentication"),
  ASSERTION_METHOD("assertionMethod"),
  CAPABILITY_INVOCATION("capabilityInvocation"),
  CAPABILITY_DELEGATION("capabilityDelegation");

  private final String term;

  VerificationRelationship(String term) {
    this.term = term;
  }

  public String term() {
    return term;
  }

  public static Optional<VerificationRelationship> ofTerm(String term) {
    return Arrays.stream(values()).filter(r -> r.term.equals(term)).findFirst();
  }
}
