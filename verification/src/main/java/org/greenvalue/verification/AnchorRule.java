package org.greenvalue.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.evidence.merkle.MerkleHasher;
import org.greenvalue.evidence.merkle.MerkleVerifier;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorRecord;
import org.greenvalue.ledger.anchor.ReceiptVerifier;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.anchor.ReceiptFile;
import org.greenvalue.verification.anchor.ReceiptSource;
import org.greenvalue.verification.anchor.ReceiptSource.AnchorLookup;
import org.greenvalue.verification.facts.VerifiedFacts.AnchorFacts;

/**
 * Whether the credential's digest was anchored: the receipt (given, or from the receipt source) is
 * for this digest, its inclusion proof gives its root, and, with a chain configured, the root's
 * on-chain record matches it (every {@link ReceiptVerifier} check, under {@code anchor.chain}).
 */
final class AnchorRule implements Rule {

  @Override
  public String name() {
    return "anchor";
  }

  @Override
  public List<Check> check(RuleInput in) {
    return check(
        in.claim(),
        in.request().anchorReceipt(),
        in.sources().receipts(),
        in.sources().chain(),
        in.facts());
  }

  private static final ReceiptVerifier RECEIPTS = new ReceiptVerifier();

  static List<Check> check(
      Claim claim,
      Optional<String> givenReceipt,
      Optional<ReceiptSource> source,
      Optional<AnchorRecords> chain,
      FactsBuilder facts) {
    if (!claim.digest().succeeded()) {
      return List.of(Check.skipped("anchor", "no digest: " + claim.digest().reason()));
    }
    String digest = claim.digest().value().toString();
    Optional<ReceiptSource> receipts =
        givenReceipt.<ReceiptSource>map(ReceiptFile::new).or(() -> source);
    if (receipts.isEmpty()) {
      return List.of(facts.missing("anchor", "no anchor receipt given and no registry configured"));
    }
    AnchorReceipt receipt;
    switch (receipts.get().lookup(digest)) {
      case AnchorLookup.Anchored anchored -> receipt = anchored.receipt();
      case AnchorLookup.Pending pending -> {
        // Not anchored yet is not anchored wrongly: a gap until the batch lands, never a failure.
        return List.of(
            facts.missing(
                "anchor", digest + " is waiting to be anchored since " + pending.submittedAt()));
      }
      case AnchorLookup.Unknown unknown -> {
        return List.of(
            Check.failed("anchor", receipts.get().describe() + " has no anchor for " + digest));
      }
      case AnchorLookup.Unavailable unavailable -> {
        // Not asking is not an answer: a gap (INCOMPLETE), never a failure.
        return List.of(
            facts.missing(
                "anchor",
                receipts.get().describe() + " could not answer: " + unavailable.reason()));
      }
      case AnchorLookup.Malformed malformed -> {
        return List.of(Check.failed("anchor", malformed.reason()));
      }
    }
    var checks = new ArrayList<Check>();
    checks.add(
        Check.of(
            "anchor.digest",
            receipt.digest().toString().equals(digest),
            "the receipt is for " + digest,
            "the receipt is for " + receipt.digest() + ", not this credential's " + digest));
    boolean included =
        new MerkleVerifier()
            .verify(
                new MerkleHasher().leafHash(receipt.digest().bytes()),
                receipt.proof(),
                receipt.root().bytes());
    checks.add(
        Check.of(
            "anchor.proof",
            included,
            "the inclusion proof gives the batch root " + receipt.root().toHex(),
            "the inclusion proof does not give the batch root " + receipt.root().toHex()));
    boolean onChain = false;
    if (chain.isEmpty()) {
      checks.add(
          facts.missing(
              "anchor.chain",
              "no ledger RPC configured: receipt says tx "
                  + receipt.txHash()
                  + " in block "
                  + receipt.blockNumber()
                  + " at "
                  + receipt.blockTime()
                  + ", not checked against the chain"));
    } else {
      Result<Optional<AnchorRecord>> record = chain.get().recordOfRoot(receipt.root());
      if (!record.succeeded()) {
        checks.add(
            facts.missing("anchor.chain", "the ledger could not answer: " + record.reason()));
      } else {
        VerificationReport report =
            RECEIPTS.verify(receipt, record.value()).prefixed("anchor.chain");
        checks.addAll(report.checks());
        onChain = report.valid();
      }
    }
    boolean holds = checks.stream().noneMatch(Check::failed);
    if (holds) {
      facts.anchor =
          Optional.of(
              new AnchorFacts(
                  receipt.chainId(),
                  receipt.contract(),
                  receipt.txHash(),
                  receipt.blockNumber(),
                  receipt.blockTime(),
                  onChain));
    }
    return checks;
  }
}
