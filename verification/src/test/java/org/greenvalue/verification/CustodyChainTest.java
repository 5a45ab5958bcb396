package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;
import static org.greenvalue.verification.Issued.CLOCK;
import static org.greenvalue.verification.Issued.NOW;
import static org.greenvalue.verification.Issued.REGISTRY;
import static org.greenvalue.verification.Issued.STRANGER;
import static org.greenvalue.verification.Issued.did;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.status.BitstringStatusList;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.credentials.subject.custody.CustodyTransfer;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.chain.BundleCustodySource;
import org.greenvalue.verification.chain.CustodySource;
import org.greenvalue.verification.chain.RegistryCustodySource;
import org.greenvalue.verification.facts.VerifiedFacts;
import org.greenvalue.verification.status.StatusSource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code chain.custody}: inherited ΔCO2 walked back through signed transfers to the minted root
 * credential, which the whole engine verifies again; offline from a bundle, online from the
 * registry's chain endpoint.
 */
class CustodyChainTest {

  @TempDir static Path dir;
  static SealedPack pack;
  static TrustListSnapshot trust;
  static final DidKeyResolver DIDS = new DidKeyResolver();

  @BeforeAll
  static void setUp() throws Exception {
    pack = Issued.pack(dir.resolve("pack.zip"));
    trust = CustodyChains.trust();
  }

  static VerificationEngine engine(CustodySource custody) {
    return new VerificationEngine(
        Sources.offline(DIDS).withTrust(trust).withCustody(custody), CLOCK);
  }

  static Verification verifyOffline(CustodyChains.Built built, JsonObject chain) {
    var bundle =
        JSON.createObjectBuilder()
            .add(
                "allocations",
                JSON.createObjectBuilder().add(built.allocationId().toString(), chain))
            .build();
    var source = BundleCustodySource.parse(JsonDocuments.write(bundle), "test").orElseThrow();
    return engine(source).verify(CredentialRequest.of(built.downstream()));
  }

  static Check custody(Verification v) {
    return v.report().check(CustodyChainRule.NAME).orElseThrow();
  }

