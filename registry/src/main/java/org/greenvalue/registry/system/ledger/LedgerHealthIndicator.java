package org.greenvalue.registry.system.ledger;

import java.io.IOException;
import java.net.URI;
import org.greenvalue.ledger.chain.DevChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/ledger}: up with chain id, block number and contracts; down, with the
 * reason, while the node is unreachable or the contracts are not on its chain. Checking reconnects
 * a ledger that is back (part of the readiness group).
 */
@Component("ledgerHealthIndicator")
class LedgerHealthIndicator implements HealthIndicator {
  private final ReconnectingLedger ledger;
  private final JsonRpcProbe probe;

  LedgerHealthIndicator(
      ReconnectingLedger ledger, LedgerProperties properties, ObjectProvider<DevChain> devChain) {
    this.ledger = ledger;
    DevChain chain = devChain.getIfAvailable();
    URI url = chain != null ? chain.rpcUrl() : properties.rpcUrl();
    this.probe = new JsonRpcProbe(url);
  }

  @Override
  public Health health() {
    if (ledger.check() instanceof ReconnectingLedger.State.Down down) {
      return Health.down().withDetail("error", down.reason()).build();
    }
    try {
      return Health.up()
          .withDetail("chainId", probe.chainId())
          .withDetail("blockNumber", probe.blockNumber())
          .withDetail("trustRegistry", ledger.contracts().trustRegistry())
          .withDetail("account", ledger.account())
          .build();
    } catch (IOException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down().withDetail("error", "interrupted").build();
    }
  }
}
