package org.greenvalue.bench.ledger;

/** A count of things done and the wall time it took. */
record Timed(long count, long nanos) {
  double perSecond() {
    return count / (nanos / 1e9);
  }

  double seconds() {
    return nanos / 1e9;
  }

  @Override
  public String toString() {
    return "%,d in %.2f s = %,.0f/s".formatted(count, seconds(), perSecond());
  }
}
