package org.greenvalue.verification.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named, versioned eligibility policy: rules written in CEL over the verified facts; a credential
 * is eligible when every rule holds.
 *
 * @param name lower-case words joined by dashes, e.g. {@code green-loan}
 * @param version 1 for the first, one more for each new version
 * @param description what the policy is for
 * @param rules at least one
 */
public record Policy(String name, int version, String description, List<Rule> rules) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  public static final int MAX_RULES = 64;
  public static final int MAX_EXPRESSION = 2048;

  public Policy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    rules = List.copyOf(rules);
  }

  /** Problems with the policy's form (not its CEL), each a sentence; empty when well-formed. */
  public List<String> formProblems() {
    var problems = new java.util.ArrayList<String>();
    if (!NAME.matcher(name).matches() || name.length() > 64) {
      problems.add("name must be lower-case words joined by dashes, at most 64 characters");
    }
    if (version < 1) {
      problems.add("version must be at least 1");
    }
    if (rules.isEmpty() || rules.size() > MAX_RULES) {
      problems.add("a policy has between 1 and " + MAX_RULES + " rules");
    }
    var ids = new java.util.HashSet<String>();
    for (Rule rule : rules) {
      if (rule.id() == null || !NAME.matcher(rule.id()).matches()) {
        problems.add("rule id " + rule.id() + " must be lower-case words joined by dashes");
      } else if (!ids.add(rule.id())) {
        problems.add("rule id " + rule.id() + " is used twice");
      }
      if (rule.expression() == null || rule.expression().isBlank()) {
        problems.add("rule " + rule.id() + " has no expression");
      } else if (rule.expression().length() > MAX_EXPRESSION) {
        problems.add("rule " + rule.id() + " is longer than " + MAX_EXPRESSION + " characters");
      }
    }
    return problems;
  }

  /**
   * One rule.
   *
   * @param id unique in the policy, e.g. {@code reduction-at-least-100t}
   * @param description what it demands, in words
   * @param expression a CEL expression of type bool over the fact variables
   */
  public record Rule(String id, String description, String expression) {}
}
