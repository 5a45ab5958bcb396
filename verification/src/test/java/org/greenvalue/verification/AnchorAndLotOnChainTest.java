package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.Issued.*;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.BatchOutcome;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.greenvalue.MintRequest;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.ledger.greenvalue.RetirementItem;
import org.greenvalue.ledger.greenvalue.RetirementReason;
import org.greenvalue.ledger.greenvalue.RetirementTerms;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.lots.LedgerLotSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts from a real batch on anvil, checked against the chain; lot state read from it. */
@Tag("integration")
class AnchorAndLotOnChainTest {

  @TempDir static Path dir;
  static DevChain chain;
  static Ledger ledger;
  static SealedPack pack;
  static String claim;
  static AnchorReceipt receipt;
  static VerificationEngine online;

  @BeforeAll
  static void anchor() throws Exception {
    chain = DevChain.start();
    ledger =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()));
    pack = pack(dir.resolve("pack.zip"));
    claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022);
    var other = reduction(pack, SecuringFormat.VC_JWT);
    var outcome =
        (BatchOutcome.Anchored)
            AnchorBatcher.of(ledger)
                .anchorTexts(
                    Bytes32.keccakOf("batch-" + System.nanoTime()),
                    List.of(digestOf(other), digestOf(claim)));
    receipt = outcome.receipts().get(1);
    online =
        new VerificationEngine(
            Sources.offline(new DidKeyResolver())
                .withChain(new AnchorRecords(ledger))
                .withLots(new LedgerLotSource(ledger.lots())),
            CLOCK);
  }

  @AfterAll
  static void stop() {
    if (ledger != null) {
      ledger.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void aReceiptFromTheBatchChecksOutAgainstTheChain() {
    Verification v =
        online.verify(
            CredentialRequest.of(claim).withAnchorReceipt(AnchorReceiptJson.write(receipt)));

    List<Check> anchor =
        v.report().checks().stream().filter(c -> c.name().startsWith("anchor")).toList();
    assertThat(anchor).hasSizeGreaterThan(5).allMatch(c -> c.outcome() == Outcome.PASSED);
    var facts = v.facts().anchor().orElseThrow();
    assertThat(facts.checkedOnChain()).isTrue();
    assertThat(facts.txHash()).isEqualTo(receipt.txHash());
    assertThat(facts.blockNumber()).isEqualTo(receipt.blockNumber());
  }

  @Test
  void offlineTheProofIsCheckedAndTheChainLookupSkipped() {
    var offline = new VerificationEngine(Sources.offline(new DidKeyResolver()), CLOCK);
    Verification v =
        offline.verify(
            CredentialRequest.of(claim).withAnchorReceipt(AnchorReceiptJson.write(receipt)));

    assertThat(v.report().check("anchor.proof").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    assertThat(v.report().check("anchor.chain").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(v.facts().anchor().orElseThrow().checkedOnChain()).isFalse();
  }

  @Test
  void aReceiptWithAForgedBlockFailsAgainstTheChain() {
    var forged =
        new AnchorReceipt(
            receipt.digest(),
            receipt.batchId(),
            receipt.root(),
            receipt.proof(),
            receipt.chainId(),
            receipt.contract(),
            receipt.txHash(),
            receipt.blockNumber() + 1,
            receipt.blockTime());

    Verification v =
        online.verify(
            CredentialRequest.of(claim).withAnchorReceipt(AnchorReceiptJson.write(forged)));

    assertThat(v.report().check("anchor.chain.block-number").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(v.facts().anchor()).isEmpty();
    assertThat(v.valid()).isFalse();
  }

  @Test
  void theReceiptOfAnotherCredentialDoesNotAnchorThisOne() {
    String unanchored = reduction(pack, SecuringFormat.EDDSA_JCS_2022);
    Verification v =
        online.verify(
            CredentialRequest.of(unanchored).withAnchorReceipt(AnchorReceiptJson.write(receipt)));
    assertThat(v.report().check("anchor.digest").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void aMalformedReceiptFails() {
    Verification v =
        online.verify(
            CredentialRequest.of(claim).withAnchorReceipt("{\"type\":\"AnchorReceipt\"}"));
    assertThat(v.report().check("anchor").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void lotStateFollowsTheChainFromNoneToPartlyRetired() {
    String fresh = reduction(pack, SecuringFormat.VC_JWT);
    assertThat(
            online
                .verify(CredentialRequest.of(fresh))
                .report()
                .check("lot.state")
                .orElseThrow()
                .reason())
        .contains("no lot");

    Bytes32 lotId = Bytes32.keccakOf("lot-" + System.nanoTime());
    ledger
        .lots()
        .mint(
            new MintRequest(
                lotId,
                Bytes32.fromHex(digestOf(fresh).replace("sha256:", "0x")),
                Bytes32.keccakOf("project-" + System.nanoTime()),
                new Period(
                    Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z")),
                BigInteger.valueOf(150_250_000L),
                Bytes32.keccakOf("owner")))
        .orThrow();
    ledger
        .lots()
        .retire(
            new RetirementItem.OfLot(
                lotId,
                Bytes32.keccakOf("ret-" + System.nanoTime()),
                BigInteger.valueOf(50_000_000L)),
            new RetirementTerms(
                "Bank",
                "loan 1",
                RetirementReason.GREEN_FINANCE,
                new Period(
                    Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))))
        .orThrow();

    Verification v = online.verify(CredentialRequest.of(fresh));

    assertThat(v.report().check("lot.state").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    var lot = v.facts().lot().orElseThrow();
    assertThat(lot.state()).isEqualTo("partly-used");
    assertThat(lot.quantity()).isEqualByComparingTo("150.25");
    assertThat(lot.available()).isEqualByComparingTo("100.25");
    assertThat(lot.retired()).isEqualByComparingTo("50");
  }
}
