package org.greenvalue.registry.anchoring;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.system.ledger.ChainTransactions;
import org.greenvalue.registry.system.ledger.ChainTransactions.TxState;
import org.greenvalue.registry.system.ledger.ReconnectingLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a chain loss (reset, or a new chain): finds the anchored batches that are not on the
 * current chain, records each as lost (its receipts are superseded) and queues its digests again,
 * so the anchoring worker puts them in new batches and a receipt query answers with the new
 * receipt. A batch is on the chain when its block is (the stored block hash is the chain's hash at
 * that height; for batches stored without a hash, its transaction is mined in that block) and the
 * chain and contract are the ones the ledger now writes to.
 */
@Component
class ReAnchoring {
  private static final Logger log = LoggerFactory.getLogger(ReAnchoring.class);

  private final ReconnectingLedger ledger;
  private final ChainTransactions chain;
  private final BatchRepository batches;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReAnchoring(
      ReconnectingLedger ledger,
      ChainTransactions chain,
      BatchRepository batches,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.ledger = ledger;
    this.chain = chain;
    this.batches = batches;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * What one run found.
   *
   * @param checked the batches compared with the chain
   * @param lost the batch ids found missing, now superseded
   * @param requeued how many digests were queued for new batches
   */
  record Report(int checked, List<String> lost, int requeued) {}

  /**
   * @throws LedgerUnavailableException when the ledger is not connected: nothing is compared
   */
  Report run(String clientId) throws InterruptedException {
    Ledger current = connected();
    long chainId = current.chainId();
    String contract = current.anchors().address();
    List<AnchoredBatchRow> anchored = batches.current();
    List<String> lost = new ArrayList<>();
    int requeued = 0;
    for (AnchoredBatchRow batch : anchored) {
      Optional<String> reason = missing(batch, chainId, contract);
      if (reason.isPresent()) {
        requeued += supersede(batch, reason.get(), clientId);
        lost.add(batch.batchId());
      }
    }
    log.info(
        "re-anchoring: {} batches checked, {} lost, {} digests queued again",
        anchored.size(),
        lost.size(),
        requeued);
    return new Report(anchored.size(), List.copyOf(lost), requeued);
  }

  private Ledger connected() {
    return switch (ledger.check()) {
      case ReconnectingLedger.State.Up up -> up.ledger();
      case ReconnectingLedger.State.Down down ->
          throw new LedgerUnavailableException("ledger unavailable: " + down.reason(), null);
    };
  }

  /** Why the batch is not on the current chain, or empty when it is. */
  private Optional<String> missing(AnchoredBatchRow batch, long chainId, String contract)
      throws InterruptedException {
    if (batch.chainId() != chainId) {
      return Optional.of("anchored on chain " + batch.chainId() + ", the ledger is " + chainId);
    }
    if (!batch.contract().equalsIgnoreCase(contract)) {
      return Optional.of("anchored in contract " + batch.contract() + ", now " + contract);
    }
    try {
      if (batch.blockHash() != null) {
        Optional<String> hash = chain.blockHash(batch.blockNumber());
        return hash.filter(batch.blockHash()::equalsIgnoreCase).isPresent()
            ? Optional.empty()
            : Optional.of("block " + batch.blockNumber() + " is not the block it was anchored in");
      }
      return chain.find(batch.txHash()) instanceof TxState.Mined m
              && m.succeeded()
              && m.blockNumber() == batch.blockNumber()
          ? Optional.empty()
          : Optional.of("transaction " + batch.txHash() + " is not on chain");
    } catch (IOException e) {
      throw new LedgerUnavailableException("cannot compare batches with the chain", e);
    }
  }

  private int supersede(AnchoredBatchRow batch, String reason, String clientId) {
    Integer queued =
        transaction.execute(
            tx -> {
              int n = batches.markLost(batch.id(), reason, clock.instant());
              audit.record(
                  clientId,
                  "anchor.batch-lost",
                  batch.batchId(),
                  Map.of("reason", reason, "requeued", n),
                  batch.txHash(),
                  batch.blockNumber());
              return n;
            });
    log.warn(
        "batch {} is not on the current chain ({}); digests queued again", batch.batchId(), reason);
    return queued == null ? 0 : queued;
  }
}
