package org.greenvalue.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.verification.facts.VerifiedFacts.AssuranceFacts;
import org.greenvalue.verification.trust.TrustSource;

/**
 * The assurance behind a claim: an assurance credential that names the claim's digest, verifies,
 * covers the same evidence root, states the required level and an opinion that is not adverse or a
 * disclaimer, was signed by a provider accredited for {@code AssuranceCredential} then, and is
 * independent: the provider is neither the claim's issuer nor controlled by the same organisation
 * (as far as the trust source knows organisations).
 */
final class AssuranceRule implements Rule {

  @Override
  public String name() {
    return "assurance";
  }

  @Override
  public List<Check> check(RuleInput in) {
    return check(
        in.claim(),
        in.request().assurances(),
        in.request().requiredLevel(),
        in.credentials(),
        in.sources().trust(),
        in.now(),
        in.facts());
  }

  static List<Check> check(
      Claim claim,
      List<String> offered,
      AssuranceLevel required,
      CredentialVerifier verifier,
      Optional<TrustSource> trust,
      Instant now,
      FactsBuilder facts) {
    if (offered.isEmpty()) {
      boolean claimKind =
          claim
              .kind()
              .filter(
                  k ->
                      k == SubjectKind.EMISSION_REDUCTION
                          || k == SubjectKind.PRODUCT_CARBON_FOOTPRINT)
              .isPresent();
      return List.of(
          claimKind
              ? facts.missing("assurance", "no assurance credential given")
              : Check.skipped("assurance", "not a claim that takes assurance"));
    }
    if (!claim.digest().succeeded()) {
      return List.of(Check.failed("assurance", "the claim has no digest to be assured"));
    }
    String digest = claim.digest().value().toString();
    for (String secured : offered) {
      Optional<Claim> assurance = Claim.read(secured, now);
      Optional<AssuranceStatement> statement =
          assurance
              .filter(a -> a.kind().equals(Optional.of(SubjectKind.ASSURANCE)))
              .flatMap(a -> a.subjectAs(AssuranceStatement.class));
      if (statement.isPresent() && statement.get().assuredCredential().toString().equals(digest)) {
        return checks(claim, assurance.get(), statement.get(), required, verifier, trust, facts);
      }
    }
    return List.of(
        Check.failed(
            "assurance",
            "none of the " + offered.size() + " assurance credentials names " + digest));
  }

  private static List<Check> checks(
      Claim claim,
      Claim assurance,
      AssuranceStatement statement,
      AssuranceLevel required,
      CredentialVerifier verifier,
      Optional<TrustSource> trust,
      FactsBuilder facts) {
    var checks = new ArrayList<Check>();
    checks.add(Check.passed("assurance", "an assurance statement names this credential's digest"));
    var proof = verifier.verify(assurance.secured());
    checks.addAll(proof.prefixed("assurance.credential").checks());
    var bound = claim.subjectAs(EmissionReduction.class).map(r -> r.evidence().merkleRoot());
    checks.add(
        bound.isEmpty()
            ? Check.skipped("assurance.evidence", "the claim binds no evidence root to compare")
            : Check.of(
                "assurance.evidence",
                bound.get().equals(statement.evidenceMerkleRoot()),
                "assured the same evidence root " + bound.get().hex(),
                "assured evidence root "
                    + statement.evidenceMerkleRoot().hex()
                    + ", the claim binds "
                    + bound.get().hex()));
    checks.add(
        Check.of(
            "assurance.level",
            statement.level().ordinal() >= required.ordinal(),
            statement.level().wireName()
                + " assurance ("
                + statement.standard()
                + "), required "
                + required.wireName(),
            statement.level().wireName()
                + " assurance, but "
                + required.wireName()
                + " is required"));
    AssuranceOpinion opinion = statement.opinion();
    checks.add(
        Check.of(
            "assurance.opinion",
            opinion == AssuranceOpinion.UNMODIFIED || opinion == AssuranceOpinion.QUALIFIED,
            opinion.wireName() + " opinion",
            opinion.wireName() + " opinion: the provider did not conclude in the claim's favour"));
    Check provider =
        IssuerTrustRule.check(
            "assurance.provider",
            facts,
            trust,
            assurance.issuer(),
            SubjectKind.ASSURANCE.credentialType(),
            assurance.issuedAt());
    checks.add(provider);
    checks.add(independence(claim.issuer(), assurance.issuer(), trust));
    if (!proof.failures().isEmpty()) {
      return checks;
    }
    facts.assurance =
        Optional.of(
            new AssuranceFacts(
                assurance.issuer().orElse(""),
                provider.outcome() == Check.Outcome.PASSED,
                statement.level().wireName(),
                opinion.wireName(),
                statement.standard(),
                statement.accreditation().reference()));
    return checks;
  }

  /**
   * {@code assurance.independent}: FAILED when the provider's DID is the claim issuer's, or the
   * trust source puts both DIDs in the same organisation; with an organisation unknown, only the
   * DIDs are compared (and the reason says so).
   */
  static Check independence(
      Optional<String> claimIssuer, Optional<String> provider, Optional<TrustSource> trust) {
    String name = "assurance.independent";
    if (claimIssuer.isEmpty() || provider.isEmpty()) {
      return Check.failed(name, "the claim or the assurance names no issuer to compare");
    }
    if (claimIssuer.get().equals(provider.get())) {
      return Check.failed(
          name, "the assurance provider " + provider.get() + " is the claim's own issuer");
    }
    Optional<String> claimOrg = trust.flatMap(t -> t.organisationOf(claimIssuer.get()));
    Optional<String> providerOrg = trust.flatMap(t -> t.organisationOf(provider.get()));
    if (claimOrg.isPresent() && claimOrg.equals(providerOrg)) {
      return Check.failed(
          name,
          "the assurance provider "
              + provider.get()
              + " and the claim's issuer "
              + claimIssuer.get()
              + " are both controlled by organisation "
              + claimOrg.get());
    }
    if (claimOrg.isPresent() && providerOrg.isPresent()) {
      return Check.passed(
          name,
          "provider of organisation "
              + providerOrg.get()
              + ", claim issuer of organisation "
              + claimOrg.get());
    }
    return Check.passed(
        name,
        "the provider is not the claim's issuer; "
            + (trust.isEmpty()
                ? "no trust source to tell their organisations"
                : "organisation unknown to " + trust.get().describe())
            + ", so only the DIDs were compared");
  }
}
