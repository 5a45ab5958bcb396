package org.greenvalue.registry.trust;

import java.time.Instant;

/**
 * Where a trust change is on chain; {@code blockNumber} and {@code blockTime} are null while the
 * transaction is pending.
 */
public record LedgerEvidence(
    long chainId, String contract, String txHash, Long blockNumber, Instant blockTime) {

  public boolean pending() {
    return blockTime == null;
  }
}
