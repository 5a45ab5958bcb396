package org.greenvalue.registry.trust;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.trust.TrustStatus;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.system.ledger.ChainTransactions;
import org.greenvalue.registry.system.ledger.ChainTransactions.TxState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles trust events recorded as pending (sent, not mined within the receipt timeout) from the
 * chain: a successful receipt marks the event applied with its block and time (and the subject's
 * status follows); a reverted transaction, or one the node no longer knows, marks it failed. Either
 * way later changes to that subject are allowed again. A transaction still in the pool is left.
 */
@Component
class PendingTrustReconciler {
  private static final Logger log = LoggerFactory.getLogger(PendingTrustReconciler.class);
  static final String CLIENT = "trust-reconciler";

  private final TrustSettlements settlements;
  private final TrustRepository subjects;
  private final ChainTransactions chain;
  private final Ledger ledger;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PendingTrustReconciler(
      TrustSettlements settlements,
      TrustRepository subjects,
      ChainTransactions chain,
      Ledger ledger,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.settlements = settlements;
    this.subjects = subjects;
    this.chain = chain;
    this.ledger = ledger;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${gvr.registry.trust.reconcile-interval:30s}",
      initialDelayString = "${gvr.registry.trust.reconcile-interval:30s}")
  void reconcile() {
    for (TrustSettlements.Unsettled event : settlements.unsettled()) {
      try {
        settle(event, chain.find(event.txHash()));
      } catch (IOException e) {
        log.warn("cannot reach the ledger to settle pending trust events: {}", e.toString());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void settle(TrustSettlements.Unsettled event, TxState state) {
    switch (state) {
      case TxState.Waiting w -> {}
      case TxState.Mined m -> {
        if (m.succeeded()) {
          apply(event, m);
        } else {
          fail(event, "the transaction reverted in block " + m.blockNumber());
        }
      }
      case TxState.Unknown u -> {
        // its nonce is a gap now: the next write takes it, or every later one would stall
        ledger.forgetDroppedTransaction();
        fail(event, "the node does not know the transaction");
      }
    }
  }

  private void apply(TrustSettlements.Unsettled event, TxState.Mined m) {
    transaction.executeWithoutResult(
        tx -> {
          settlements.applied(event.id(), m.blockNumber(), m.blockTime(), clock.instant());
          subjects.updateStatus(
              event.did(), event.credentialType(), TrustStatus.valueOf(event.status()));
          record(event, "applied", m.blockNumber());
        });
  }

  private void fail(TrustSettlements.Unsettled event, String reason) {
    transaction.executeWithoutResult(
        tx -> {
          settlements.failed(event.id(), reason, clock.instant());
          record(event, "failed", null);
        });
  }

  private void record(TrustSettlements.Unsettled event, String outcome, Long block) {
    audit.record(
        CLIENT,
        "trust.settle",
        event.did(),
        Map.of("credentialType", event.credentialType(), "event", event.id(), "outcome", outcome),
        event.txHash(),
        block);
    log.info("pending trust event {} of {} settled: {}", event.id(), event.did(), outcome);
  }
}
