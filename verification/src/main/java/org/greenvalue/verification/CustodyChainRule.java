package org.greenvalue.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.greenvalue.verification.chain.CustodyChain;
import org.greenvalue.verification.facts.VerifiedFacts.CustodyFacts;
import org.greenvalue.verification.facts.VerifiedFacts.Tier;

/**
 * Inherited green value ({@code upstream} references of a ΔCO2 credential): for each referenced
 * allocation, its custody path from the custody source, checked hop by hop ({@link CustodyHops})
 * and against the ledger when one is configured ({@link CustodyOnChain}), down to the minted root
 * lot, whose ΔCO2 credential is verified by the whole engine again (and walked on when it inherits
 * value itself), at most {@value CustodyWalk#MAX_TIERS} tiers, a lot or credential met twice being
 * a cycle. An inconsistency fails the check; a source that cannot answer leaves a gap.
 */
final class CustodyChainRule implements Rule {

  static final String NAME = "chain.custody";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Check> check(RuleInput in) {
    return List.of(
        check(in.claim(), in.walk(), in.sources(), in.credentials(), in.upstream(), in.facts()));
  }

  /** The engine, to verify each root credential with the walk so far. */
  interface Upstream extends BiFunction<CredentialRequest, CustodyWalk, Verification> {}

  static Check check(
      Claim claim,
      CustodyWalk walk,
      Sources sources,
      CredentialVerifier records,
      Upstream engine,
      FactsBuilder facts) {
    if (claim.kind().isEmpty()) {
      return Check.skipped(NAME, claim.notOurs());
    }
    if (claim.kind().get() != SubjectKind.EMISSION_REDUCTION) {
      return Check.skipped(NAME, "only ΔCO2 credentials carry upstream references");
    }
    Optional<EmissionReduction> subject = claim.subjectAs(EmissionReduction.class);
    if (subject.isEmpty()) {
      return Check.skipped(NAME, "the subject does not satisfy its rules (see subject)");
    }
    if (!subject.get().inherited()) {
      return Check.skipped(NAME, "no upstream references");
    }
    if (sources.custody().isEmpty()) {
      return facts.missing(NAME, "no custody source configured");
    }
    var walker = new Walker(claim, walk, sources, records, engine);
    BigDecimal attributable = BigDecimal.ZERO;
    List<UpstreamReference> upstream = subject.get().upstream();
    for (int i = 0; i < upstream.size(); i++) {
      if (walker.reference(i, upstream.get(i))) {
        attributable = attributable.add(upstream.get(i).quantity());
      }
    }
    // gaps of the upstream credentials' own verification (no receipt, no evidence pack...)
    walker.gaps.forEach(facts.gaps::add);
    boolean verified = walker.failures.isEmpty() && walker.unanswered.isEmpty();
    if (!walker.tiers.isEmpty()) {
      facts.custody = Optional.of(new CustodyFacts(verified, walker.tiers, attributable));
    }
    if (!walker.failures.isEmpty()) {
      return Check.failed(NAME, String.join("; ", walker.failures));
    }
    if (!walker.unanswered.isEmpty()) {
      return facts.missing(NAME, String.join("; ", walker.unanswered));
    }
    return Check.passed(
        NAME,
        upstream.size()
            + " upstream allocation(s), "
            + attributable.toPlainString()
            + " tCO2e attributable over "
            + walker.tiers.size()
            + " tier(s) ("
            + sources.custody().get().describe()
            + "; "
            + CustodyOnChain.describe(sources.lots())
            + ")");
  }

  /** One walk over every reference of a credential, collecting failures, gaps and tiers. */
  static final class Walker {
    final Claim claim;
    final CustodyWalk walk;
    final Sources sources;
    final CustodyHops hops;
    final CustodyOnChain onChain;
    final List<String> failures = new ArrayList<>();
    final List<String> unanswered = new ArrayList<>();
    final List<String> gaps = new ArrayList<>();
    final List<Tier> tiers = new ArrayList<>();

