package org.greenvalue.ledger.trust;

import java.time.Instant;
import java.util.Optional;

/**
 * The period an accreditation covers: from {@code from} (inclusive) until {@code until}
 * (exclusive), or without end. Seconds precision, as on chain.
 */
public record Validity(Instant from, Optional<Instant> until) {

  public Validity {
    if (from.getEpochSecond() < 0) {
      throw new IllegalArgumentException("validity cannot start before 1970");
    }
  }

  public static Validity between(Instant from, Instant until) {
    return new Validity(from, Optional.of(until));
  }

  public static Validity from(Instant from) {
    return new Validity(from, Optional.empty());
  }

  /** Whether {@code time} falls in the period. */
  public boolean covers(Instant time) {
    return !time.isBefore(from) && until.map(time::isBefore).orElse(true);
  }
}
