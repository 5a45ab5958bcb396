package org.greenvalue.ledger.anchor;

import java.util.List;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;

/** What anchoring a batch of digests came to. Only {@link Anchored} wrote anything. */
public sealed interface BatchOutcome {

  /**
   * The root is on chain; one receipt per distinct digest, in order of first appearance.
   *
   * @param duplicates how many input digests repeated an earlier one (they share its receipt)
   */
  record Anchored(Bytes32 batchId, Bytes32 root, List<AnchorReceipt> receipts, int duplicates)
      implements BatchOutcome {
    public Anchored {
      receipts = List.copyOf(receipts);
    }
  }

  /** Some digests could not be read; nothing was sent. */
  record Refused(List<RefusedDigest> refused) implements BatchOutcome {
    public Refused {
      refused = List.copyOf(refused);
    }
  }

  /** No digests; nothing was sent. */
  record Empty() implements BatchOutcome {}

  /**
   * The anchoring transaction did not go through: a refusal (e.g. {@link AnchorError.BatchExists}),
   * no receipt in time, or the node unreachable. Carries the ledger's own result.
   */
  record NotAnchored(Bytes32 batchId, Bytes32 root, LedgerResult result) implements BatchOutcome {}

  /** One refused input: its position in the list handed in, and why. */
  record RefusedDigest(int index, DigestError error) {}
}
