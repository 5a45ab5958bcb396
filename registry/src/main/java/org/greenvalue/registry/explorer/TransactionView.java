package org.greenvalue.registry.explorer;

import java.util.List;

/** Every registry record written by one transaction. */
record TransactionView(
    String txHash,
    List<LotEventView> lotEvents,
    List<RetirementSummary> retirements,
    List<TrustEventView> trustEvents,
    List<AnchorBatchView> anchorBatches) {}
