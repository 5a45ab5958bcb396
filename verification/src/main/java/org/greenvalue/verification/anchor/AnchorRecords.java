package org.greenvalue.verification.anchor;

import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.anchor.AnchorRecord;

/**
 * The chain's record of an anchored root, read through the ledger client from the pinned {@code
 * AnchorRegistry}.
 */
public final class AnchorRecords {

  private final Ledger ledger;

  public AnchorRecords(Ledger ledger) {
    this.ledger = ledger;
  }

  /** The record, empty when no batch anchors the root; a failure when the node is unreachable. */
  public Result<Optional<AnchorRecord>> recordOfRoot(org.greenvalue.ledger.Bytes32 root) {
    try {
      return Result.success(ledger.anchors().recordOfRoot(root));
    } catch (LedgerUnavailableException e) {
      return Result.failure("ledger unreachable: " + e.getMessage());
    }
  }

  public String describe() {
    return "AnchorRegistry "
        + ledger.contracts().anchorRegistry()
        + " on chain "
        + ledger.chainId();
  }
}
