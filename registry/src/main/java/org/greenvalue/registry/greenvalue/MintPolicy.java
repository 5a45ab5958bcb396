package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.registry.greenvalue.MintRulesConfiguration.MintRules;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.CredentialJson;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.eligibility.CompiledPolicy;
import org.greenvalue.verification.eligibility.EligibilityResult;
import org.greenvalue.verification.eligibility.Policy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The mint decision: the reduction credential, with the assurance and receipt that came with it,
 * goes through the one verification engine (sources: this registry's own trust registry, status
 * lists, anchoring and chain), and its verified facts must meet the configured CEL mint policy. The
 * policy is compiled at startup ({@link MintRulesConfiguration}). A claim that fails is a 422
 * {@code mint-policy-not-met} naming every failed rule and check; nothing has been written by then.
 */
@Service
class MintPolicy {
  private final CompiledPolicy policy;
  private final MintSources sources;
  private final Ledger ledger;
  private final Clock clock;

  MintPolicy(MintRules rules, MintSources sources, Ledger ledger, Clock clock) {
    this.policy = rules.compiled();
    this.sources = sources;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * The default: the claim verifies (no check failed, including assurance independence), is a ΔCO2
   * reduction credential from an issuer trusted at issuance, carries reasonable assurance with an
   * unmodified or qualified opinion by an accredited provider, is anchored on this registry's
   * chain, and is neither revoked nor suspended.
   */
  static List<Policy.Rule> defaultRules() {
    return List.of(
        new Policy.Rule(
            "verified",
            "no check of the claim or its assurance failed (proof, trust, status, anchor,"
                + " assurance, arithmetic)",
            "valid"),
        new Policy.Rule(
            "reduction-credential",
            "an EmissionReductionCredential",
            "subjectKind == 'EMISSION_REDUCTION'"
                + " && 'EmissionReductionCredential' in credentialTypes"),
        new Policy.Rule(
            "trusted-issuer", "the issuer was accredited as ISSUER at issuance", "issuerTrusted"),
        new Policy.Rule(
            "reasonable-assurance",
            "reasonable assurance by an accredited provider, opinion unmodified or qualified",
            "assured && assuranceLevel == 'reasonable' && assuranceProviderAccredited"
                + " && assuranceOpinion in ['unmodified', 'qualified']"),
        new Policy.Rule(
            "anchored",
            "the claim's digest is anchored and checked on this registry's chain",
            "anchored && anchoredOnChain"),
        new Policy.Rule(
            "not-revoked-or-suspended", "neither revoked nor suspended", "!revoked && !suspended"));
  }

  VerifiedClaim check(MintLotRequest request, URI requestBase) {
    String reduction = secured("reductionCredential", request.reductionCredential());
    String assurance = secured("assuranceCredential", request.assuranceCredential());
    JsonNode receipt = request.anchorReceipt();
    // The engine's own level check accepts either level: the policy decides which is enough.
    var verificationRequest =
        new CredentialRequest(
            reduction,
            List.of(assurance),
            Optional.empty(),
            receipt == null || receipt.isNull()
                ? Optional.empty()
                : Optional.of(receipt.toString()),
            AssuranceLevel.LIMITED);
    VerificationEngine engine = new VerificationEngine(sources.forRequest(requestBase), clock);
    Verification verification = engine.verify(verificationRequest);
    Instant now = clock.instant();
    EligibilityResult decision = policy.evaluate(verification.facts(), now);
    if (!decision.eligible()) {
      requireLedgerReachable();
      throw refused(decision, verification);
    }
    return verifiedClaim(reduction, verification);
  }

  /**
   * A refusal while the chain cannot be read may be the outage's doing, not the claim's: that is a
   * 503 (try again), not a 422.
   */
  private void requireLedgerReachable() {
    try {
      ledger.anchors().recordOfRoot(Bytes32.ZERO);
    } catch (LedgerUnavailableException e) {
      throw new Problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "ledger-unavailable",
          "Ledger unavailable",
          "the ledger could not be reached to check the claim's anchoring; nothing was changed");
    }
  }

  /** The lot's figures, from the claim the policy accepted (whatever the policy's rules). */
  private static VerifiedClaim verifiedClaim(String reduction, Verification verification) {
    Optional<Sha256Digest> digest =
        verification
            .facts()
            .digest()
            .map(Sha256Digest::parse)
            .filter(Result::succeeded)
            .map(Result::value);
    List<JsonObject> subjects =
        CredentialJson.payload(reduction)
            .map(json -> VerifiableCredential.of(json).credentialSubjects())
            .orElse(List.of());
    if (digest.isEmpty() || subjects.size() != 1) {
      throw Problem.invalid(
          "invalid-subject", "reductionCredential: not one ΔCO2 reduction subject with a digest");
    }
    Result<EmissionReduction> parsed = EmissionReduction.parse(subjects.getFirst());
    if (!parsed.succeeded()) {
      throw Problem.invalid("invalid-subject", "reductionCredential: " + parsed.reason());
    }
    BigInteger grams = Tonnes.toGrams(parsed.value().reduction(), "the credential's reduction");
    return new VerifiedClaim(
        digest.get(), verification.facts().credentialId().orElse(null), parsed.value(), grams);
  }

  private static Problem refused(EligibilityResult decision, Verification verification) {
    List<Map<String, String>> rules =
        decision.rules().stream()
            .filter(r -> !r.satisfied())
            .map(
                r -> {
                  var m = new LinkedHashMap<String, String>();
                  m.put("rule", r.id());
                  m.put("description", r.description());
                  m.put("reason", r.reason());
                  return (Map<String, String>) m;
                })
            .toList();
    List<Check> failed = verification.report().failures();
    List<Map<String, String>> checks =
        failed.stream()
            .map(c -> Map.of("check", c.name(), "reason", String.valueOf(c.reason())))
            .toList();
    return new Problem(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "mint-policy-not-met",
        "Mint policy not met",
        "the claim does not meet mint policy "
            + decision.policy()
            + " v"
            + decision.version()
            + ": rules "
            + rules.stream().map(r -> r.get("rule")).toList()
            + " failed; failed checks "
            + failed.stream().map(Check::name).toList(),
        Map.of(
            "policy",
            Map.of("name", decision.policy(), "version", decision.version()),
            "failedRules",
            rules,
            "failures",
            checks));
  }

  /** The secured credential's text: a JSON object, or a compact JWS string. */
  static String secured(String field, JsonNode node) {
    if (node.isObject()) {
      return node.toString();
    }
    if (node.isTextual() && CredentialJson.payload(node.asText()).isPresent()) {
      return node.asText();
    }
    throw new Problem(
        HttpStatus.BAD_REQUEST,
        "malformed-credential",
        "Malformed credential",
        field + ": must be a JSON credential object or a compact vc+jwt string");
  }
}
