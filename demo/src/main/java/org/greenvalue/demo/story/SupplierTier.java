package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * The first tier: the steel supplier publishes an assured, anchored PCF and ΔCO2; a buyer verifies
 * them over PACT; a financier finds the claim eligible for a green loan; the supplier mints a lot,
 * allocates part of it to its own batch, and the financier retires what it was transferred.
 */
final class SupplierTier {
  static final String STEEL = "kanto-steel";
  static final String ASSURER = "tokyo-assurance";
  static final String BANK = "kanto-regional-bank";
  static final String STEEL_PRODUCT = "urn:pact:product-id:kanto-steel.example:HRC-20";

  private final Calls calls;
  private final Clients clients;
  private final Progress progress;

  /** What the tier ended with. */
  record Outcome(
      JsonNode reductionVc,
      String reductionDigest,
      String assuranceVc,
      JsonNode receipt,
      PactOutcome buyer,
      StoryResult.Disclosed disclosed,
      boolean eligible,
      String lotId,
      String minted,
      String allocated,
      String retired,
      String certificateId,
      int secondRetirementStatus) {}

  SupplierTier(Calls calls, Clients clients, Progress progress) {
    this.calls = calls;
    this.clients = clients;
    this.progress = progress;
  }

  Outcome run() {
    progress.begin(
        "Supplier seals its metered data in an evidence pack and publishes a PCF and a ΔCO2");
    JsonNode pack = calls.pack(clients.supplier(), STEEL, "meter-readings.csv", "calculation.txt");
    String root = pack.get("merkleRoot").asText();
    say("evidence pack " + pack.get("manifestDigest").asText() + " (Merkle root " + root + ")");
    ObjectNode footprint = Calls.jsonResource("steel-footprint.json");
    footprint.put("id", UUID.randomUUID().toString());
    // the PCF binds the same evidence pack, so the assurance provider can assure it too
    JsonNode pcf = calls.footprint(clients.supplier(), STEEL, footprint, pack);
    String pcfDigest = pcf.get("digest").asText();
    say("PCF credential (vc+jwt) " + pcfDigest + ": 612.75 kgCO2e per tonne");
    // the ΔCO2 is attributed to the footprint's product, so it travels with it over PACT
    JsonNode reduction =
        calls.issue(
            clients.supplier(),
            STEEL,
            "reduction",
            Subjects.steelReduction(pack, STEEL_PRODUCT),
            "eddsa-rdfc-2022");
    String reductionDigest = reduction.get("digest").asText();
    say("ΔCO2 credential (eddsa-rdfc-2022) " + reductionDigest + ": 420.275 tCO2e");

    progress.begin("Assurance provider assures the ΔCO2 claim and the PCF at reasonable level");
    // visibility by relationship: the supplier engages its assurer, which may then see its packs
    say(calls.engage(clients.supplier(), STEEL, ASSURER));
    String scope = "ΔCO2 of the reheating furnace heat recovery project, plant 2";
    JsonNode assurance = assure(reductionDigest, root, scope);
    JsonNode pcfAssurance = assure(pcfDigest, root, "PCF of GreenCoil HRC-20, plant 2");

    progress.begin(
        "The issuer's outbox sends every digest to the registry, which anchors them in batches");
    JsonNode receipt =
        calls.awaitAllAnchored(clients.registryWriter(), reduction, pcf, assurance, pcfAssurance);
    say(
        "anchored: tx %s, block %d, %s (batch of %d)"
            .formatted(
                receipt.get("txHash").asText(),
                receipt.get("blockNumber").asLong(),
                receipt.get("blockTime").asText(),
                receipt.at("/proof/treeSize").asLong()));

    progress.begin(
        "A buyer pulls the supplier's footprints over PACT v3 and verifies what they carry: the"
            + " PCF, the ΔCO2 for its product and the assurances over both");
    // visibility by relationship: the supplier lets the buyer's PACT client read its footprints
    say(calls.bindPactClient(clients.supplier(), STEEL, "pact-client"));
    JsonNode pulled = calls.pullOverPact(clients.verifier(), "pact-client", "pact-secret");
    PactOutcome buyer = PactOutcome.read(pulled, this::say);
    // the green value extension carries everything the buyer needs: nothing may be left open
    if (!buyer.allVerified()) {
      throw new StoryFailure("the supplier's footprint did not verify over PACT: " + pulled);
    }

    progress.begin(
        "The supplier shows another buyer its PCF without its plant notes and data-quality"
            + " details: an ecdsa-sd-2023 disclosure derived over VC-API");
    StoryResult.Disclosed disclosed = new Disclosure(calls, clients, this::say).show(pcf);
    if (!disclosed.verified() || disclosed.alteredVerified()) {
      throw new StoryFailure(
          "the disclosure should verify and its altered copy should not; the disclosure's refusal: "
              + disclosed.refusal());
    }

    progress.begin("A financier checks the ΔCO2 claim against the green-loan policy");
    JsonNode reductionVc = reduction.get("verifiableCredential");
    String assuranceVc = assurance.get("verifiableCredential").asText();
    boolean eligible =
        Eligibility.report(
            calls.eligibility(clients.verifier(), "green-loan", reductionVc, assuranceVc, receipt),
            this::say);
    if (!eligible) {
      throw new StoryFailure("the assured, anchored claim should be eligible for the green loan");
    }

    progress.begin(
        "The supplier mints a green-value lot from its claim, then allocates part of it");
    ObjectNode mint = Http.JSON.createObjectNode();
    mint.set("reductionCredential", reductionVc);
    mint.put("assuranceCredential", assuranceVc);
    mint.put("owner", STEEL);
    JsonNode lot =
        calls
            .http
            .post(calls.at.registry("/lots"), clients.steelcoRegistry(), mint.toString())
            .expect(201)
            .json();
    String lotId = lot.get("id").asText();
    say("lot " + lotId + ": " + lot.get("quantity").asText() + " tCO2e");
    String allocated = "70.275";
    JsonNode allocation =
        Lots.allocate(
            calls,
            clients.steelcoRegistry(),
            lotId,
            "urn:gvr:batch:kanto-steel:HRC-20:2025-Q4",
            "urn:gvr:site:kanto-steel:chiba",
            "2025-10-01",
            "2026-01-01",
            allocated);
    say(
        "allocated %s t to batch %s (tx %s)"
            .formatted(
                allocated,
                allocation.get("productBatchId").asText(),
                allocation.at("/ledger/txHash").asText()));

    progress.begin(
        "The supplier transfers 150 t to the financier, which retires it for the loan with a"
            + " signed retirement certificate");
    String retired = "150";
    JsonNode held =
        Lots.transfer(
            calls, clients.steelcoRegistry(), lotId, BANK, "GL-2026-0117/HRC-20", retired);
    String heldLot = held.get("childLotId").asText();
    say("transferred %s t to %s: lot %s".formatted(retired, BANK, heldLot));
    String retirement =
        Calls.retirement(
            retired,
            "GREEN_FINANCE",
            "Kanto Regional Bank green loan GL-2026-0117",
            "green loan eligibility",
            "2026");
    JsonNode retiredLot =
        calls
            .http
            .post(
                calls.at.registry("/lots/" + heldLot + "/retirements"),
                clients.financierRegistry(),
                retirement)
            .expect(201)
            .json();
    String certificateId = retiredLot.at("/certificate/id").asText();
    JsonNode certified = retiredLot.at("/certificate/credentialSubject");
    if (!BANK.equals(certified.path("retiredBy").asText())) {
      throw new StoryFailure("the certificate does not name the retiring financier: " + certified);
    }
    say(
        "retired %s t by %s for %s; certificate %s"
            .formatted(
                retired,
                certified.path("retiredBy").asText(),
                certified.path("beneficiary").asText(),
                certificateId));

    progress.begin("A second retirement of the same quantity is refused");
    Http.Reply again =
        calls.http.post(
            calls.at.registry("/lots/" + heldLot + "/retirements"),
            clients.financierRegistry(),
            retirement);
    Lots.requireRefusal(again, "the double retirement");
    say("refused: HTTP %d %s".formatted(again.status(), again.json().path("title").asText()));

    return new Outcome(
        reductionVc,
        reductionDigest,
        assuranceVc,
        receipt,
        buyer,
        disclosed,
        eligible,
        lotId,
        lot.get("quantity").asText(),
        allocated,
        retired,
        certificateId,
        again.status());
  }

  private JsonNode assure(String digest, String root, String scope) {
    JsonNode assurance =
        calls.issue(
            clients.assurer(),
            ASSURER,
            "assurance",
            Subjects.assurance(digest, root, scope, "2025-01-01", "2026-01-01"),
            "vc+jwt");
    say("assurance credential " + assurance.get("digest").asText() + " over " + digest);
    return assurance;
  }

  private void say(String line) {
    progress.say(line);
  }
}
