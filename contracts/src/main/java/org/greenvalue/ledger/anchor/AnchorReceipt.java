package org.greenvalue.ledger.anchor;

import java.time.Instant;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.ledger.Bytes32;

/**
 * Proof that one digest was anchored: its place in the batch's Merkle tree and where the root was
 * written. Checked offline against the root's on-chain record by {@link ReceiptVerifier}; read and
 * written as JSON by {@link AnchorReceiptJson}.
 *
 * @param digest the anchored digest
 * @param batchId the batch it was anchored in
 * @param root the batch's Merkle root
 * @param proof the digest's inclusion proof (leaf index, tree size, sibling hashes)
 * @param chainId the chain the root was written to
 * @param contract the {@code AnchorRegistry} address
 * @param txHash the anchoring transaction
 * @param blockNumber the block that includes it
 * @param blockTime that block's timestamp
 */
public record AnchorReceipt(
    Sha256Digest digest,
    Bytes32 batchId,
    Bytes32 root,
    InclusionProof proof,
    long chainId,
    String contract,
    String txHash,
    long blockNumber,
    Instant blockTime) {}
