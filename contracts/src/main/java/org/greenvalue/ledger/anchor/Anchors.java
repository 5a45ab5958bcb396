package org.greenvalue.ledger.anchor;

import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;

/** Writes and reads batch roots in {@code AnchorRegistry}. */
public interface Anchors {

  /** The contract's address. */
  String address();

  /**
   * Anchors {@code root} as batch {@code batchId} of {@code leafCount} digests. Refusals come back
   * as {@link AnchorError}s (or a missing role); a batch id or a root is written once.
   */
  LedgerResult anchor(Bytes32 batchId, Bytes32 root, long leafCount);

  Optional<AnchoredBatch> batch(Bytes32 batchId);

  Optional<AnchoredBatch> batchOfRoot(Bytes32 root);

  long batchCount();

  /**
   * The full record of the batch that anchored {@code root}: the batch, this contract and chain,
   * and the transaction that wrote it (found from the batch's block). Empty when no batch did.
   */
  Optional<AnchorRecord> recordOfRoot(Bytes32 root);
}
