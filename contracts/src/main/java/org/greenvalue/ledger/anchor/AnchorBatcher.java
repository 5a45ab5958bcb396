package org.greenvalue.ledger.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.TxReceipt;

/**
 * Anchors many digests with one transaction: reads them all (refusing the whole batch, before
 * anything is sent, if any is malformed), builds one Merkle tree, writes its root with {@link
 * Anchors#anchor}, and hands back a receipt per digest.
 */
public final class AnchorBatcher {
  private final Anchors anchors;
  private final long chainId;

  public AnchorBatcher(Anchors anchors, long chainId) {
    this.anchors = anchors;
    this.chainId = chainId;
  }

  public static AnchorBatcher of(Ledger ledger) {
    return new AnchorBatcher(ledger.anchors(), ledger.chainId());
  }

  /** Anchors digests written {@code sha256:<64 lowercase hex>} as batch {@code batchId}. */
  public BatchOutcome anchorTexts(Bytes32 batchId, List<String> digests) {
    return read(digests, DigestRead::read, batchId);
  }

  /** Anchors raw 32-byte SHA-256 digests as batch {@code batchId}. */
  public BatchOutcome anchorBytes(Bytes32 batchId, List<byte[]> digests) {
    return read(digests, DigestRead::read, batchId);
  }

  /** Anchors digests already read as batch {@code batchId}. */
  public BatchOutcome anchor(Bytes32 batchId, List<Sha256Digest> digests) {
    if (digests.isEmpty()) {
      return new BatchOutcome.Empty();
    }
    PreparedBatch batch = PreparedBatch.of(digests);
    LedgerResult result = anchors.anchor(batchId, batch.root(), batch.leafCount());
    if (!(result instanceof LedgerResult.Confirmed confirmed)) {
      return new BatchOutcome.NotAnchored(batchId, batch.root(), result);
    }
    return new BatchOutcome.Anchored(
        batchId, batch.root(), receipts(batchId, batch, confirmed.receipt()), batch.duplicates());
  }

  private <T> BatchOutcome read(List<T> inputs, Function<T, DigestRead> reader, Bytes32 batchId) {
    List<Sha256Digest> digests = new ArrayList<>(inputs.size());
    List<BatchOutcome.RefusedDigest> refused = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      switch (reader.apply(inputs.get(i))) {
        case DigestRead.Valid valid -> digests.add(valid.digest());
        case DigestError error -> refused.add(new BatchOutcome.RefusedDigest(i, error));
      }
    }
    return refused.isEmpty() ? anchor(batchId, digests) : new BatchOutcome.Refused(refused);
  }

  private List<AnchorReceipt> receipts(Bytes32 batchId, PreparedBatch batch, TxReceipt tx) {
    Bytes32 root = batch.root();
    long block = tx.blockNumber().longValueExact();
    List<AnchorReceipt> receipts = new ArrayList<>(batch.leafCount());
    for (int i = 0; i < batch.leafCount(); i++) {
      InclusionProof proof = batch.proof(i);
      receipts.add(
          new AnchorReceipt(
              batch.digests().get(i),
              batchId,
              root,
              proof,
              chainId,
              anchors.address(),
              tx.txHash(),
              block,
              tx.blockTime()));
    }
    return receipts;
  }
}
