package org.greenvalue.ledger.anchor;

import java.time.Instant;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.ledger.Bytes32;

/** Copies a receipt with one field changed, for tampering tests. */
final class ReceiptBuilder {
  private final AnchorReceipt r;

  ReceiptBuilder(AnchorReceipt r) {
    this.r = r;
  }

  AnchorReceipt digest(Sha256Digest digest) {
    return new AnchorReceipt(
        digest,
        r.batchId(),
        r.root(),
        r.proof(),
        r.chainId(),
        r.contract(),
        r.txHash(),
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt batchId(Bytes32 batchId) {
    return new AnchorReceipt(
        r.digest(),
        batchId,
        r.root(),
        r.proof(),
        r.chainId(),
        r.contract(),
        r.txHash(),
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt root(Bytes32 root) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        root,
        r.proof(),
        r.chainId(),
        r.contract(),
        r.txHash(),
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt proof(InclusionProof proof) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        r.root(),
        proof,
        r.chainId(),
        r.contract(),
        r.txHash(),
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt chainId(long chainId) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        r.root(),
        r.proof(),
        chainId,
        r.contract(),
        r.txHash(),
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt contract(String contract) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        r.root(),
        r.proof(),
        r.chainId(),
        contract,
        r.txHash(),
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt txHash(String txHash) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        r.root(),
        r.proof(),
        r.chainId(),
        r.contract(),
        txHash,
        r.blockNumber(),
        r.blockTime());
  }

  AnchorReceipt blockNumber(long blockNumber) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        r.root(),
        r.proof(),
        r.chainId(),
        r.contract(),
        r.txHash(),
        blockNumber,
        r.blockTime());
  }

  AnchorReceipt blockTime(Instant blockTime) {
    return new AnchorReceipt(
        r.digest(),
        r.batchId(),
        r.root(),
        r.proof(),
        r.chainId(),
        r.contract(),
        r.txHash(),
        r.blockNumber(),
        blockTime);
  }
}
