package org.greenvalue.registry.explorer;

import org.greenvalue.registry.trust.LedgerEvidence;

/** An anchored Merkle batch: its root, how many digests it holds, and its transaction. */
record AnchorBatchView(long id, String batchId, String root, int size, LedgerEvidence ledger) {}
