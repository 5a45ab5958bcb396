package org.greenvalue.verification;

import java.util.List;
import org.greenvalue.common.verification.Check;

/**
 * {@code trust.issuer.at-anchoring}: the issuer's accreditation when the credential was anchored.
 * validFrom is the issuer's word; the anchoring time bounds when the credential existed. Only for
 * an anchored credential whose proof the issuer's key made.
 */
final class AnchoredIssuerTrustRule implements Rule {

  @Override
  public String name() {
    return "trust.issuer.at-anchoring";
  }

  @Override
  public List<Check> check(RuleInput in) {
    FactsBuilder facts = in.facts();
    if (facts.anchor.isEmpty() || facts.unbound.isPresent()) {
      return List.of();
    }
    return List.of(
        IssuerTrustRule.check(
            name(), facts, in.sources().trust(), in.claim(), facts.anchor.get().blockTime()));
  }
}
