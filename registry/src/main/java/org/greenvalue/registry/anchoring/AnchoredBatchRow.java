package org.greenvalue.registry.anchoring;

/**
 * An anchored batch as recorded: where its root was written.
 *
 * @param blockHash null for batches anchored before block hashes were kept
 */
record AnchoredBatchRow(
    long id,
    String batchId,
    long chainId,
    String contract,
    String txHash,
    long blockNumber,
    String blockHash,
    int leafCount) {}
