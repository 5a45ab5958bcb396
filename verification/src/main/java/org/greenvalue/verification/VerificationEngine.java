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
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.verification.dids.HistoryDidResolver;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * The one verification engine, used by the verifier service, its page and the CLI. For a credential
 * in any format we issue it reports, each as its own check: the proof and data model ({@code
 * credential.*}), the key's validity at issuance, the issuer's accreditation then, status,
 * anchoring, the evidence pack, assurance, ΔCO2 arithmetic, lot state and the custody chain of
 * inherited value ({@code chain.custody}); with the {@link VerifiedFacts} they establish. Each is a
 * {@link Rule} in {@link #RULES}. External facts come from the {@link Sources}; a missing source
 * gives SKIPPED checks. Configure once; thread-safe when its sources are.
 */
public final class VerificationEngine {

  /**
   * The rules every credential goes through, in order: a rule may read the facts of those before it
   * (the key's history needs the anchoring time; trust at anchoring needs the anchor).
   */
  static final List<Rule> RULES =
      List.of(
          new ProofRule(),
          new IssuerTrustRule(),
          new StatusRule(),
          new AnchorRule(),
          new KeyHistoryRule(),
          new AnchoredIssuerTrustRule(),
          new EvidenceRule(),
          new AssuranceRule(),
          new ArithmeticRule(),
          new LotRule(),
          new CustodyChainRule());

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
    var in =
        new RuleInput(
            claim, request, sources, now, proofs, credentials, packs, walk, this::verify, facts);
    var checks = new ArrayList<Check>();
    for (Rule rule : RULES) {
      checks.addAll(rule.check(in));
    }
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
