package org.greenvalue.credentials.dataintegrity;

import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.did.VerificationRelationship;

/**
 * What a verifier requires of every proof.
 *
 * @param purpose the proof purpose, whose verification relationship must authorise the key
 * @param domain the domain proofs must be restricted to, if the verifier asked for one
 * @param challenge the challenge proofs must answer, if the verifier issued one
 */
public record ProofExpectations(
    VerificationRelationship purpose, Optional<String> domain, Optional<String> challenge) {

  public ProofExpectations {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(challenge, "challenge");
  }

  /** Assertion proofs, as issuers put on credentials; no domain or challenge. */
  public static ProofExpectations assertion() {
    return new ProofExpectations(
        VerificationRelationship.ASSERTION_METHOD, Optional.empty(), Optional.empty());
  }

  /** Authentication proofs bound to a domain and challenge, as holders put on presentations. */
  public static ProofExpectations authentication(String domain, String challenge) {
    return new ProofExpectations(
        VerificationRelationship.AUTHENTICATION, Optional.of(domain), Optional.of(challenge));
  }
}
