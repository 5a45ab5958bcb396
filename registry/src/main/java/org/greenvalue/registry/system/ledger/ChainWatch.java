package org.greenvalue.registry.system.ledger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the ledger every {@code reconnect-interval}: connects once the node and the contracts are
 * there, and drops a connection to a chain that was replaced, so the registry recovers from a lost
 * chain without a restart even when nothing polls its health.
 */
@Component
class ChainWatch {
  private final ReconnectingLedger ledger;

  ChainWatch(ReconnectingLedger ledger) {
    this.ledger = ledger;
  }

  @Scheduled(
      fixedDelayString = "${gvr.registry.ledger.reconnect-interval:5s}",
      initialDelayString = "${gvr.registry.ledger.reconnect-interval:5s}")
  void watch() {
    ledger.check();
  }
}
