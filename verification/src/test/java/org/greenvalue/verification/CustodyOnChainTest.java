package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;
import static org.greenvalue.verification.Issued.CLOCK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.greenvalue.AllocateRequest;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.greenvalue.MintRequest;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.ledger.tx.RetryPolicy;
import org.greenvalue.verification.chain.BundleCustodySource;
import org.greenvalue.verification.lots.ChainAllocation;
import org.greenvalue.verification.lots.ChainLot;
import org.greenvalue.verification.lots.LedgerLotSource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chain.custody} against the real {@code GreenValueLedger} on anvil: each custody path is
 * written on chain as the registry writes it (mint, transfers, allocation, claim), then the
 * registry's chain JSON is checked against it; an answer that differs from the chain is refused.
 */
@Tag("integration")
class CustodyOnChainTest {

  private static final Period PERIOD =
      new Period(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir static Path dir;
  static SealedPack pack;
  static TrustListSnapshot trust;
  static DevChain chain;
  static Ledger ledger;

  @BeforeAll
  static void start() throws Exception {
    pack = Issued.pack(dir.resolve("pack.zip"));
    trust = CustodyChains.trust();
    chain = DevChain.start();
    ledger =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()));
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
  void aPathWhoseAllocationAndClaimAreOnChainPasses() {
    var built = CustodyChains.build(2, pack);
    mirror(ledger.lots(), built);
    allocate(ledger.lots(), built, allocationLot(built), tonnes("200"));
    claim(ledger.lots(), built, tonnes("200"));

    Check custody = custody(verify(built, built.chain(), ledger));

    assertThat(custody.outcome()).as(custody.reason()).isEqualTo(Outcome.PASSED);
    assertThat(custody.reason())
        .contains("lots, allocations and claims checked on chain (GreenValueLedger ");
  }

