package org.greenvalue.registry.greenvalue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * An allocation of part of a lot to a product batch of a site for a period (mass balance), with the
 * downstream credentials that claimed it. Quantities are tCO2e as decimal text.
 *
 * @param owner the organisation that owned the lot when it allocated
 * @param unclaimed what downstream credentials may still claim
 */
public record AllocationView(
    UUID id,
    UUID lotId,
    String owner,
    String productBatchId,
    String siteId,
    TimeSpan period,
    String quantity,
    String claimed,
    String retired,
    String unclaimed,
    List<Claim> claims,
    LedgerEvidence ledger) {

  /** One downstream credential's claim on the allocation. */
  public record Claim(String credentialId, String quantity, Instant at, LedgerEvidence ledger) {}
}
