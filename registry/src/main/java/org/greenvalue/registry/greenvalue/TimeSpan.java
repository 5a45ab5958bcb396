package org.greenvalue.registry.greenvalue;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.service.problem.Problem;

/** A period [start, end) on the API: of an allocation, or the claim period of a retirement. */
public record TimeSpan(@NotNull Instant start, @NotNull Instant end) {

  /** The period as the ledger holds it; a period that is empty in whole seconds is a 422. */
  Period requireValid(String field) {
    if (start.getEpochSecond() < 0 || end.getEpochSecond() <= start.getEpochSecond()) {
      throw Problem.invalid(
          "invalid-period", field + " must start before it ends (in whole seconds, after 1970)");
    }
    return new Period(start, end);
  }
}
