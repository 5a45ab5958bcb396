package org.greenvalue.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.verification.dids.DidHistory;
import org.greenvalue.verification.dids.KeyHistorySource;
import org.greenvalue.verification.facts.VerifiedFacts.AnchorFacts;

/**
 * Whether the key that signed was in the issuer's DID document when the credential was signed. A
 * did:key cannot rotate. For did:web the registry's DID history decides: the key must be authorised
 * for assertions by the version in effect then, and must not have been revoked for compromise by
 * then. "Then" is the anchoring time (block time of a receipt checked on chain), since validFrom is
 * the signer's word and a thief of a key can backdate it; a credential signed with a compromised
 * key that is not anchored on chain cannot be placed before the compromise and is refused. Runs
 * after the anchor checks.
 */
final class KeyHistoryRule implements Rule {

  static final String NAME = "key.valid-at-issuance";

  @Override
  public String name() {
    return NAME;
  }

  /** Runs after the anchor rule: the anchoring time, not validFrom, bounds when a key was used. */
  @Override
  public List<Check> check(RuleInput in) {
    return List.of(
        check(
            in.claim(),
            in.facts().proof.failures().isEmpty(),
            in.sources().keyHistory(),
            in.facts()));
  }

  static Check check(
      Claim claim, boolean proofValid, Optional<KeyHistorySource> source, FactsBuilder facts) {
    if (!proofValid) {
      return Check.skipped(NAME, "the proof did not verify");
    }
    String issuer = claim.issuer().orElse("");
    if (issuer.startsWith("did:key:")) {
      return Check.passed(NAME, "did:key: the key is the identifier and cannot have rotated");
    }
    if (!issuer.startsWith("did:web:")) {
      return facts.missing(NAME, "no key history for the DID method of " + issuer);
    }
    if (source.isEmpty()) {
      return facts.missing(
          NAME, "no DID history source: validity of the key at " + claim.issuedAt() + " unknown");
    }
    Result<Optional<DidHistory>> answer = source.get().historyOf(issuer);
    if (!answer.succeeded()) {
      return facts.missing(NAME, source.get().describe() + " could not answer: " + answer.reason());
    }
    if (answer.value().isEmpty()) {
      return facts.missing(NAME, source.get().describe() + " has no DID history of " + issuer);
    }
    List<String> methods = claim.verificationMethods();
    if (methods.isEmpty()) {
      return Check.failed(NAME, "the proof names no verification method");
    }
    Check last = null;
    for (String method : methods) {
      last = decide(answer.value().get(), method, claim.issuedAt(), facts);
      if (last.outcome() != Check.Outcome.PASSED) {
        return last;
      }
    }
    return last;
  }

  private static Check decide(
      DidHistory history, String method, Instant claimed, FactsBuilder facts) {
    Optional<AnchorFacts> anchor = facts.anchor;
    Optional<Instant> compromised = history.compromisedAt(method);
    Instant at = anchor.map(AnchorFacts::blockTime).orElse(claimed);
    String when = anchor.isPresent() ? "anchoring time " + at : "claimed issuance " + at;
    if (compromised.isPresent()) {
      Instant since = compromised.get();
      if (anchor.isEmpty()) {
        return Check.failed(
            NAME,
            method
                + " was revoked for compromise at "
                + since
                + " and the credential is not anchored: it cannot be placed before the compromise");
      }
      if (!at.isBefore(since)) {
        return Check.failed(
            NAME, "anchored at " + at + ", not before " + method + " was compromised at " + since);
      }
      if (!anchor.get().checkedOnChain()) {
        return facts.missing(
            NAME,
            method
                + " was compromised at "
                + since
                + "; the receipt's block time "
                + at
                + " is not checked against a chain, so signing before it is not shown");
      }
    }
    Optional<DidHistory.Version> version = history.at(at);
    if (version.isEmpty()) {
      return Check.failed(NAME, history.did() + " had no registered DID document at " + when);
    }
    boolean authorised =
        version
            .get()
            .document()
            .authorised(method, VerificationRelationship.ASSERTION_METHOD)
            .succeeded();
    String which = "version " + version.get().number() + " of " + history.did() + "'s document";
    return authorised
        ? Check.passed(
            NAME,
            method
                + " was authorised by "
                + which
                + " at "
                + when
                + compromised.map(c -> " (before its compromise at " + c + ")").orElse(""))
        : Check.failed(NAME, method + " was not authorised by " + which + " at " + when);
  }
}
