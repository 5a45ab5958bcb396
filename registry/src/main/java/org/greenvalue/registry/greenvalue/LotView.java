package org.greenvalue.registry.greenvalue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A lot as the API shows it; quantities are tCO2e as decimal text (at most six decimals).
 *
 * @param parentId the lot this one was transferred out of; null for a minted lot
 * @param chainLotId the lot's id in {@code GreenValueLedger}
 * @param onChain the contract's own figures for the lot; null when the ledger cannot be read
 */
public record LotView(
    UUID id,
    UUID parentId,
    String owner,
    String credentialDigest,
    String credentialId,
    String projectId,
    String facilityId,
    Instant periodStart,
    Instant periodEnd,
    String quantity,
    String available,
    String allocated,
    String retired,
    String transferred,
    String chainLotId,
    OnChain onChain,
    List<HistoryEntry> history) {

  /** The contract's figures, tCO2e. */
  public record OnChain(
      String quantity, String available, String allocated, String retired, String transferred) {}

  /** One operation, oldest first. */
  public record HistoryEntry(
      String kind,
      String quantity,
      String counterparty,
      String clientId,
      Instant at,
      LedgerEvidence ledger) {}
}
