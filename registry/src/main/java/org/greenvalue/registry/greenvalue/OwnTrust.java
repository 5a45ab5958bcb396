package org.greenvalue.registry.greenvalue;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.ledger.trust.TrustStatus;
import org.greenvalue.registry.organisations.Organisation;
import org.greenvalue.registry.organisations.Organisations;
import org.greenvalue.registry.trust.Role;
import org.greenvalue.registry.trust.TrustAnswer;
import org.greenvalue.registry.trust.TrustQueries;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.trust.TrustSource;

/**
 * The verification engine's trust source for a mint, answered from this registry's own trust
 * registry ({@link TrustQueries}), never over HTTP. A DID is trusted for a type at a time when it
 * was accredited then in the role the type calls for ({@code ASSURANCE_PROVIDER} for {@code
 * AssuranceCredential}, {@code ISSUER} otherwise), active then, and is not suspended or revoked
 * now: a mint happens now, so an accreditation withdrawn since counts against it.
 */
final class OwnTrust implements TrustSource {
  private final TrustQueries queries;
  private final Organisations organisations;
  private final Clock clock;

  OwnTrust(TrustQueries queries, Organisations organisations, Clock clock) {
    this.queries = queries;
    this.organisations = organisations;
    this.clock = clock;
  }

  @Override
  public Result<TrustDecision> decide(String did, String credentialType, Instant at) {
    Optional<TrustAnswer> then = answer(did, credentialType, at);
    if (then.isEmpty()) {
      return Result.success(new TrustDecision(false, "not in the trust registry"));
    }
    if (!then.get().trusted()) {
      return Result.success(new TrustDecision(false, then.get().reason()));
    }
    Role role =
        SubjectKind.ASSURANCE.credentialType().equals(credentialType)
            ? Role.ASSURANCE_PROVIDER
            : Role.ISSUER;
    Role accredited = then.get().accreditation().role();
    if (accredited != role) {
      return Result.success(
          new TrustDecision(
              false, "accredited as " + accredited + ", not " + role + ", for " + credentialType));
    }
    Instant now = clock.instant();
    TrustStatus current =
        answer(did, credentialType, now)
            .map(a -> a.statusChange() == null ? TrustStatus.ACTIVE : a.statusChange().status())
            .orElse(TrustStatus.ACTIVE);
    if (current != TrustStatus.ACTIVE) {
      return Result.success(
          new TrustDecision(
              false,
              then.get().reason()
                  + ", but "
                  + current.name().toLowerCase(java.util.Locale.ROOT)
                  + " now ("
                  + now
                  + ")"));
    }
    return Result.success(new TrustDecision(true, then.get().reason() + " as " + role));
  }

  /** The registered organisation {@code did} belongs to, from this registry's organisations. */
  @Override
  public Optional<String> organisationOf(String did) {
    return organisations.ofDid(did).map(Organisation::id);
  }

  @Override
  public String describe() {
    return "this registry's trust registry";
  }

  private Optional<TrustAnswer> answer(String did, String type, Instant at) {
    try {
      return Optional.of(queries.trustedAt(did, type, at));
    } catch (Problem unknownOrNotADid) {
      return Optional.empty();
    }
  }
}
