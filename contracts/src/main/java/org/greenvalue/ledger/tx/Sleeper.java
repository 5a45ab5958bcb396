package org.greenvalue.ledger.tx;

import java.time.Duration;

/** Waits; a seam so tests of retry and polling need not sleep for real. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}
