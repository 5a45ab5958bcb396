package org.greenvalue.registry.anchoring;

import java.time.Instant;
import org.greenvalue.ledger.Bytes32;

/**
 * Where a batch's root was written on chain.
 *
 * @param batchId the batch id the chain holds the root under
 */
record AnchoredAt(
    Bytes32 batchId,
    long chainId,
    String contract,
    String txHash,
    long blockNumber,
    Instant blockTime) {}
