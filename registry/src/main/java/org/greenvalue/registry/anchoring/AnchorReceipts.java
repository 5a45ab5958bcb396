package org.greenvalue.registry.anchoring;

import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.springframework.stereotype.Component;

/** The registry's own anchor receipts, for other features of the registry. */
@Component
public class AnchorReceipts {
  private final OutboxRepository outbox;

  AnchorReceipts(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  /** The receipt (as {@code AnchorReceiptJson} writes it) once the digest is anchored. */
  public Optional<String> receiptOf(Sha256Digest digest) {
    return outbox.find(digest.toString()).map(AnchorState::receipt);
  }
}
