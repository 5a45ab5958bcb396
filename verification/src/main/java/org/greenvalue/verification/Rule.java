package org.greenvalue.verification;

import java.util.List;
import org.greenvalue.common.verification.Check;

/**
 * One check of the engine: a name, the inputs it reads ({@link RuleInput}) and its outcome, one or
 * more {@link Check}s named after it. A rule may record what it established in the facts, for the
 * report and for the rules after it. The engine runs {@link VerificationEngine#RULES} in order;
 * adding a check is one class implementing this and one line in that list.
 */
interface Rule {

  /** The check's name, or the prefix of the checks it reports (e.g. {@code status}). */
  String name();

  List<Check> check(RuleInput in);
}
