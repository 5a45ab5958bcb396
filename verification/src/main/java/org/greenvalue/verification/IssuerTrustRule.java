package org.greenvalue.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.verification.trust.TrustSource;
import org.greenvalue.verification.trust.TrustSource.TrustDecision;

/**
 * Whether a DID was accredited for a credential type at a time, per the trust source. Only a type
 * of our vocabulary is looked up: for a credential with none (a foreign credential, even one whose
 * type reuses our names) the check is SKIPPED as not applicable, which is not a gap. As a rule,
 * {@code trust.issuer}: the issuer at its claimed issuance, unless the proof was not made by the
 * issuer's key (no trust is lent to it).
 */
final class IssuerTrustRule implements Rule {

  @Override
  public String name() {
    return "trust.issuer";
  }

  @Override
  public List<Check> check(RuleInput in) {
    FactsBuilder facts = in.facts();
    Check issuer =
        facts.unbound.isPresent()
            ? Check.skipped(
                name(),
                "not applicable: the credential is not signed by the issuer it names ("
                    + facts.unbound.get().name()
                    + ")")
            : check(name(), facts, in.sources().trust(), in.claim(), in.claim().issuedAt());
    facts.issuerTrusted = issuer.outcome() == Check.Outcome.PASSED;
    return List.of(issuer);
  }

  /** The check, and whether it established trust. */
  static Check check(
      String name, FactsBuilder facts, Optional<TrustSource> source, Claim claim, Instant at) {
    Optional<String> ourType = claim.trustType();
    if (ourType.isEmpty()) {
      return Check.skipped(name, claim.notOurs());
    }
    return check(name, facts, source, claim.issuer(), ourType.get(), at);
  }

  static Check check(
      String name,
      FactsBuilder facts,
      Optional<TrustSource> source,
      Optional<String> did,
      String type,
      Instant at) {
    if (did.isEmpty()) {
      return Check.failed(name, "no issuer DID");
    }
    if (source.isEmpty()) {
      return facts.missing(name, "no trust source configured (registry or trust list snapshot)");
    }
    Result<TrustDecision> decision = source.get().decide(did.get(), type, at);
    if (!decision.succeeded()) {
      // Not asking is not an answer: the check is a gap (INCOMPLETE), never a failure.
      return facts.missing(name, "the trust source could not answer: " + decision.reason());
    }
    String where = " (" + source.get().describe() + ")";
    return decision.value().trusted()
        ? Check.passed(
            name,
            did.get()
                + " trusted for "
                + type
                + " at "
                + at
                + ": "
                + decision.value().reason()
                + where)
        : Check.failed(
            name,
            did.get()
                + " not trusted for "
                + type
                + " at "
                + at
                + ": "
                + decision.value().reason()
                + where);
  }
}
