package org.greenvalue.ledger.greenvalue;

import java.time.Instant;

/** A monitoring period [start, end), in whole seconds as on chain. */
public record Period(Instant start, Instant end) {
  public Period {
    if (start.getEpochSecond() < 0 || end.getEpochSecond() < 0) {
      throw new IllegalArgumentException("a period cannot start or end before 1970");
    }
  }

  /** Whether the two periods share at least one instant (the contract's overlap rule). */
  public boolean overlaps(Period other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
