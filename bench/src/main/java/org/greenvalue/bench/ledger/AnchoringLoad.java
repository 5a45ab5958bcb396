package org.greenvalue.bench.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorRecord;
import org.greenvalue.ledger.anchor.Anchors;
import org.greenvalue.ledger.anchor.BatchOutcome;
import org.greenvalue.ledger.anchor.ReceiptVerifier;

/**
 * Anchoring end to end against the chain: {@code sha256:<hex>} digests in, one receipt per digest
 * out. Batched (one transaction per batch) against naive (one transaction per digest).
 */
final class AnchoringLoad {
  private static final AtomicLong BATCHES = new AtomicLong();
  private final AnchorBatcher batcher;
  private final Anchors anchors;

  AnchoringLoad(AnchorBatcher batcher, Anchors anchors) {
    this.batcher = batcher;
    this.anchors = anchors;
  }

  /** Distinct digests, made before timing starts. */
  static List<String> digests(int count, String run) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      List<String> digests = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        byte[] hash = sha256.digest((run + "/credential/" + i).getBytes());
        digests.add("sha256:" + HexFormat.of().formatHex(hash));
      }
      return digests;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Anchors {@code digests} in batches of {@code batchSize}; all receipts kept. */
  Timed batched(List<String> digests, int batchSize, List<AnchorReceipt> receipts) {
    long start = System.nanoTime();
    for (int from = 0; from < digests.size(); from += batchSize) {
      List<String> chunk = digests.subList(from, Math.min(digests.size(), from + batchSize));
      receipts.addAll(anchor(chunk).receipts());
    }
    return new Timed(digests.size(), System.nanoTime() - start);
  }

  /** One transaction per digest, from {@code callers} concurrent threads. */
  Timed naive(List<String> digests, int callers) throws Exception {
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      List<Future<?>> done = new ArrayList<>();
      for (String digest : digests) {
        done.add(pool.submit(() -> anchor(List.of(digest))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    return new Timed(digests.size(), System.nanoTime() - start);
  }

  /** Offline verification of receipts against their (once read) on-chain records. */
  Timed verify(List<AnchorReceipt> receipts) {
    ReceiptVerifier verifier = new ReceiptVerifier();
    java.util.Map<Bytes32, AnchorRecord> records = new java.util.HashMap<>();
    long start = System.nanoTime();
    for (AnchorReceipt receipt : receipts) {
      AnchorRecord record =
          records.computeIfAbsent(receipt.root(), root -> anchors.recordOfRoot(root).orElseThrow());
      if (!verifier.verify(receipt, record).valid()) {
        throw new IllegalStateException("receipt does not verify: " + receipt.digest());
      }
    }
    return new Timed(receipts.size(), System.nanoTime() - start);
  }

  private BatchOutcome.Anchored anchor(List<String> digests) {
    Bytes32 batchId =
        Bytes32.keccakOf("bench-batch-" + BATCHES.incrementAndGet() + System.nanoTime());
    BatchOutcome outcome = batcher.anchorTexts(batchId, digests);
    if (outcome instanceof BatchOutcome.Anchored anchored) {
      return anchored;
    }
    throw new IllegalStateException("batch not anchored: " + outcome);
  }
}
