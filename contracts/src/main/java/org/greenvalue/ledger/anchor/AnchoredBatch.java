package org.greenvalue.ledger.anchor;

import java.time.Instant;
import org.greenvalue.ledger.Bytes32;

/**
 * A batch root as {@code AnchorRegistry} holds it.
 *
 * @param batchId the caller's id of the batch
 * @param root the Merkle root of the batch's digests
 * @param leafCount how many digests the tree has
 * @param submitter the account that anchored it
 * @param anchoredAt the block time of the anchoring transaction
 * @param blockNumber the block of the anchoring transaction
 */
public record AnchoredBatch(
    Bytes32 batchId,
    Bytes32 root,
    long leafCount,
    String submitter,
    Instant anchoredAt,
    long blockNumber) {}
