package org.greenvalue.registry.client;

/**
 * The registry did not do what was asked. {@link Refused}: it answered with a 4xx problem (retrying
 * the same request will not help). {@link Unavailable}: it could not be reached or failed (5xx);
 * the same request may succeed later.
 */
public abstract sealed class RegistryException extends RuntimeException {
  private final RegistryProblem problem;

  RegistryException(RegistryProblem problem, Throwable cause) {
    this(problem.status() + " " + problem.title() + ": " + problem.detail(), problem, cause);
  }

  /** With a message that says more than the problem (e.g. which URL was asked). */
  RegistryException(String message, RegistryProblem problem, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public RegistryProblem problem() {
    return problem;
  }

  /** A 4xx answer: the request itself is refused. */
  public static final class Refused extends RegistryException {
    Refused(RegistryProblem problem) {
      super(problem, null);
    }

    Refused(String message, RegistryProblem problem) {
      super(message, problem, null);
    }
  }

  /** The registry is unreachable, timed out or answered 5xx: try again later. */
  public static final class Unavailable extends RegistryException {
    Unavailable(RegistryProblem problem, Throwable cause) {
      super(problem, cause);
    }

    Unavailable(String message, RegistryProblem problem, Throwable cause) {
      super(message, problem, cause);
    }
  }
}
