package org.greenvalue.registry.explorer;

import java.util.ArrayList;
import java.util.List;

/**
 * Every registry record written by one transaction, and what kinds of record they are.
 *
 * @param recorded the kinds found, in this order: {@code MINT}, {@code TRANSFER}, {@code
 *     ALLOCATION}, {@code CLAIM}, {@code LOT_RETIREMENT}, {@code ALLOCATION_RETIREMENT}, {@code
 *     BULK_RETIREMENT} (more than one retirement at once), {@code ACCREDITATION}, {@code
 *     STATUS_CHANGE}, {@code ANCHOR}; empty when the registry wrote nothing in it
 */
record TransactionView(
    String txHash,
    List<String> recorded,
    List<LotEventView> lotEvents,
    List<TransferSummary> transfers,
    List<AllocationSummary> allocations,
    List<ClaimSummary> claims,
    List<RetirementSummary> retirements,
    List<TrustEventView> trustEvents,
    List<AnchorBatchView> anchorBatches) {

  static TransactionView of(
      String txHash,
      List<LotEventView> lotEvents,
      List<TransferSummary> transfers,
      List<AllocationSummary> allocations,
      List<ClaimSummary> claims,
      List<RetirementSummary> retirements,
      List<TrustEventView> trustEvents,
      List<AnchorBatchView> anchorBatches) {
    List<String> recorded = new ArrayList<>();
    add(recorded, "MINT", lotEvents.stream().anyMatch(e -> e.kind().equals("MINTED")));
    add(recorded, "TRANSFER", !transfers.isEmpty());
    add(recorded, "ALLOCATION", !allocations.isEmpty());
    add(recorded, "CLAIM", !claims.isEmpty());
    add(recorded, "LOT_RETIREMENT", retirements.stream().anyMatch(r -> r.allocationId() == null));
    add(
        recorded,
        "ALLOCATION_RETIREMENT",
        retirements.stream().anyMatch(r -> r.allocationId() != null));
    add(recorded, "BULK_RETIREMENT", retirements.size() > 1);
    add(
        recorded,
        "ACCREDITATION",
        trustEvents.stream().anyMatch(e -> e.kind().equals("ACCREDITED")));
    add(
        recorded,
        "STATUS_CHANGE",
        trustEvents.stream().anyMatch(e -> e.kind().equals("STATUS_CHANGED")));
    add(recorded, "ANCHOR", !anchorBatches.isEmpty());
    return new TransactionView(
        txHash,
        recorded,
        lotEvents,
        transfers,
        allocations,
        claims,
        retirements,
        trustEvents,
        anchorBatches);
  }

  private static void add(List<String> recorded, String kind, boolean found) {
    if (found) {
      recorded.add(kind);
    }
  }
}
