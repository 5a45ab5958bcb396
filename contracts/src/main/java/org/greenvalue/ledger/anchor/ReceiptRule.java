package org.greenvalue.ledger.anchor;

import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.merkle.MerkleHasher;
import org.greenvalue.evidence.merkle.MerkleVerifier;

/**
 * The checks of a receipt against its root's on-chain record, each named. The Merkle root does not
 * bind the tree size, so the proof's tree size is checked against the recorded leaf count.
 */
enum ReceiptRule {
  PROOF_RECOMPUTES_ROOT("proof-recomputes-root") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      byte[] leaf = new MerkleHasher().leafHash(receipt.digest().bytes());
      boolean included = new MerkleVerifier().verify(leaf, receipt.proof(), receipt.root().bytes());
      return included
          ? Optional.empty()
          : Optional.of("the inclusion proof of " + receipt.digest() + " does not give the root");
    }
  },
  ROOT_ON_CHAIN("root-on-chain") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("root", receipt.root(), record.batch().root());
    }
  },
  BATCH_ID("batch-id") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("batch id", receipt.batchId(), record.batch().batchId());
    }
  },
  TREE_SIZE("tree-size") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("tree size", receipt.proof().treeSize(), record.batch().leafCount());
    }
  },
  CHAIN_ID("chain-id") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("chain id", receipt.chainId(), record.chainId());
    }
  },
  CONTRACT("contract") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("contract", lower(receipt.contract()), lower(record.contract()));
    }
  },
  TRANSACTION("transaction") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("transaction", lower(receipt.txHash()), lower(record.txHash()));
    }
  },
  BLOCK_NUMBER("block-number") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("block number", receipt.blockNumber(), record.batch().blockNumber());
    }
  },
  BLOCK_TIME("block-time") {
    @Override
    Optional<String> failure(AnchorReceipt receipt, AnchorRecord record) {
      return differs("block time", receipt.blockTime(), record.batch().anchoredAt());
    }
  };

  private final String checkName;

  ReceiptRule(String checkName) {
    this.checkName = checkName;
  }

  String checkName() {
    return checkName;
  }

  /** Why the receipt fails this check; empty when it passes. */
  abstract Optional<String> failure(AnchorReceipt receipt, AnchorRecord record);

  Check check(AnchorReceipt receipt, AnchorRecord record) {
    return failure(receipt, record)
        .map(reason -> Check.failed(checkName, reason))
        .orElseGet(() -> Check.passed(checkName, "matches the on-chain record"));
  }

  private static Optional<String> differs(String what, Object inReceipt, Object onChain) {
    return Objects.equals(inReceipt, onChain)
        ? Optional.empty()
        : Optional.of(
            "the receipt's %s %s is not the chain's %s".formatted(what, inReceipt, onChain));
  }

  private static String lower(String hex) {
    return hex == null ? null : hex.toLowerCase(java.util.Locale.ROOT);
  }
}
