package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevChainExtension.class)
class AnchorBatcherTest {
  private static Ledger ledger;
  private static AnchorBatcher batcher;
  private static final ReceiptVerifier VERIFIER = new ReceiptVerifier();

  @BeforeAll
  static void contracts(LedgerFixture fixture) {
    ledger = fixture.admin();
    batcher = AnchorBatcher.of(ledger);
  }

  private static Bytes32 batchId() {
    return Bytes32.keccakOf("batch-" + System.nanoTime());
  }

  @Test
  void anchorsManyDigestsInOneTransactionAndEveryReceiptVerifiesAgainstTheChain() {
    List<String> digests = Digests.fresh(1_000);
    long before = ledger.anchors().batchCount();
    Bytes32 batchId = batchId();

    BatchOutcome.Anchored anchored = (BatchOutcome.Anchored) batcher.anchorTexts(batchId, digests);

    assertThat(ledger.anchors().batchCount()).isEqualTo(before + 1);
    assertThat(anchored.receipts()).hasSize(1_000);
    assertThat(anchored.receipts().stream().map(r -> r.txHash()).distinct()).hasSize(1);
    AnchorRecord record = ledger.anchors().recordOfRoot(anchored.root()).orElseThrow();
    assertThat(record.batch().leafCount()).isEqualTo(1_000);
    assertThat(record.chainId()).isEqualTo(ledger.chainId());
    for (int i = 0; i < digests.size(); i++) {
      AnchorReceipt receipt = anchored.receipts().get(i);
      assertThat(receipt.digest().toString()).isEqualTo(digests.get(i));
      assertThat(receipt.batchId()).isEqualTo(batchId);
      assertThat(VERIFIER.verify(receipt, record).valid()).isTrue();
    }
  }

  @Test
  void aReceiptSurvivesJsonAndStillVerifiesOffline() {
    BatchOutcome.Anchored anchored =
        (BatchOutcome.Anchored) batcher.anchorTexts(batchId(), Digests.fresh(7));
    AnchorRecord record = ledger.anchors().recordOfRoot(anchored.root()).orElseThrow();

    for (AnchorReceipt receipt : anchored.receipts()) {
      ReceiptParse parsed = AnchorReceiptJson.read(AnchorReceiptJson.write(receipt));
      assertThat(parsed).isEqualTo(new ReceiptParse.Parsed(receipt));
      assertThat(VERIFIER.verify(((ReceiptParse.Parsed) parsed).receipt(), record).checks())
          .hasSize(9)
          .allMatch(c -> c.outcome() == Check.Outcome.PASSED);
    }
  }

  @Test
  void rawDigestBytesAnchorLikeTheirText() {
    List<String> texts = Digests.fresh(3);
    List<byte[]> bytes = texts.stream().map(t -> DigestRead.parse(t).bytes()).toList();

    BatchOutcome.Anchored anchored = (BatchOutcome.Anchored) batcher.anchorBytes(batchId(), bytes);

    assertThat(anchored.root())
        .isEqualTo(PreparedBatch.of(texts.stream().map(DigestRead::parse).toList()).root());
  }

  @Test
  void repeatedDigestsShareOneLeafAndOneReceipt() {
    List<String> digests = new ArrayList<>(Digests.fresh(3));
    digests.add(digests.get(0));
    digests.add(digests.get(2));

    BatchOutcome.Anchored anchored =
        (BatchOutcome.Anchored) batcher.anchorTexts(batchId(), digests);

    assertThat(anchored.duplicates()).isEqualTo(2);
    assertThat(anchored.receipts()).hasSize(3);
    assertThat(anchored.receipts().get(2).proof().treeSize()).isEqualTo(3);
    assertThat(ledger.anchors().recordOfRoot(anchored.root()).orElseThrow().batch().leafCount())
        .isEqualTo(3);
  }

  @Test
  void malformedDigestsRefuseTheWholeBatchBeforeAnythingIsSent() {
    List<String> digests = new ArrayList<>(Digests.fresh(4));
    digests.set(1, "sha256:xyz");
    digests.set(3, "md5:d41d8cd98f00b204e9800998ecf8427e");
    digests.add(null);
    long before = ledger.anchors().batchCount();

    BatchOutcome outcome = batcher.anchorTexts(batchId(), digests);

    assertThat(outcome)
        .isEqualTo(
            new BatchOutcome.Refused(
                List.of(
                    new BatchOutcome.RefusedDigest(1, new DigestError.Malformed("xyz")),
                    new BatchOutcome.RefusedDigest(3, new DigestError.UnknownAlgorithm("md5")),
                    new BatchOutcome.RefusedDigest(4, new DigestError.Missing()))));
    assertThat(ledger.anchors().batchCount()).isEqualTo(before);
  }

  @Test
  void anEmptyBatchIsRefusedAndNothingIsSent() {
    long before = ledger.anchors().batchCount();

    assertThat(batcher.anchorTexts(batchId(), List.of())).isEqualTo(new BatchOutcome.Empty());
    assertThat(batcher.anchorBytes(batchId(), List.of())).isEqualTo(new BatchOutcome.Empty());
    assertThat(ledger.anchors().batchCount()).isEqualTo(before);
  }

  @Test
  void aBatchIdUsedBeforeIsNotAnchoredAgain() {
    Bytes32 batchId = batchId();
    batcher.anchorTexts(batchId, Digests.fresh(2));

    BatchOutcome outcome = batcher.anchorTexts(batchId, Digests.fresh(2));

    assertThat(outcome).isInstanceOf(BatchOutcome.NotAnchored.class);
    assertThat(((BatchOutcome.NotAnchored) outcome).result())
        .isEqualTo(new LedgerResult.Rejected(new AnchorError.BatchExists(batchId)));
  }

  @Test
  void aReceiptFailsAgainstTheRecordOfAnotherRoot() {
    BatchOutcome.Anchored first =
        (BatchOutcome.Anchored) batcher.anchorTexts(batchId(), Digests.fresh(4));
    BatchOutcome.Anchored second =
        (BatchOutcome.Anchored) batcher.anchorTexts(batchId(), Digests.fresh(4));
    AnchorRecord otherRecord = ledger.anchors().recordOfRoot(second.root()).orElseThrow();

    VerificationReport verification = VERIFIER.verify(first.receipts().get(0), otherRecord);

    assertThat(verification.valid()).isFalse();
    assertThat(verification.failures())
        .extracting(Check::name)
        .contains("root-on-chain", "batch-id", "transaction", "block-number");
  }

  @Test
  void aReceiptForARootNobodyAnchoredFails() {
    AnchorReceipt anchored =
        ((BatchOutcome.Anchored) batcher.anchorTexts(batchId(), Digests.fresh(2)))
            .receipts()
            .get(0);
    Bytes32 unknown = Bytes32.keccakOf("never anchored " + System.nanoTime());

    assertThat(ledger.anchors().recordOfRoot(unknown)).isEmpty();
    VerificationReport verification =
        VERIFIER.verify(anchored, ledger.anchors().recordOfRoot(unknown));
    assertThat(verification.valid()).isFalse();
    assertThat(verification.failures()).extracting(Check::name).containsExactly("root-anchored");
  }
}