    Walker(
        Claim claim,
        CustodyWalk walk,
        Sources sources,
        CredentialVerifier records,
        Upstream engine) {
      this.claim = claim;
      this.walk = walk;
      this.sources = sources;
      this.hops = new CustodyHops(this, records, engine);
      this.onChain = new CustodyOnChain(this);
    }

    void fail(String reason) {
      failures.add(reason);
    }

    void unanswered(String reason) {
      unanswered.add(reason);
    }

    /** Walks one reference; whether all of it held. */
    boolean reference(int index, UpstreamReference ref) {
      int failed = failures.size();
      int open = unanswered.size();
      String at = "upstream[" + index + "] " + ref.allocationId();
      Result<Optional<jakarta.json.JsonObject>> answer =
          sources.custody().get().chainOf(ref.allocationUuid());
      if (!answer.succeeded()) {
        unanswered(at + ": the custody source could not answer: " + answer.reason());
        return false;
      }
      if (answer.value().isEmpty()) {
        fail(at + ": the registry knows no such allocation");
        return false;
      }
      Result<CustodyChain> chain = CustodyChain.read(answer.value().get());
      if (!chain.succeeded()) {
        fail(at + ": " + chain.reason());
        return false;
      }
      allocation(at, ref, chain.value());
      onChain.allocation(at, ref, chain.value().allocation(), claim.credential().id());
      hops.walk(at, ref, chain.value(), failed, open);
      return failures.size() == failed && unanswered.size() == open;
    }

    private void allocation(String at, UpstreamReference ref, CustodyChain chain) {
      CustodyChain.Allocation allocation = chain.allocation();
      if (!allocation.id().equals(ref.allocationUuid())) {
        fail(at + ": the chain is of allocation " + allocation.id());
      }
      if (!allocation.lotId().equals(ref.lotUuid())) {
        fail(at + ": the allocation is of lot " + allocation.lotId() + ", not " + ref.lotId());
      }
      Optional<String> issuer = claim.issuer();
      Optional<String> organisation =
          issuer.flatMap(did -> sources.trust().flatMap(t -> t.organisationOf(did)));
      if (organisation.isEmpty()) {
        unanswered(at + ": no trust source names the organisation of issuer " + issuer.orElse("?"));
      } else if (!organisation.get().equals(allocation.owner())) {
        fail(
            at
                + ": the allocation is owned by "
                + allocation.owner()
                + ", not by the issuer's organisation "
                + organisation.get());
      }
      Optional<String> id = claim.credential().id();
      if (id.isEmpty()) {
        fail(at + ": the credential has no id, so no claim on the allocation can name it");
      } else {
        var mine =
            allocation.claims().stream().filter(c -> c.credentialId().equals(id.get())).toList();
        if (mine.isEmpty()) {
          fail(at + ": the allocation carries no claim by " + id.get());
        } else if (mine.stream()
                .map(CustodyChain.ClaimOn::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(ref.quantity())
            < 0) {
          fail(
              at
                  + ": the claim by "
                  + id.get()
                  + " is smaller than the referenced "
                  + ref.quantity().toPlainString());
        }
      }
      if (ref.quantity().compareTo(allocation.quantity()) > 0) {
        fail(at + ": references more than the allocation's " + allocation.quantity());
      }
      if (allocation.claimed().compareTo(allocation.quantity()) > 0) {
        fail(
            at
                + ": claims of "
                + allocation.claimed().toPlainString()
                + " exceed the allocation's "
                + allocation.quantity().toPlainString()
                + " (double counting)");
      }
      var claimants = new HashSet<String>();
      for (CustodyChain.ClaimOn c : allocation.claims()) {
        if (!claimants.add(c.credentialId())) {
          fail(at + ": " + c.credentialId() + " claims the allocation twice (double counting)");
        }
      }
    }
  }
}
