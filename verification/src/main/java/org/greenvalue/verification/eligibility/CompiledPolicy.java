package org.greenvalue.verification.eligibility;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenvalue.verification.facts.VerifiedFacts;

/** A policy whose rules are compiled to CEL programs once; evaluate it as often as needed. */
public final class CompiledPolicy {

  private final Policy policy;
  private final List<CelRuntime.Program> programs;

  CompiledPolicy(Policy policy, List<CelRuntime.Program> programs) {
    this.policy = policy;
    this.programs = List.copyOf(programs);
  }

  public Policy policy() {
    return policy;
  }

  /** Every rule's outcome over the facts, at time {@code now}. Thread-safe. */
  public EligibilityResult evaluate(VerifiedFacts facts, Instant now) {
    Map<String, Object> bindings = FactBindings.of(facts, now);
    var outcomes = new ArrayList<EligibilityResult.RuleOutcome>(programs.size());
    boolean eligible = true;
    for (int i = 0; i < programs.size(); i++) {
      Policy.Rule rule = policy.rules().get(i);
      boolean held;
      String reason;
      try {
        Object value = programs.get(i).eval(bindings);
        held = Boolean.TRUE.equals(value);
        reason = held ? "holds" : "does not hold";
      } catch (CelEvaluationException e) {
        held = false;
        reason = "evaluation failed: " + e.getMessage();
      }
      eligible &= held;
      outcomes.add(
          new EligibilityResult.RuleOutcome(
              rule.id(), rule.description(), rule.expression(), held, reason));
    }
    return new EligibilityResult(policy.name(), policy.version(), eligible, outcomes);
  }
}
