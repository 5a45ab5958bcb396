package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.Refusals.errorOf;

import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.Role;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevChainExtension.class)
class AnchorsTest {
  private static Ledger admin;
  private static Ledger stranger;
  private static int counter;

  @BeforeAll
  static void contracts(LedgerFixture fixture) {
    admin = fixture.admin();
    stranger = fixture.account(1);
  }

  private static Bytes32 fresh(String label) {
    return Bytes32.keccakOf(label + "-" + (++counter) + "-" + System.nanoTime());
  }

  @Test
  void anchorsARootAndReadsItBackByBatchAndByRoot() {
    Bytes32 batchId = fresh("batch");
    Bytes32 root = fresh("root");
    long before = admin.anchors().batchCount();

    TxReceipt receipt = admin.anchors().anchor(batchId, root, 1000).orThrow();

    AnchoredBatch expected =
        new AnchoredBatch(
            batchId,
            root,
            1000,
            admin.account(),
            receipt.blockTime(),
            receipt.blockNumber().longValueExact());
    assertThat(admin.anchors().batch(batchId)).contains(expected);
    assertThat(admin.anchors().batchOfRoot(root)).contains(expected);
    assertThat(admin.anchors().batchCount()).isEqualTo(before + 1);
    assertThat(receipt.txHash()).startsWith("0x").hasSize(66);
  }

  @Test
  void unknownBatchAndRootReadAsEmpty() {
    assertThat(admin.anchors().batch(fresh("nothing"))).isEmpty();
    assertThat(admin.anchors().batchOfRoot(fresh("nothing"))).isEqualTo(Optional.empty());
  }

  @Test
  void refusesABatchIdTwice() {
    Bytes32 batchId = fresh("batch");
    admin.anchors().anchor(batchId, fresh("root"), 1).orThrow();

    assertThat(errorOf(admin.anchors().anchor(batchId, fresh("root"), 1)))
        .isEqualTo(new AnchorError.BatchExists(batchId));
  }

  @Test
  void refusesARootAlreadyAnchoredInAnotherBatch() {
    Bytes32 first = fresh("batch");
    Bytes32 root = fresh("root");
    admin.anchors().anchor(first, root, 1).orThrow();

    assertThat(errorOf(admin.anchors().anchor(fresh("batch"), root, 1)))
        .isEqualTo(new AnchorError.RootAlreadyAnchored(root, first));
  }

  @Test
  void refusesZeroBatchIdZeroRootAndEmptyBatch() {
    assertThat(errorOf(admin.anchors().anchor(Bytes32.ZERO, fresh("root"), 1)))
        .isEqualTo(new AnchorError.ZeroBatchId());
    assertThat(errorOf(admin.anchors().anchor(fresh("batch"), Bytes32.ZERO, 1)))
        .isEqualTo(new AnchorError.ZeroRoot());
    assertThat(errorOf(admin.anchors().anchor(fresh("batch"), fresh("root"), 0)))
        .isEqualTo(new AnchorError.EmptyBatch());
  }

  @Test
  void refusesACallerWithoutTheAnchorerRoleAndWritesNothing() {
    Bytes32 batchId = fresh("batch");

    Object error = errorOf(stranger.anchors().anchor(batchId, fresh("root"), 1));

    assertThat(error).isInstanceOf(CommonError.MissingRole.class);
    CommonError.MissingRole missing = (CommonError.MissingRole) error;
    assertThat(missing.role()).contains(Role.ANCHORER);
    assertThat(missing.account()).isEqualToIgnoringCase(stranger.account());
    assertThat(admin.anchors().batch(batchId)).isEmpty();
  }

  @Test
  void aGrantedAnchorerCanAnchorUntilTheRoleIsRevoked() {
    admin.grantRole(Role.ANCHORER, stranger.account()).orThrow();
    assertThat(admin.hasRole(Role.ANCHORER, stranger.account())).isTrue();
    assertThat(stranger.anchors().anchor(fresh("batch"), fresh("root"), 3).confirmed()).isTrue();

    admin.revokeRole(Role.ANCHORER, stranger.account()).orThrow();

    assertThat(admin.hasRole(Role.ANCHORER, stranger.account())).isFalse();
    assertThat(errorOf(stranger.anchors().anchor(fresh("batch"), fresh("root"), 3)))
        .isInstanceOf(CommonError.MissingRole.class);
  }
}
