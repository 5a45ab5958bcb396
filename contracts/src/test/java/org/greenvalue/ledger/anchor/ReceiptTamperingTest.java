package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(DevChainExtension.class)
class ReceiptTamperingTest {
  private static AnchorReceipt receipt;
  private static AnchorRecord record;

  @BeforeAll
  static void anchorOneBatch(LedgerFixture fixture) {
    Ledger ledger = fixture.admin();
    BatchOutcome.Anchored anchored =
        (BatchOutcome.Anchored)
            AnchorBatcher.of(ledger).anchorTexts(Bytes32.keccakOf("tamper"), Digests.fresh(5));
    receipt = anchored.receipts().get(2);
    record = ledger.anchors().recordOfRoot(anchored.root()).orElseThrow();
  }

  @Test
  void theUntouchedReceiptPassesEveryNamedCheck() {
    VerificationReport verification = new ReceiptVerifier().verify(receipt, record);

    assertThat(verification.valid()).isTrue();
    assertThat(verification.checks())
        .extracting(Check::name)
        .containsExactly(
            "proof-recomputes-root",
            "root-on-chain",
            "batch-id",
            "tree-size",
            "chain-id",
            "contract",
            "transaction",
            "block-number",
            "block-time");
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        tamper("digest", r -> with(r).digest(DigestRead.parse(Digests.text("x"))), "proof"),
        tamper("batch id", r -> with(r).batchId(Bytes32.keccakOf("other")), "batch-id"),
        tamper("root", r -> with(r).root(Bytes32.keccakOf("other")), "root-on-chain"),
        tamper("root", r -> with(r).root(Bytes32.keccakOf("other")), "proof"),
        tamper("leaf index", r -> with(r).proof(index(r.proof(), 3)), "proof"),
        tamper("tree size", r -> with(r).proof(size(r.proof(), 6)), "tree-size"),
        tamper("a sibling", r -> with(r).proof(flip(r.proof())), "proof"),
        tamper("no sibling", r -> with(r).proof(drop(r.proof())), "proof"),
        tamper("chain id", r -> with(r).chainId(r.chainId() + 1), "chain-id"),
        tamper("contract", r -> with(r).contract("0x" + "12".repeat(20)), "contract"),
        tamper("tx hash", r -> with(r).txHash("0x" + "34".repeat(32)), "transaction"),
        tamper("block number", r -> with(r).blockNumber(r.blockNumber() + 1), "block-number"),
        tamper("block time", r -> with(r).blockTime(r.blockTime().plusSeconds(1)), "block-time"));
  }

  @ParameterizedTest(name = "a changed {0} fails {2}")
  @MethodSource("tamperings")
  void aTamperedReceiptFailsTheCheckOfWhatChanged(
      String field, UnaryOperator<AnchorReceipt> change, String check) {
    VerificationReport verification = new ReceiptVerifier().verify(change.apply(receipt), record);

    assertThat(verification.valid()).isFalse();
    assertThat(verification.failures())
        .extracting(Check::name)
        .anyMatch(name -> name.equals(check) || name.startsWith(check + "-"));
    assertThat(verification.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
  }

  private static Arguments tamper(String field, UnaryOperator<AnchorReceipt> change, String check) {
    return Arguments.of(field, change, check);
  }

  private static ReceiptBuilder with(AnchorReceipt r) {
    return new ReceiptBuilder(r);
  }

  private static InclusionProof index(InclusionProof p, long index) {
    return InclusionProof.of(
        index == p.leafIndex() ? index + 1 : index, p.treeSize(), p.siblings());
  }

  private static InclusionProof size(InclusionProof p, long size) {
    return InclusionProof.of(p.leafIndex(), size, p.siblings());
  }

  private static InclusionProof flip(InclusionProof p) {
    List<byte[]> siblings = new ArrayList<>(p.siblings());
    siblings.get(0)[0] ^= 1;
    return InclusionProof.of(p.leafIndex(), p.treeSize(), siblings);
  }

  private static InclusionProof drop(InclusionProof p) {
    return InclusionProof.of(
        p.leafIndex(), p.treeSize(), p.siblings().subList(1, p.siblingCount()));
  }
}
