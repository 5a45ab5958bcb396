package org.greenvalue.registry.explorer;

import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A transfer between organisations as the explorer lists it: part of {@code lotId} moved into the
 * new lot {@code childLotId}; tCO2e as decimal text.
 */
record TransferSummary(
    UUID id,
    UUID lotId,
    UUID childLotId,
    String from,
    String to,
    String quantity,
    String deliveryReference,
    LedgerEvidence ledger) {}
