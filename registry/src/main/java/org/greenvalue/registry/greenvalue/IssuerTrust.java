package org.greenvalue.registry.greenvalue;

import java.time.Clock;
import java.time.Instant;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.ledger.trust.TrustStatus;
import org.greenvalue.registry.trust.Role;
import org.greenvalue.registry.trust.TrustAnswer;
import org.greenvalue.registry.trust.TrustEvent;
import org.greenvalue.registry.trust.TrustQueries;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/**
 * The issuer of a credential was accredited for its type, in the expected role, and active at the
 * credential's issuance time ({@code validFrom}); and it is not suspended or revoked now.
 */
@Service
class IssuerTrust {
  private final TrustQueries queries;
  private final Clock clock;

  IssuerTrust(TrustQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  void requireTrusted(SecuredCredential credential, SubjectKind kind) {
    String type = kind.credentialType();
    Role role = kind == SubjectKind.ASSURANCE ? Role.ASSURANCE_PROVIDER : Role.ISSUER;
    String issuer =
        credential
            .credential()
            .issuerId()
            .orElseThrow(() -> untrusted(credential.field() + " names no issuer"));
    Instant issued =
        credential
            .credential()
            .validFrom()
            .orElseThrow(
                () ->
                    untrusted(
                        credential.field() + " has no validFrom, so its issuance time is unknown"));
    TrustAnswer then = answer(issuer, type, issued, credential.field());
    if (!then.trusted()) {
      throw untrusted(credential.field() + ": issuer " + issuer + " at issuance: " + then.reason());
    }
    TrustEvent accreditation = then.accreditation();
    if (accreditation.role() != role) {
      throw untrusted(
          credential.field()
              + ": issuer "
              + issuer
              + " is accredited as "
              + accreditation.role()
              + ", not "
              + role
              + ", for "
              + type);
    }
    TrustAnswer now = answer(issuer, type, clock.instant(), credential.field());
    TrustStatus current =
        now.statusChange() == null ? TrustStatus.ACTIVE : now.statusChange().status();
    if (current != TrustStatus.ACTIVE) {
      throw untrusted(
          credential.field()
              + ": issuer "
              + issuer
              + " is "
              + current.name().toLowerCase()
              + " for "
              + type);
    }
  }

  private TrustAnswer answer(String issuer, String type, Instant at, String field) {
    try {
      return queries.trustedAt(issuer, type, at);
    } catch (Problem unknown) {
      throw untrusted(field + ": issuer " + issuer + " is not in the trust registry");
    }
  }

  private static Problem untrusted(String detail) {
    return Problem.invalid("issuer-not-trusted", detail);
  }
}
