package org.greenvalue.registry.greenvalue;

import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * An allocation of part of a lot to a product batch (mass balance).
 *
 * @param quantity tCO2e allocated by this request
 * @param allocatedToBatch tCO2e of this lot allocated to the batch so far
 */
public record AllocationView(
    UUID lotId,
    String productBatchId,
    String quantity,
    String allocatedToBatch,
    LedgerEvidence ledger) {}
