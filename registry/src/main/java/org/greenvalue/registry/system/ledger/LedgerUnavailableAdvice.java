package org.greenvalue.registry.system.ledger;

import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.service.problem.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that needed the chain while it is unreachable or its contracts are missing: 503 {@code
 * ledger-unavailable}. The request's database transaction has rolled back, so nothing changed.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerUnavailableAdvice {

  @ExceptionHandler(LedgerUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(LedgerUnavailableException e) {
    Problem problem =
        new Problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "ledger-unavailable",
            "Ledger unavailable",
            "the ledger is unavailable; nothing was changed, retry later with the same"
                + " Idempotency-Key");
    return ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header("Retry-After", "30")
        .body(problem.toDetail());
  }
}
