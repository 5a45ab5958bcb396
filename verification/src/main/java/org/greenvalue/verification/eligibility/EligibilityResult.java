package org.greenvalue.verification.eligibility;

import java.util.List;

/**
 * A policy's verdict on verified facts.
 *
 * @param policy the policy's name
 * @param version the version evaluated
 * @param eligible every rule held
 * @param rules each rule's outcome, in the policy's order
 */
public record EligibilityResult(
    String policy, int version, boolean eligible, List<RuleOutcome> rules) {

  public EligibilityResult {
    rules = List.copyOf(rules);
  }

  /**
   * @param id the rule's id
   * @param description what it demands
   * @param expression its CEL
   * @param satisfied whether it held
   * @param reason why not, when it did not (false, or the evaluation error)
   */
  public record RuleOutcome(
      String id, String description, String expression, boolean satisfied, String reason) {}
}
