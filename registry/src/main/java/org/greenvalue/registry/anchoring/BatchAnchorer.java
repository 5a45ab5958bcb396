package org.greenvalue.registry.anchoring;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.anchor.AnchorError;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.AnchorRecord;
import org.greenvalue.ledger.anchor.Anchors;
import org.greenvalue.ledger.anchor.DigestRead;
import org.greenvalue.ledger.anchor.PreparedBatch;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.system.ledger.ChainTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors one batch at a time, so that nothing is lost or anchored twice: pending digests are taken
 * into a batch whose id, root and members are committed <em>before</em> its transaction is sent.
 * Settling a batch first asks the chain whether its root is already anchored (a transaction sent
 * before a crash, or mined after its wait ran out) and only sends when it is not; the contract
 * writes a root and a batch id once, so a second send is refused and then settled the same way.
 */
@Component
class BatchAnchorer {
  private static final Logger log = LoggerFactory.getLogger(BatchAnchorer.class);
  static final String AUDIT_CLIENT = "anchoring-worker";

  private final OutboxRepository outbox;
  private final BatchRepository batches;
  private final Ledger ledger;
  private final ChainTransactions chain;
  private final AuditLog audit;
  private final AnchoringMetrics metrics;
  private final TransactionTemplate transaction;
  private final AnchoringHooks hooks;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  BatchAnchorer(
      OutboxRepository outbox,
      BatchRepository batches,
      Ledger ledger,
      ChainTransactions chain,
      AuditLog audit,
      AnchoringMetrics metrics,
      TransactionTemplate transaction,
      ObjectProvider<AnchoringHooks> hooks,
      Clock clock) {
    this.outbox = outbox;
    this.batches = batches;
    this.ledger = ledger;
    this.chain = chain;
    this.audit = audit;
    this.metrics = metrics;
    this.transaction = transaction;
    this.hooks = hooks.getIfAvailable(() -> AnchoringHooks.NONE);
    this.clock = clock;
  }

  /** Publishes how many digests wait for a batch. */
  void measureDepth() {
    metrics.depth(outbox.pendingCount());
  }

  /**
   * Settles every batch left unfinished (by a crash, an outage or a lost receipt), oldest first.
   */
  void settleUnfinished() throws InterruptedException {
    for (Batch batch : batches.unfinished()) {
      settle(batch);
    }
  }

  /**
   * Takes up to {@code max} pending digests into a new batch and anchors it.
   *
   * @return how many digests the batch took (0: nothing was pending)
   */
  int anchorPending(int max) throws InterruptedException {
    Optional<Batch> prepared = transaction.execute(tx -> prepare(max));
    if (prepared.isEmpty()) {
      return 0;
    }
    settle(prepared.get());
    return prepared.get().leafCount();
  }

  private Optional<Batch> prepare(int max) {
    List<String> digests = outbox.take(max);
    if (digests.isEmpty()) {
      return Optional.empty();
    }
    PreparedBatch tree = PreparedBatch.of(digests.stream().map(DigestRead::parse).toList());
    byte[] id = new byte[32];
    random.nextBytes(id);
    return Optional.of(batches.prepare(new Bytes32(id), tree.root(), digests, clock.instant()));
  }

  private void settle(Batch batch) throws InterruptedException {
    Anchors anchors = ledger.anchors();
    Optional<AnchorRecord> onChain = anchors.recordOfRoot(batch.root());
    if (onChain.isPresent()) {
      complete(batch, where(onChain.get()));
      return;
    }
    LedgerResult result = anchors.anchor(batch.batchId(), batch.root(), batch.leafCount());
    switch (result) {
      case LedgerResult.Confirmed c -> {
        hooks.afterSend(batch.batchId());
        complete(batch, where(batch.batchId(), c.receipt()));
      }
      case LedgerResult.Rejected r -> {
        if (!(r.error() instanceof AnchorError.BatchExists
            || r.error() instanceof AnchorError.RootAlreadyAnchored)) {
          throw new AnchoringStalled("ledger refused the batch: " + r.error());
        }
        AnchorRecord record =
            anchors
                .recordOfRoot(batch.root())
                .orElseThrow(() -> new AnchoringStalled("refused as anchored, root not found"));
        complete(batch, where(record));
      }
      case LedgerResult.Unconfirmed u -> {
        batches.noteSent(batch.id(), u.txHash());
        throw new AnchoringStalled(
            "batch " + batch.batchId() + " sent as " + u.txHash() + ", not mined yet");
      }
      case LedgerResult.Unavailable u ->
          throw new AnchoringStalled("ledger unavailable: " + u.message());
    }
  }

  private void complete(Batch batch, AnchoredAt where) throws InterruptedException {
    String blockHash = blockHash(where.blockNumber());
    List<Member> members = batches.members(batch.id());
    PreparedBatch tree =
        PreparedBatch.of(members.stream().map(m -> DigestRead.parse(m.digest())).toList());
    if (!tree.root().equals(batch.root()) || tree.leafCount() != batch.leafCount()) {
      throw new IllegalStateException("batch " + batch.id() + " members do not give its root");
    }
    List<String> digests = new ArrayList<>(members.size());
    List<String> receipts = new ArrayList<>(members.size());
    for (Member m : members) {
      digests.add(m.digest());
      receipts.add(AnchorReceiptJson.write(receipt(tree, m.leafIndex(), where)));
    }
    Boolean finished =
        transaction.execute(
            tx -> {
              boolean done = batches.complete(batch.id(), where, blockHash, digests, receipts);
              if (done) {
                audit.record(
                    AUDIT_CLIENT,
                    "anchor.batch",
                    where.batchId().toHex(),
                    Map.of("root", batch.root().toHex(), "digests", batch.leafCount()),
                    where.txHash(),
                    where.blockNumber());
              }
              return done;
            });
    if (Boolean.TRUE.equals(finished)) {
      Instant now = clock.instant();
      metrics.anchored(
          members.size(),
          members.stream().map(m -> Duration.between(m.submittedAt(), now)).toList());
      log.info(
          "anchored batch {} ({} digests) in tx {} block {}",
          where.batchId(),
          batch.leafCount(),
          where.txHash(),
          where.blockNumber());
    }
  }

  /** The hash of the batch's block, kept to tell later whether the block is still on chain. */
  private String blockHash(long blockNumber) throws InterruptedException {
    try {
      return chain
          .blockHash(blockNumber)
          .orElseThrow(() -> new AnchoringStalled("block " + blockNumber + " is not on chain"));
    } catch (IOException e) {
      throw new AnchoringStalled("cannot read block " + blockNumber + ": " + e);
    }
  }

  private AnchorReceipt receipt(PreparedBatch tree, int leaf, AnchoredAt where) {
    return new AnchorReceipt(
        tree.digests().get(leaf),
        where.batchId(),
        tree.root(),
        tree.proof(leaf),
        where.chainId(),
        where.contract(),
        where.txHash(),
        where.blockNumber(),
        where.blockTime());
  }

  private AnchoredAt where(Bytes32 batchId, TxReceipt receipt) {
    return new AnchoredAt(
        batchId,
        ledger.chainId(),
        ledger.anchors().address(),
        receipt.txHash(),
        receipt.blockNumber().longValueExact(),
        receipt.blockTime());
  }

  private static AnchoredAt where(AnchorRecord record) {
    return new AnchoredAt(
        record.batch().batchId(),
        record.chainId(),
        record.contract(),
        record.txHash(),
        record.batch().blockNumber(),
        record.batch().anchoredAt());
  }
}