  static JsonObject with(JsonObject json, String pointer, JsonValue value) {
    return Json.createPointer(pointer).replace(json, value).asJsonObject();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void walksAChainOfOneTwoAndEightTiersBackToTheMintedCredential(int tiers) {
    var built = CustodyChains.build(tiers, pack);

    Verification v = verifyOffline(built, built.chain());

    assertThat(custody(v).outcome()).as(custody(v).reason()).isEqualTo(Outcome.PASSED);
    assertThat(v.valid()).as(v.report().toString()).isTrue();
    VerifiedFacts.CustodyFacts facts = v.facts().custody().orElseThrow();
    assertThat(facts.verified()).isTrue();
    assertThat(facts.attributable()).isEqualByComparingTo("200");
    assertThat(facts.tiers()).hasSize(tiers);
    assertThat(facts.tiers().getFirst().organisation())
        .isEqualTo(CustodyChains.organisation(tiers - 1));
    assertThat(facts.tiers().getLast().organisation()).isEqualTo(CustodyChains.organisation(0));
    assertThat(facts.tiers().getLast().credentialDigest()).isEqualTo(built.rootDigest());
    assertThat(facts.tiers()).allMatch(t -> t.verdict().equals("VERIFIED"));
    assertThat(custody(v).reason()).contains("not checked on chain: no ledger configured");
    assertThat(VerificationJson.write(v).getJsonObject("facts").getJsonObject("custody"))
        .containsKeys("verified", "attributable", "tiers");
  }

  @Test
  void theRootsAssuranceStandsForTheEvidencePackTheBuyerNeverHolds() {
    var built = CustodyChains.build(1, pack);
    String evidenceGap = CustodyChainRule.NAME + "." + built.rootDigest() + ".evidence";

    Verification assured = verifyOffline(built, built.chain());
    JsonObject unassured =
        Json.createPointer("/hops/0/minted/assuranceCredential").remove(built.chain());
    Verification bare = verifyOffline(built, unassured);

    assertThat(assured.gaps()).doesNotContain(evidenceGap);
    assertThat(bare.gaps()).contains(evidenceGap);
    assertThat(bare.valid()).isTrue();
  }

  /** Organisation 1 inherits from 0, then its inherited credential is the root of 1 → 2 → 3. */
  static Verification twoChains(int upperTiers) {
    var lower = CustodyChains.build(2, pack);
    var upper =
        CustodyChains.build(
            upperTiers, pack, 1, lower.downstream(), new BigDecimal("200"), new BigDecimal("100"));
    var bundle =
        JSON.createObjectBuilder()
            .add(
                "allocations",
                JSON.createObjectBuilder()
                    .add(lower.allocationId().toString(), lower.chain())
                    .add(upper.allocationId().toString(), upper.chain()))
            .build();
    return engine(BundleCustodySource.parse(JsonDocuments.write(bundle), "two").orElseThrow())
        .verify(CredentialRequest.of(upper.downstream()));
  }

  @Test
  void walksOnThroughARootCredentialThatInheritsValueItself() {
    Verification v = twoChains(3);

    assertThat(custody(v).outcome()).as(custody(v).reason()).isEqualTo(Outcome.PASSED);
    var tiers = v.facts().custody().orElseThrow().tiers();
    assertThat(tiers).extracting(VerifiedFacts.Tier::tier).containsExactly(1, 2, 3, 4, 5);
    assertThat(tiers)
        .extracting(VerifiedFacts.Tier::organisation)
        .containsExactly("org-3", "org-2", "org-1", "org-1", "org-0");
    assertThat(v.facts().custody().orElseThrow().attributable()).isEqualByComparingTo("100");
  }

  @Test
  void countsTheTiersOfEveryChainWalkedOnTowardsTheLimit() {
    Verification v = twoChains(7);

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason()).contains("chain deeper than 8 tiers");
  }

