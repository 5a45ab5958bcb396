package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The second tier: the steel supplier delivers coil and transfers green value with it to an
 * automaker, which allocates it to a vehicle batch (mass balance) and publishes the batch's PCF and
 * ΔCO2 referencing the upstream allocation. A fleet buyer verifies the chain over PACT, the
 * financier's supply-chain policy requires it, the value is retired for the buyer's inventory
 * accounting, and counting the same steel value twice, on either tier, is refused.
 */
final class AutomakerTier {
  static final String AUTOMAKER = "chubu-motors";
  static final String PRODUCT = "urn:pact:product-id:chubu-motors.example:BIW-S1";
  static final String POLICY = "green-supply-chain-loan";
  private static final String DELIVERED = "200";
  private static final String ALLOCATED = "180";

  private final Calls calls;
  private final Clients clients;
  private final Progress progress;

  AutomakerTier(Calls calls, Clients clients, Progress progress) {
    this.calls = calls;
    this.clients = clients;
    this.progress = progress;
  }

  StoryResult.Downstream run(SupplierTier.Outcome steel) {
    progress.begin(
        "The steel supplier delivers coil to an automaker and transfers 200 t of green value with"
            + " it; the registry signs the custody transfer record");
    JsonNode transfer =
        Lots.transfer(
            calls,
            clients.steelcoRegistry(),
            steel.lotId(),
            AUTOMAKER,
            "INV-2026-0042 (HRC-20 coil, 1,250 t)",
            DELIVERED);
    String transferId = transfer.get("id").asText();
    String childLot = transfer.get("childLotId").asText();
    say(
        "transfer %s: %s t to %s, lot %s (tx %s)"
            .formatted(
                transferId,
                DELIVERED,
                AUTOMAKER,
                childLot,
                transfer.at("/ledger/txHash").asText()));
    say(
        "transfer record %s, signed by the registry %s"
            .formatted(
                transfer.at("/record/id").asText(),
                Calls.shortDid(transfer.at("/record/issuer").asText())));

    progress.begin(
        "The automaker allocates 180 t to a vehicle batch and publishes the batch's PCF and ΔCO2,"
            + " referencing the upstream allocation; the assurer assures both; they are anchored");
    JsonNode allocation =
        Lots.allocate(
            calls,
            clients.automakerRegistry(),
            childLot,
            "urn:gvr:batch:chubu-motors:BIW-S1:2026-Q1",
            "urn:gvr:site:chubu-motors:body-shop-1",
            "2026-01-01",
            "2026-04-01",
            ALLOCATED);
    String allocationId = allocation.get("id").asText();
    say("allocation %s: %s t to batch %s".formatted(allocationId, ALLOCATED, batch(allocation)));
    JsonNode pack =
        calls.pack(clients.automaker(), AUTOMAKER, "coil-deliveries.csv", "mass-balance.txt");
    String root = pack.get("merkleRoot").asText();
    ObjectNode footprint = Calls.jsonResource("vehicle-footprint.json");
    footprint.put("id", UUID.randomUUID().toString());
    JsonNode pcf = calls.footprint(clients.automaker(), AUTOMAKER, footprint, pack);
    say("PCF credential (vc+jwt) " + pcf.get("digest").asText() + " of " + PRODUCT);
    ObjectNode inherited =
        Subjects.inheritedReduction(
            pack, PRODUCT, ALLOCATED, allocationId, childLot, steel.reductionDigest(), transferId);
    JsonNode reduction =
        calls.issue(clients.automaker(), AUTOMAKER, "reduction", inherited, "eddsa-rdfc-2022");
    String reductionDigest = reduction.get("digest").asText();
    say(
        "ΔCO2 credential %s: %s tCO2e inherited from %s"
            .formatted(reductionDigest, ALLOCATED, steel.reductionDigest()));
    say(calls.engage(clients.automaker(), AUTOMAKER, SupplierTier.ASSURER));
    JsonNode assurance = assure(reductionDigest, root, "inherited ΔCO2 of batch BIW-S1 2026-Q1");
    JsonNode pcfAssurance =
        assure(pcf.get("digest").asText(), root, "PCF of body-in-white BIW-S1, 2026-Q1");
    JsonNode receipt =
        calls.awaitAllAnchored(clients.registryWriter(), reduction, pcf, assurance, pcfAssurance);
    say("anchored: tx %s".formatted(receipt.get("txHash").asText()));

    progress.begin(
        "A fleet buyer pulls the automaker's footprints over PACT and verifies them with the chain"
            + " of custody back to the steel mill");
    say(calls.bindPactClient(clients.automaker(), AUTOMAKER, "fleet-client"));
    JsonNode pulled = calls.pullOverPact(clients.verifier(), "fleet-client", "fleet-secret");
    PactOutcome fleet = PactOutcome.read(pulled, this::say);
    if (!fleet.allVerified() || fleet.chain().size() < 2) {
      throw new StoryFailure(
          "the automaker's footprint and its two-tier chain did not verify over PACT: " + pulled);
    }

    progress.begin(
        "The financier's supply-chain policy: the green-loan rules, and the chain must verify");
    say(publishSupplyChainPolicy());
    JsonNode reductionVc = reduction.get("verifiableCredential");
    boolean eligible =
        Eligibility.report(
            calls.eligibility(
                clients.verifier(),
                POLICY,
                reductionVc,
                assurance.get("verifiableCredential").asText(),
                receipt),
            this::say);
    if (!eligible) {
      throw new StoryFailure("the automaker's chained claim should be eligible under " + POLICY);
    }

    progress.begin(
        "The automaker retires the batch's 180 t for the fleet buyer's inventory accounting");
    String retirement =
        Calls.retirement(
            ALLOCATED,
            "INVENTORY_ACCOUNTING",
            "Chubu Fleet Leasing, scope 3 inventory 2026",
            "purchased vehicles, batch BIW-S1 2026-Q1",
            "2026");
    String retireUrl = "/allocations/" + allocationId + "/retirements";
    JsonNode retired =
        calls
            .http
            .post(calls.at.registry(retireUrl), clients.automakerRegistry(), retirement)
            .expect(201)
            .json();
    String certificateId = retired.at("/certificate/id").asText();
    say(
        "retired %s t for %s; certificate %s"
            .formatted(
                ALLOCATED,
                retired.at("/certificate/credentialSubject/beneficiary").asText(),
                certificateId));

    progress.begin("Counting the same steel value twice, on either tier, is refused");
    List<Integer> refusals = new ArrayList<>();
    // the steel supplier retires, for itself, the tonnes it delivered to the automaker
    Http.Reply steelAgain =
        calls.http.post(
            calls.at.registry("/lots/" + steel.lotId() + "/retirements"),
            clients.steelcoRegistry(),
            Calls.retirement(
                DELIVERED, "INVENTORY_ACCOUNTING", "Kanto Steel Works", "own inventory", "2026"));
    refusals.add(refused(steelAgain, "the steel supplier retiring what it delivered downstream"));
    // the automaker claims the same allocation for a second credential
    Http.Reply secondClaim =
        calls.tryIssue(
            clients.automaker(),
            AUTOMAKER,
            "reduction",
            Subjects.inheritedReduction(
                pack,
                PRODUCT,
                ALLOCATED,
                allocationId,
                childLot,
                steel.reductionDigest(),
                transferId),
            "eddsa-rdfc-2022");
    refusals.add(refused(secondClaim, "a second ΔCO2 claim on the same allocation"));
    // and retires the batch's value a second time
    Http.Reply retireAgain =
        calls.http.post(calls.at.registry(retireUrl), clients.automakerRegistry(), retirement);
    refusals.add(refused(retireAgain, "a second retirement of the batch's value"));

    return new StoryResult.Downstream(
        transferId,
        childLot,
        allocationId,
        DELIVERED,
        ALLOCATED,
        reductionDigest,
        fleet,
        eligible,
        certificateId,
        refusals);
  }