  @Test
  void refusesARegistryAnswerWhoseAllocationQuantityIsNotTheChains() {
    var built = CustodyChains.build(2, pack);
    mirror(ledger.lots(), built);
    allocate(ledger.lots(), built, allocationLot(built), tonnes("200"));
    claim(ledger.lots(), built, tonnes("200"));
    JsonObject dishonest =
        CustodyChainTest.with(built.chain(), "/allocation/quantity", Json.createValue("300"));

    Verification v = verify(built, dishonest, ledger);

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason())
        .contains("on chain the allocation holds 200 t, not 300 t as the registry says");
    assertThat(v.valid()).isFalse();
    assertThat(v.facts().custody().orElseThrow().tiers().getFirst().verdict())
        .isEqualTo("NOT_VERIFIED");
  }

  @Test
  void refusesARegistryAnswerWhoseAllocationIsOfAnotherLotOnChain() {
    var built = CustodyChains.build(2, pack);
    mirror(ledger.lots(), built);
    var elsewhere = CustodyChains.build(1, pack);
    mirror(ledger.lots(), elsewhere);
    UUID otherLot = allocationLot(elsewhere);
    allocate(ledger.lots(), built, otherLot, tonnes("200"));
    claim(ledger.lots(), built, tonnes("200"));

    Check custody = custody(verify(built, built.chain(), ledger));

    assertThat(custody.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody.reason())
        .contains(
            "on chain the allocation is of lot "
                + ChainLot.idOf(otherLot)
                + ", not of lot "
                + allocationLot(built)
                + " as the registry says");
  }

  @Test
  void refusesAnAllocationTheChainDoesNotHold() {
    var built = CustodyChains.build(2, pack);
    mirror(ledger.lots(), built);

    Check custody = custody(verify(built, built.chain(), ledger));

    assertThat(custody.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody.reason()).contains("the allocation is not on chain");
  }

  @Test
  void refusesAClaimTheChainDoesNotHold() {
    var built = CustodyChains.build(2, pack);
    mirror(ledger.lots(), built);
    allocate(ledger.lots(), built, allocationLot(built), tonnes("200"));

    Check custody = custody(verify(built, built.chain(), ledger));

    assertThat(custody.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody.reason())
        .contains("on chain " + built.downstreamId() + " holds no claim on the allocation");
  }

  @Test
  void refusesAClaimOnChainOfAnotherQuantityThanReferenced() {
    var built = CustodyChains.build(2, pack);
    mirror(ledger.lots(), built);
    allocate(ledger.lots(), built, allocationLot(built), tonnes("200"));
    claim(ledger.lots(), built, tonnes("150"));

    Check custody = custody(verify(built, built.chain(), ledger));

    assertThat(custody.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody.reason())
        .contains(
            "on chain the claim by "
                + built.downstreamId()
                + " is 150 t, not the referenced 200 t");
  }

  @Test
  void aLedgerThatCannotAnswerLeavesAGapNotAFailure() throws Exception {
    var built = CustodyChains.build(2, pack);
    var down = DevChain.start(); // stopped once connected: every later read finds no node
    Ledger unreachable;
    try {
      unreachable =
          Web3jLedger.connect(
              LedgerConfig.of(down.rpcUrl(), down.accounts().get(0).privateKey())
                  .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)));
    } finally {
      down.close();
    }
    try {
      Verification v = verify(built, built.chain(), unreachable);

      assertThat(custody(v).outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(custody(v).reason())
          .contains("the allocation on chain: ledger unreachable")
          .contains("tier 1 lot " + allocationLot(built) + ": on chain: ledger unreachable");
      assertThat(v.report().failures()).isEmpty();
      assertThat(v.gaps()).contains(CustodyChainRule.NAME);
      assertThat(VerificationJson.verdict(v)).isEqualTo("INCOMPLETE");
    } finally {
      unreachable.close();
    }
  }

  private static Verification verify(CustodyChains.Built built, JsonObject answer, Ledger on) {
    var bundle =
        JSON.createObjectBuilder()
            .add(
                "allocations",
                JSON.createObjectBuilder().add(built.allocationId().toString(), answer))
            .build();
    var source = BundleCustodySource.parse(JsonDocuments.write(bundle), "registry").orElseThrow();
    var engine =
        new VerificationEngine(
            Sources.offline(new DidKeyResolver())
                .withTrust(trust)
                .withCustody(source)
                .withLots(new LedgerLotSource(on.lots())),
            CLOCK);
    return engine.verify(CredentialRequest.of(built.downstream()));
  }

  private static Check custody(Verification v) {
    return CustodyChainTest.custody(v);
  }

  /** The lot the registry's chain JSON says the allocation is of. */
  private static UUID allocationLot(CustodyChains.Built built) {
    return UUID.fromString(built.chain().getJsonObject("allocation").getString("lotId"));
  }

  /** Writes the path's lots as the registry does: the root minted, each next lot transferred. */
  private static void mirror(GreenValueLots lots, CustodyChains.Built built) {
    var hops = built.chain().getJsonArray("hops");
    for (int i = hops.size() - 1; i >= 0; i--) {
      JsonObject lot = hops.getJsonObject(i).getJsonObject("lot");
      Bytes32 id = Bytes32.fromHex(ChainLot.idOf(UUID.fromString(lot.getString("id"))));
      Bytes32 owner = Bytes32.fromHex(ChainLot.ownerOf(lot.getString("owner")));
      BigInteger grams = tonnes(lot.getString("quantity"));
      if (i == hops.size() - 1) {
        String digest = lot.getString("credentialDigest");
        lots.mint(
                new MintRequest(
                    id,
                    Bytes32.fromHex("0x" + digest.substring(digest.indexOf(':') + 1)),
                    Bytes32.keccakOf("project-" + UUID.randomUUID()),
                    PERIOD,
                    grams,
                    owner))
            .orThrow();
      } else {
        UUID parent = UUID.fromString(lot.getString("parentId"));
        lots.transfer(Bytes32.fromHex(ChainLot.idOf(parent)), id, owner, grams).orThrow();
      }
    }
  }

  private static void allocate(
      GreenValueLots lots, CustodyChains.Built built, UUID lot, BigInteger grams) {
    lots.allocate(
            new AllocateRequest(
                Bytes32.fromHex(ChainLot.idOf(lot)),
                Bytes32.fromHex(ChainAllocation.idOf(built.allocationId())),
                Bytes32.keccakOf("urn:gvr:batch:b-1"),
                Bytes32.keccakOf("urn:gvr:site:s-1"),
                PERIOD,
                grams))
        .orThrow();
  }

  private static void claim(GreenValueLots lots, CustodyChains.Built built, BigInteger grams) {
    lots.claim(
            Bytes32.fromHex(ChainAllocation.idOf(built.allocationId())),
            Bytes32.fromHex(ChainAllocation.claimIdOf(built.downstreamId())),
            grams)
        .orThrow();
  }

  private static BigInteger tonnes(String tonnes) {
    return new BigDecimal(tonnes).movePointRight(6).toBigIntegerExact();
  }
}
