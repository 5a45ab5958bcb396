package org.greenvalue.service.problem;

import java.util.Optional;

/**
 * Maps an exception a service's libraries throw (which know nothing of HTTP) to the problem it
 * means, so that a service adds a refusal with a bean, not a controller advice of its own.
 */
@FunctionalInterface
public interface ProblemTranslator {

  /** The problem {@code e} means, or empty when this translator does not know it. */
  Optional<Problem> translate(Throwable e);
}