  @Test
  void refusesARootLotHoldingMoreThanItsCredentialsReduction() {
    var built = CustodyChains.build(1, pack);
    var chain =
        with(
            with(built.chain(), "/hops/0/lot/quantity", Json.createValue("1000.000001")),
            "/allocation/quantity",
            Json.createValue("200"));

    Verification v = verifyOffline(built, chain);

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason())
        .contains("the root lot holds more than its credential's reduction of 1000");
  }

  @Test
  void refusesAChainOfNineTiers() {
    var built = CustodyChains.build(9, pack);

    Verification v = verifyOffline(built, built.chain());

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason()).contains("chain deeper than 8 tiers");
    assertThat(v.valid()).isFalse();
  }

  @Test
  void refusesACycleOfLots() {
    var built = CustodyChains.build(3, pack);
    var hops = built.chain().getJsonArray("hops");
    var looped =
        Json.createArrayBuilder()
            .add(hops.get(0))
            .add(hops.get(1))
            .add(hops.get(0))
            .add(hops.get(1))
            .add(hops.get(2))
            .build();

    Verification v = verifyOffline(built, with(built.chain(), "/hops", looped));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason()).contains("cycle (the lot appears twice on the path)");
  }

  @Test
  void refusesACycleOfCredentials() {
    var built = CustodyChains.build(1, pack);
    String self = Issued.digestOf(built.downstream());
    var chain =
        with(
            with(
                with(
                    built.chain(),
                    "/hops/0/minted/reductionCredential",
                    JsonDocuments.parseObject(built.downstream()).value()),
                "/hops/0/minted/credentialDigest",
                Json.createValue(self)),
            "/hops/0/lot/credentialDigest",
            Json.createValue(self));

    Verification v = verifyOffline(built, chain);

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason()).contains("cycle (credential " + self);
  }

  @Test
  void refusesAnAllocationClaimedForAnotherCredential() {
    var built = CustodyChains.build(2, pack);
    var chain =
        with(
            built.chain(),
            "/allocation/claims/0/credentialId",
            Json.createValue("urn:uuid:" + UUID.randomUUID()));

    Verification v = verifyOffline(built, chain);

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason())
        .contains("the allocation carries no claim by " + built.downstreamId());
  }

  @Test
  void refusesAClaimSmallerThanTheReferencedQuantity() {
    var built = CustodyChains.build(2, pack);
    var chain = with(built.chain(), "/allocation/claims/0/quantity", Json.createValue("150"));

    Verification v = verifyOffline(built, chain);

    assertThat(custody(v).reason()).contains("is smaller than the referenced 200");
    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void refusesClaimsOverTheAllocationsQuantityAsDoubleCounting() {
    var built = CustodyChains.build(2, pack);
    var claims =
        Json.createArrayBuilder(built.chain().getJsonObject("allocation").getJsonArray("claims"))
            .add(
                JSON.createObjectBuilder()
                    .add("credentialId", "urn:uuid:" + UUID.randomUUID())
                    .add("quantity", "100")
                    .add("at", NOW.toString()))
            .build();

    Verification v = verifyOffline(built, with(built.chain(), "/allocation/claims", claims));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason())
        .contains("claims of 300 exceed the allocation's 200 (double counting)");
    assertThat(v.facts().custody().orElseThrow().verified()).isFalse();
    assertThat(v.facts().custody().orElseThrow().tiers().getFirst().verdict())
        .isEqualTo("NOT_VERIFIED");
  }

  @Test
  void refusesALotHoldingMoreThanItsParent() {
    var built = CustodyChains.build(2, pack);
    var chain =
        with(
            with(built.chain(), "/hops/0/lot/quantity", Json.createValue("5000")),
            "/hops/0/transfer/quantity",
            Json.createValue("5000"));

    Verification v = verifyOffline(built, chain);

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason())
        .contains("the lot holds more than its parent (double counting)")
        .contains("the signed transfer record does not match the hop");
  }

  @Test
  void refusesARevokedUpstreamCredential() {
    URI list = URI.create("https://registry.example/status-lists/revocation/1");
    var built = CustodyChains.build(2, pack, Optional.of(list));
    var bits = BitstringStatusList.create();
    bits.set(7, 1);
    StatusSource revoking =
        url ->
            new StatusSource.Lookup.Found(
                new StatusSource.StatusList(
                    BitstringStatusListSubject.of(url + "#list", StatusPurpose.REVOCATION, bits),
                    did(REGISTRY),
                    NOW,
                    NOW.plusSeconds(300)));
    var bundle =
        BundleCustodySource.parse(JsonDocuments.write(built.bundle()), "test").orElseThrow();
    var engine =
        new VerificationEngine(
            Sources.offline(DIDS).withTrust(trust).withCustody(bundle).withStatus(revoking), CLOCK);

    Verification v = engine.verify(CredentialRequest.of(built.downstream()));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason())
        .contains("the minted credential " + built.rootDigest() + " does not verify")
        .contains("status.revocation");
  }

  @Test
  void refusesATransferRecordSignedByAnotherKeyInTheRegistrysName() {
    var built = CustodyChains.build(2, pack);
    var original = built.chain().getJsonArray("hops").getJsonObject(0);
    JsonObject record = original.getJsonObject("transfer").getJsonObject("record");
    var subject = CustodyTransfer.parse(record.getJsonObject("credentialSubject")).value();
    JsonObject signedByStranger =
        CustodyChains.record(subject, record.getString("id"), STRANGER, did(STRANGER));
    JsonObject forged = with(signedByStranger, "/issuer", Json.createValue(did(REGISTRY)));

    Verification v = verifyOffline(built, with(built.chain(), "/hops/0/transfer/record", forged));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason()).contains("the transfer record does not verify");
  }

  @Test
  void refusesATransferRecordIssuedByAnyoneButTheRegistry() {
    var built = CustodyChains.build(2, pack);
    JsonObject record =
        built
            .chain()
            .getJsonArray("hops")
            .getJsonObject(0)
            .getJsonObject("transfer")
            .getJsonObject("record");
    var subject = CustodyTransfer.parse(record.getJsonObject("credentialSubject")).value();
    JsonObject forged =
        CustodyChains.record(subject, record.getString("id"), STRANGER, did(STRANGER));

    Verification v = verifyOffline(built, with(built.chain(), "/hops/0/transfer/record", forged));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(custody(v).reason()).contains("the transfer record is issued by " + did(STRANGER));
  }

  @Test
  void aCustodySourceThatIsDownLeavesAGapNotAFailure() {
    var down =
        new RegistryCustodySource(
            new RegistryClient(
                RegistryClientConfig.reader(URI.create("http://127.0.0.1:9"), "reader", "secret"),
                CLOCK));
    var built = CustodyChains.build(2, pack);

    Verification v = engine(down).verify(CredentialRequest.of(built.downstream()));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(custody(v).reason()).contains("the custody source could not answer");
    assertThat(v.gaps()).contains(CustodyChainRule.NAME);
    assertThat(v.valid()).isTrue();
    assertThat(VerificationJson.verdict(v)).isEqualTo("INCOMPLETE");
  }

  @Test
  void aBundleWithoutTheAllocationLeavesAGap() {
    var built = CustodyChains.build(1, pack);
    var other = CustodyChains.build(1, pack);

    Verification v =
        engine(BundleCustodySource.parse(JsonDocuments.write(other.bundle()), "b").orElseThrow())
            .verify(CredentialRequest.of(built.downstream()));

    assertThat(custody(v).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(v.gaps()).contains(CustodyChainRule.NAME);
  }

  @Test
  void walksTheChainOnlineFromTheRegistry() throws Exception {
    var built = CustodyChains.build(2, pack);
    try (var server = new TestServer()) {
      server.answer(
          "/oauth2/token",
          200,
          "application/json",
          "{\"access_token\":\"t-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
      server.answer(
          "/allocations/" + built.allocationId() + "/chain",
          200,
          "application/json",
          JsonDocuments.write(built.chain()));
      var online =
          new RegistryCustodySource(
              new RegistryClient(
                  RegistryClientConfig.reader(URI.create(server.base()), "reader", "secret"),
                  CLOCK));

      Verification v = engine(online).verify(CredentialRequest.of(built.downstream()));

      assertThat(custody(v).outcome()).as(custody(v).reason()).isEqualTo(Outcome.PASSED);
      assertThat(custody(v).reason()).contains("registry " + server.base());
    }
  }

  @Test
  void aReductionWithoutUpstreamSkipsTheCheckWithoutAGap() {
    String own = Issued.reduction(pack, org.greenvalue.credentials.securing.SecuringFormat.VC_JWT);
    var v =
        engine(BundleCustodySource.parse("{\"allocations\":{}}", "empty").orElseThrow())
            .verify(CredentialRequest.of(own));
    assertThat(custody(v).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(custody(v).reason()).isEqualTo("no upstream references");
    assertThat(v.gaps()).doesNotContain(CustodyChainRule.NAME);
    assertThat(v.facts().custody()).isEmpty();
  }

  @Test
  void refusesAMalformedBundle() {
    assertThat(BundleCustodySource.parse("{\"chains\":{}}", "b").reason())
        .contains("'allocations'");
    assertThat(BundleCustodySource.parse("{\"allocations\":{\"x\":{}}}", "b").reason())
        .contains("not an allocation uuid");
    assertThat(List.of(BigDecimal.ONE)).hasSize(1);
  }
}
