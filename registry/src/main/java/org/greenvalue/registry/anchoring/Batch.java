package org.greenvalue.registry.anchoring;

import org.greenvalue.ledger.Bytes32;

/**
 * A batch recorded before its transaction is sent.
 *
 * @param id the row id
 * @param batchId the id the batch is anchored under
 * @param root the Merkle root of its members
 * @param leafCount how many digests it has
 */
record Batch(long id, Bytes32 batchId, Bytes32 root, int leafCount) {}
