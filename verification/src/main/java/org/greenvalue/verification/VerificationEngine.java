package org.greenvalue.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.related.RelatedResourceRules;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.verification.dids.HistoryDidResolver;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * The one verification engine, used by the verifier service, its page and the CLI. For a credential
 * in any format we issue it reports, each as its own check: the proof and data model ({@code
 * credential.*}), the key's validity at issuance, the issuer's accreditation then, status,
 * anchoring, the evidence pack, assurance, ΔCO2 arithmetic, lot state and the custody chain of
 * inherited value ({@code chain.custody}); with the {@link VerifiedFacts} they establish. External
 * facts come from the {@link Sources}; a missing source gives SKIPPED checks. Configure once;
 * thread-safe when its sources are.
 */
public final class VerificationEngine {

  private final Sources sources;
  private final Clock clock;
  private final CredentialVerifier credentials;
  private final PackVerifier packs;
  private final PresentationChecks presentations;
  private final ProofChecks proofs;

  public VerificationEngine(Sources sources, Clock clock) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.clock = Objects.requireNonNull(clock, "clock");
    // a key revoked for compromise has left today's document: proofs resolve it through the
    // history, and KeyHistoryRule decides whether it was valid when the credential was anchored
    DidResolver dids =
        sources
            .keyHistory()
            .<DidResolver>map(history -> new HistoryDidResolver(sources.dids(), history))
            .orElse(sources.dids());
    this.credentials = new CredentialVerifier(dids, clock);
    this.packs = new PackVerifier();
    this.presentations = new PresentationChecks(dids, clock);
    this.proofs = new ProofChecks(dids, clock);
  }

  public Sources sources() {
    return sources;
  }

  public Verification verify(CredentialRequest request) {
    return verify(request, CustodyWalk.start());
  }

  /** Verifies a credential met on a custody walk (the walk so far bounds tiers and cycles). */
  private Verification verify(CredentialRequest request, CustodyWalk walk) {
    String secured = request.credential();
    if (secured.length() > JsonDocuments.MAX_LENGTH) {
      return unreadable(
          "the credential is larger than " + JsonDocuments.MAX_LENGTH + " characters");
    }
    Instant now = clock.instant();
    Optional<Claim> read = Claim.read(secured, now);
    if (read.isEmpty()) {
      return unreadable("neither a compact JWS (vc+jwt) nor a JSON credential");
    }
    Claim claim = read.get();
    var facts = new FactsBuilder();
    var checks = new ArrayList<Check>();
    VerificationReport proof =
        proofs
            .check(claim)
            .and(
                new VerificationReport(
                    List.of(
                        RelatedResourceRules.digests(
                            claim.credential().json(), request.relatedResources()))))
            .prefixed("credential");
    checks.addAll(proof.checks());
    // A proof not made by the issuer's key says nothing about the issuer: no trust is lent to it.
    Optional<Check> unbound =
        proof.failures().stream().filter(VerificationEngine::isBinding).findFirst();
    Check issuer =
        unbound.isPresent()
            ? Check.skipped(
                "trust.issuer",
                "not applicable: the credential is not signed by the issuer it names ("
                    + unbound.get().name()
                    + ")")
            : IssuerTrustRule.check(
                "trust.issuer", facts, sources.trust(), claim, claim.issuedAt());
    facts.issuerTrusted = issuer.outcome() == Check.Outcome.PASSED;
    checks.add(issuer);
    checks.addAll(StatusRule.check(claim, sources.status(), facts));
    checks.addAll(
        AnchorRule.check(
            claim, request.anchorReceipt(), sources.receipts(), sources.chain(), facts));
    // after the anchor: the anchoring time, not validFrom, bounds when a key was used
    checks.add(
        KeyHistoryRule.check(claim, proof.failures().isEmpty(), sources.keyHistory(), facts));
    // validFrom is the issuer's word; the anchoring time bounds when the credential existed.
    facts
        .anchor
        .filter(anchor -> unbound.isEmpty())
        .ifPresent(
            anchor ->
                checks.add(
                    IssuerTrustRule.check(
                        "trust.issuer.at-anchoring",
                        facts,
                        sources.trust(),
                        claim,
                        anchor.blockTime())));
    checks.addAll(EvidenceRule.check(claim, request.evidencePack(), packs, facts));
    checks.addAll(
        AssuranceRule.check(
            claim,
            request.assurances(),
            request.requiredLevel(),
            credentials,
            sources.trust(),
            now,
            facts));
    checks.add(ArithmeticRule.check(claim));
    checks.add(LotRule.check(claim, sources.lots(), facts));
    checks.add(CustodyChainRule.check(claim, walk, sources, credentials, this::verify, facts));
    var report = new VerificationReport(checks);
    return new Verification(report, facts.build(claim, report), facts.gaps);
  }

  /**
   * Verifies a presentation ({@code vp+jwt} or Data Integrity JSON): its proof, holder binding,
   * challenge and domain ({@code presentation.*}), then every credential in it fully ({@code
   * credential[i].*}). Assurance credentials in it are offered for the others; the facts are those
   * of the first credential that is not an assurance.
   */
  public Verification verifyPresentation(PresentationRequest request) {
    if (request.presentation().length() > JsonDocuments.MAX_LENGTH) {
      return unreadable(
          "the presentation is larger than " + JsonDocuments.MAX_LENGTH + " characters");
    }
    PresentationChecks.Outcome outcome = presentations.check(request);
    VerificationReport report = outcome.report();
    var gaps = new java.util.ArrayList<>(outcome.gaps());
    List<String> held = outcome.credentials();
    if (held.isEmpty()) {
      return new Verification(report, VerifiedFacts.none(), gaps);
    }
    Instant now = clock.instant();
    List<String> assurances =
        held.stream()
            .filter(c -> Claim.read(c, now).map(PresentationChecks::isAssurance).orElse(false))
            .toList();
    int primary = 0;
    for (int i = 0; i < held.size(); i++) {
      if (!assurances.contains(held.get(i))) {
        primary = i;
        break;
      }
    }
    Verification primaryResult = null;
    for (int i = 0; i < held.size(); i++) {
      String each = held.get(i);
      var others = assurances.stream().filter(a -> !a.equals(each)).toList();
      var credentialRequest =
          new CredentialRequest(
              each,
              others,
              i == primary ? request.evidencePack() : Optional.empty(),
              i == primary ? request.anchorReceipt() : Optional.empty(),
              request.requiredLevel());
      Verification one = verify(credentialRequest);
      report = report.and(one.report().prefixed("credential[" + i + "]"));
      String prefix = "credential[" + i + "].";
      one.gaps().forEach(g -> gaps.add(prefix + g));
      if (i == primary) {
        primaryResult = one;
      }
    }
    VerifiedFacts facts = Objects.requireNonNull(primaryResult).facts();
    return new Verification(report, withValidity(facts, report.valid()), gaps);
  }

  /** The proof-to-issuer binding checks: Data Integrity's and JOSE's. */
  private static boolean isBinding(Check check) {
    return check.name().endsWith(".controller");
  }

  private static VerifiedFacts withValidity(VerifiedFacts f, boolean valid) {
    return f.withValid(valid);
  }

  private static Verification unreadable(String reason) {
    return new Verification(
        VerificationReport.of(Check.failed("credential.format", reason)),
        VerifiedFacts.none(),
        List.of());
  }
}
