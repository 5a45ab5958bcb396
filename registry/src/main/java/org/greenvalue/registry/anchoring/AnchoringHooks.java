package org.greenvalue.registry.anchoring;

import org.greenvalue.ledger.Bytes32;

/**
 * Points in the worker where a test may stop it as a crash would. Production has none (the worker
 * uses {@link #NONE}); a test registers a bean of this type.
 */
interface AnchoringHooks {
  AnchoringHooks NONE = batchId -> {};

  /** The batch's transaction is mined; its receipts are not stored yet. */
  void afterSend(Bytes32 batchId) throws InterruptedException;
}
