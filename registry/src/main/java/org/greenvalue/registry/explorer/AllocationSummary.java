package org.greenvalue.registry.explorer;

import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A mass-balance allocation of part of a lot to a product batch of a site for a period, with what
 * downstream credentials claimed of it and what was retired; tCO2e as decimal text.
 */
record AllocationSummary(
    UUID id,
    UUID lotId,
    String owner,
    String productBatchId,
    String siteId,
    Period period,
    String quantity,
    String claimed,
    String retired,
    LedgerEvidence ledger) {}
