package org.greenvalue.verification;

import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.related.RelatedResourceRules;

/**
 * The credential's proof and data model, and the digests of its related resources ({@code
 * credential.*}). Records the outcome for the rules after it: a proof not made by the issuer's key
 * lends the issuer nothing, and a key's history is only asked about for a proof that verified.
 */
final class ProofRule implements Rule {

  @Override
  public String name() {
    return "credential";
  }

  @Override
  public List<Check> check(RuleInput in) {
    VerificationReport proof =
        in.proofs()
            .check(in.claim())
            .and(
                new VerificationReport(
                    List.of(
                        RelatedResourceRules.digests(
                            in.claim().credential().json(), in.request().relatedResources()))))
            .prefixed(name());
    in.facts().proof = proof;
    in.facts().unbound = proof.failures().stream().filter(ProofRule::isBinding).findFirst();
    return proof.checks();
  }

  /** The proof-to-issuer binding checks: Data Integrity's and JOSE's. */
  private static boolean isBinding(Check check) {
    return check.name().endsWith(".controller");
  }
}
