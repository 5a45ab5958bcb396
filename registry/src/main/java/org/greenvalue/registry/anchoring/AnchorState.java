package org.greenvalue.registry.anchoring;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * Where one digest is: pending in the outbox, or anchored with its receipt.
 *
 * @param anchoredAt the block time of the anchoring transaction; null while pending
 * @param receipt the receipt as contracts' {@code AnchorReceiptJson} writes it; null while pending
 */
record AnchorState(
    String digest,
    State state,
    Instant submittedAt,
    Instant anchoredAt,
    @JsonRawValue String receipt) {

  enum State {
    PENDING,
    ANCHORED
  }
}
