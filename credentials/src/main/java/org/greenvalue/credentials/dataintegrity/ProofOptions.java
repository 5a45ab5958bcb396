package org.greenvalue.credentials.dataintegrity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.did.VerificationRelationship;

/**
 * The options of a new proof (Data Integrity 1.0 §2.1).
 *
 * @param verificationMethod the URL of the key that signs, e.g. {@code did:key:z6Mk...#z6Mk...}
 * @param purpose the proof purpose, {@code assertionMethod} unless set
 * @param created when the proof is created; the signer's clock when empty
 * @param expires when the proof stops being valid, if ever
 * @param domain the security domain the proof is restricted to, if any
 * @param challenge the verifier's challenge the proof answers, if any
 * @param previousProofs ids of existing proofs this proof chains to (empty: no chain)
 * @param id the proof's own id, needed for other proofs to chain to it
 */
public record ProofOptions(
    String verificationMethod,
    VerificationRelationship purpose,
    Optional<Instant> created,
    Optional<Instant> expires,
    Optional<String> domain,
    Optional<String> challenge,
    List<String> previousProofs,
    Optional<String> id) {

  public ProofOptions {
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(challenge, "challenge");
    previousProofs = List.copyOf(previousProofs);
    Objects.requireNonNull(id, "id");
  }

  /** Options for an {@code assertionMethod} proof by this verification method, created now. */
  public static ProofOptions assertion(String verificationMethod) {
    return builder(verificationMethod).build();
  }

  public static Builder builder(String verificationMethod) {
    return new Builder(verificationMethod);
  }

  /** Builds {@link ProofOptions}; everything but the verification method is optional. */
  public static final class Builder {
    private final String verificationMethod;
    private VerificationRelationship purpose = VerificationRelationship.ASSERTION_METHOD;
    private Instant created;
    private Instant expires;
    private String domain;
    private String challenge;
    private List<String> previousProofs = List.of();
    private String id;

    private Builder(String verificationMethod) {
      this.verificationMethod = verificationMethod;
    }

    public Builder purpose(VerificationRelationship purpose) {
      this.purpose = purpose;
      return this;
    }

    public Builder created(Instant created) {
      this.created = created;
      return this;
    }

    public Builder expires(Instant expires) {
      this.expires = expires;
      return this;
    }

    public Builder domain(String domain) {
      this.domain = domain;
      return this;
    }

    public Builder challenge(String challenge) {
      this.challenge = challenge;
      return this;
    }

    public Builder previousProofs(String... ids) {
      this.previousProofs = List.of(ids);
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public ProofOptions build() {
      return new ProofOptions(
          verificationMethod,
          purpose,
          Optional.ofNullable(created),
          Optional.ofNullable(expires),
          Optional.ofNullable(domain),
          Optional.ofNullable(challenge),
          previousProofs,
          Optional.ofNullable(id));
    }
  }
}