  /**
   * The green-loan policy's rules plus one: the custody chain verifies, across two tiers or more.
   */
  private String publishSupplyChainPolicy() {
    JsonNode greenLoan =
        calls
            .http
            .get(calls.at.verifier("/policies/green-loan"), clients.policyAdmin())
            .expect(200)
            .json();
    ObjectNode policy = Http.JSON.createObjectNode().put("name", POLICY);
    policy.put(
        "description",
        "Green supply-chain loan: the green-loan rules, over a verified custody chain");
    ArrayNode rules = policy.putArray("rules");
    for (JsonNode rule : greenLoan.get("rules")) {
      rules
          .addObject()
          .put("id", rule.get("id").asText())
          .put("description", rule.path("description").asText())
          .put("expression", rule.get("expression").asText());
    }
    rules
        .addObject()
        .put("id", "chain-verified")
        .put(
            "description",
            "the value's custody chain verifies back to a minted lot, 2 tiers or more")
        .put("expression", "custody.verified && custody.tiers >= 2");
    JsonNode published =
        calls
            .http
            .post(calls.at.verifier("/policies"), clients.policyAdmin(), policy.toString())
            .expect(201)
            .json();
    return "policy %s v%d published: %d rules"
        .formatted(POLICY, published.get("version").asInt(), published.get("rules").size());
  }

  private int refused(Http.Reply reply, String what) {
    Lots.requireRefusal(reply, what);
    say(
        "%s: refused, HTTP %d %s"
            .formatted(what, reply.status(), reply.json().path("title").asText()));
    return reply.status();
  }

  private JsonNode assure(String digest, String root, String scope) {
    JsonNode assurance =
        calls.issue(
            clients.assurer(),
            SupplierTier.ASSURER,
            "assurance",
            Subjects.assurance(digest, root, scope, "2026-01-01", "2026-04-01"),
            "vc+jwt");
    say("assurance credential " + assurance.get("digest").asText() + " over " + digest);
    return assurance;
  }

  private static String batch(JsonNode allocation) {
    return allocation.get("productBatchId").asText();
  }

  private void say(String line) {
    progress.say(line);
  }
}
