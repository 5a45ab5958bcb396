package org.greenvalue.verification.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * A financier's CEL rule from outside: refused with a reason, or compiled into a policy whose
 * evaluation over facts (here: none verified) gives a result for every rule, never an exception.
 */
class PolicyFuzzTest {
  private final PolicyCompiler compiler = new PolicyCompiler();

  @FuzzTest(maxDuration = "1m")
  void ruleIsRefusedOrEvaluates(FuzzedDataProvider data) {
    String expression = data.consumeRemainingAsString();
    var policy =
        new Policy("fuzzed", 1, "fuzzed", List.of(new Policy.Rule("rule", "fuzzed", expression)));
    var compiled = compiler.compile(policy);
    if (!compiled.succeeded()) {
      assertThat(compiled.reason()).isNotBlank();
      return;
    }
    EligibilityResult result = compiled.value().evaluate(VerifiedFacts.none(), Instant.EPOCH);
    assertThat(result.rules()).hasSize(1);
  }
}
