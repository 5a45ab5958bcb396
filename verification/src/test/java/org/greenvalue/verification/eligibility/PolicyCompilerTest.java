package org.greenvalue.verification.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.verification.facts.VerifiedFacts;
import org.greenvalue.verification.facts.VerifiedFacts.AnchorFacts;
import org.greenvalue.verification.facts.VerifiedFacts.AssuranceFacts;
import org.greenvalue.verification.facts.VerifiedFacts.LotFacts;
import org.greenvalue.verification.facts.VerifiedFacts.ReductionFacts;
import org.greenvalue.verification.facts.VerifiedFacts.StatusFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyCompilerTest {

  static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
  static final PolicyCompiler COMPILER = new PolicyCompiler();
  static final CompiledPolicy GREEN_LOAN =
      COMPILER.compile(DefaultPolicies.greenLoan()).orElseThrow();

  static VerifiedFacts facts(String reduction, String level, Instant periodEnd, String lotState) {
    return new VerifiedFacts(
        true,
        List.of("VerifiableCredential", "EmissionReductionCredential"),
        Optional.of("urn:uuid:1"),
        Optional.of("sha256:" + "a".repeat(64)),
        Optional.of("did:key:z6Mk"),
        true,
        Optional.of("EMISSION_REDUCTION"),
        Optional.of(NOW.minusSeconds(86_400)),
        Optional.of(
            new ReductionFacts(
                new BigDecimal("1000"),
                new BigDecimal("1000").subtract(new BigDecimal(reduction)),
                new BigDecimal(reduction),
                "tCO2e",
                periodEnd.minusSeconds(365 * 86_400L),
                periodEnd,
                "urn:p",
                "urn:f",
                "ISO 14064-2")),
        Optional.empty(),
        Optional.of(
            new AssuranceFacts("did:key:z6Mq", true, level, "unmodified", "ISO 14064-3", "VV-1")),
        Optional.of(new AnchorFacts(1337, "0xabc", "0xtx", 12, NOW.minusSeconds(60), true)),
        new StatusFacts(true, false, false, Optional.of(NOW)),
        Optional.of(
            new LotFacts(
                "0x1", lotState, new BigDecimal(reduction), BigDecimal.ZERO, BigDecimal.ZERO)),
        Optional.empty());
  }

  @Test
  void greenLoanAcceptsAnAssuredAnchoredRecentReductionOfAtLeast100Tonnes() {
    var result =
        GREEN_LOAN.evaluate(
            facts("100.000", "reasonable", NOW.minusSeconds(86_400), "available"), NOW);
    assertThat(result.eligible()).as(result.toString()).isTrue();
    assertThat(result.rules()).hasSize(7).allMatch(EligibilityResult.RuleOutcome::satisfied);
    assertThat(result.policy()).isEqualTo("green-loan");
  }

  @ParameterizedTest
  @CsvSource({
    "99.999, reasonable, 1, available, reduction-at-least-100t",
    "150, limited, 1, available, reasonable-assurance",
    "150, reasonable, 800, available, recent-period",
    "150, reasonable, 1, retired, not-revoked-or-retired"
  })
  void greenLoanNamesTheRuleThatFails(
      String reduction, String level, long daysAgo, String lot, String failing) {
    var result =
        GREEN_LOAN.evaluate(facts(reduction, level, NOW.minusSeconds(daysAgo * 86_400), lot), NOW);
    assertThat(result.eligible()).isFalse();
    assertThat(
            result.rules().stream()
                .filter(r -> !r.satisfied())
                .map(EligibilityResult.RuleOutcome::id))
        .containsExactly(failing);
  }

  @Test
  void decimalsCompareExactlyBeyondDoublePrecision() {
    var policy = policy("exact", "atLeast(reduction, '100.0000000000000000001')");
    var compiled = COMPILER.compile(policy).orElseThrow();
    assertThat(
            compiled
                .evaluate(facts("100.0000000000000000001", "reasonable", NOW, "available"), NOW)
                .eligible())
        .isTrue();
    assertThat(
            compiled
                .evaluate(facts("100.0000000000000000000", "reasonable", NOW, "available"), NOW)
                .eligible())
        .isFalse();
  }

  @Test
  void anAbsentDecimalFactFailsTheRuleWithAReason() {
    var compiled = COMPILER.compile(policy("pcf", "atMost(pcf, '2.5')")).orElseThrow();
    var outcome = compiled.evaluate(VerifiedFacts.none(), NOW).rules().getFirst();
    assertThat(outcome.satisfied()).isFalse();
    assertThat(outcome.reason()).contains("not a decimal");
  }

  @Test
  void productCategoryInAListAndTimeArithmeticCompile() {
    var compiled =
        COMPILER.compile(
            policy(
                "pcf",
                "productCategories.exists(c, c in ['urn:pact:productclassification:un-cpc:41'])",
                "issuedAt < now && now - periodEnd < duration('17520h')"));
    assertThat(compiled.succeeded()).as(compiled.toString()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "reduction >= |mismatched input",
        "unknownFact == 1|undeclared reference to 'unknownFact'",
        "reduction + 1|found no matching overload",
        "reduction|must be a bool expression"
      })
  void refusesAPolicyThatDoesNotCompileWithTheCompilersMessage(String expression, String message) {
    var result = COMPILER.compile(policy("broken", expression));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains("rule r0").contains(message);
  }

  @Test
  void refusesMalformedPolicies() {
    assertThat(
            COMPILER
                .compile(new Policy("Bad Name", 1, "", List.of(new Policy.Rule("a", "", "true"))))
                .reason())
        .contains("name");
    assertThat(COMPILER.compile(new Policy("ok", 1, "", List.of())).reason()).contains("rules");
    assertThat(
            COMPILER
                .compile(
                    new Policy(
                        "ok",
                        1,
                        "",
                        List.of(
                            new Policy.Rule("a", "", "true"), new Policy.Rule("a", "", "true"))))
                .reason())
        .contains("twice");
    assertThat(
            COMPILER.compile(policy("long", "true || " + "true || ".repeat(400) + "true")).reason())
        .contains("longer than");
  }

  @Test
  void bindsTheCustodyChainFacts() {
    var compiled =
        COMPILER
            .compile(
                policy(
                    "inherited",
                    "custody.verified",
                    "custody.tiers <= 3",
                    "atLeast(custody.attributable, '200')"))
            .orElseThrow();
    var base = facts("200", "reasonable", NOW, "available");
    var custody =
        new VerifiedFacts.CustodyFacts(
            true,
            List.of(
                new VerifiedFacts.Tier(1, "org-b", "urn:uuid:1", new BigDecimal("300"), "d", "V"),
                new VerifiedFacts.Tier(2, "org-a", "urn:uuid:2", new BigDecimal("900"), "d", "V")),
            new BigDecimal("200.000"));
    var inherited =
        new VerifiedFacts(
            true,
            base.credentialTypes(),
            base.credentialId(),
            base.digest(),
            base.issuer(),
            true,
            base.subjectKind(),
            base.issuedAt(),
            base.reduction(),
            base.footprint(),
            base.assurance(),
            base.anchor(),
            base.status(),
            base.lot(),
            Optional.of(custody));
    assertThat(compiled.evaluate(inherited, NOW).eligible()).isTrue();
    var none = compiled.evaluate(base, NOW);
    assertThat(none.eligible()).isFalse();
    assertThat(none.rules().stream().filter(r -> !r.satisfied()).map(r -> r.id()))
        .containsExactly("r0", "r2");
  }

  @Test
  void listsEveryVariableWithItsType() {
    assertThat(PolicyCompiler.variables())
        .containsEntry("reduction", "string")
        .containsEntry("anchored", "bool")
        .containsEntry("custody.verified", "bool")
        .containsEntry("custody.tiers", "int")
        .containsEntry("now", "google.protobuf.Timestamp");
  }

  private static Policy policy(String name, String... expressions) {
    var rules = new java.util.ArrayList<Policy.Rule>();
    for (int i = 0; i < expressions.length; i++) {
      rules.add(new Policy.Rule("r" + i, "rule " + i, expressions[i]));
    }
    return new Policy(name, 1, "test", rules);
  }
}
