package org.greenvalue.registry.system.ledger;

import java.time.Duration;
import java.util.Optional;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.problem.ProblemTranslator;
import org.springframework.stereotype.Component;

/**
 * A request that needed the chain while it is unreachable or its contracts are missing: 503 {@code
 * ledger-unavailable}. The request's database transaction has rolled back, so nothing changed.
 */
@Component
class LedgerUnavailableProblems implements ProblemTranslator {
  private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  @Override
  public Optional<Problem> translate(Throwable e) {
    if (!(e instanceof LedgerUnavailableException)) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.unavailable(
                "ledger-unavailable",
                "the ledger is unavailable; nothing was changed, retry later with the same"
                    + " Idempotency-Key")
            .withRetryAfter(RETRY_AFTER));
  }
}
