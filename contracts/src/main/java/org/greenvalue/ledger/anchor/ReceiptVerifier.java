package org.greenvalue.ledger.anchor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/**
 * Checks an {@link AnchorReceipt} offline against its root's on-chain {@link AnchorRecord}: the
 * proof recomputes the root, the proof's tree size is the recorded leaf count, and root, batch id,
 * chain, contract, transaction, block number and block time all match. Stateless and thread-safe.
 */
public final class ReceiptVerifier {
  static final String ROOT_ANCHORED = "root-anchored";

  /** Runs every check; the result names each one and why it failed. */
  public VerificationReport verify(AnchorReceipt receipt, AnchorRecord record) {
    List<Check> checks =
        Arrays.stream(ReceiptRule.values()).map(rule -> rule.check(receipt, record)).toList();
    return new VerificationReport(checks);
  }

  /**
   * As {@link #verify(AnchorReceipt, AnchorRecord)}, for a record looked up by the receipt's root
   * (e.g. with {@link Anchors#recordOfRoot}); no record fails as {@code root-anchored}.
   */
  public VerificationReport verify(AnchorReceipt receipt, Optional<AnchorRecord> record) {
    return record
        .map(found -> verify(receipt, found))
        .orElseGet(
            () ->
                VerificationReport.of(
                    Check.failed(
                        ROOT_ANCHORED, "no batch on chain anchors the root " + receipt.root())));
  }
}
