package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The whole green-value story over the three services' public APIs: accredit → publish → assure →
 * anchor → verify over PACT → eligibility → mint, allocate, retire → double retirement refused →
 * tampering caught. Every step checks its outcome and throws {@link StoryFailure} when the system
 * does not behave as it must.
 */
public final class Story {
  private static final int STEPS = 11;
  private static final String PROVIDER = "ASSURANCE_PROVIDER";

  private final Endpoints at;
  private final Consumer<String> out;
  private final Http http = new Http();
  private int step;

  public Story(Endpoints at, Consumer<String> out) {
    this.at = at;
    this.out = out;
  }

  public StoryResult run() {
    String authority =
        http.token(
            at.registry("/oauth2/token"),
            "authority",
            "authority-secret",
            "trust.authority registry.read");
    String registryWriter =
        http.token(
            at.registry("/oauth2/token"),
            "writer",
            "writer-secret",
            "registry.write registry.read");
    // the supplier's and the financier's own registry clients: lots are theirs to spend
    String steelcoRegistry =
        http.token(
            at.registry("/oauth2/token"),
            "steelco",
            "steelco-secret",
            "registry.write registry.read");
    String financierRegistry =
        http.token(
            at.registry("/oauth2/token"),
            "financier",
            "financier-secret",
            "registry.write registry.read");
    String admin =
        http.token(at.issuer("/oauth2/token"), "admin", "admin-secret", "issuer.admin issuer.read");
    String supplier =
        http.token(
            at.issuer("/oauth2/token"),
            "supplier",
            "supplier-secret",
            "issuer.supplier issuer.read");
    String assurer =
        http.token(
            at.issuer("/oauth2/token"),
            "assurer",
            "assurer-secret",
            "issuer.assurance issuer.read");
    String verifier =
        http.token(at.verifier("/oauth2/token"), "verifier", "verifier-secret", "verifier.verify");

    begin("Organisations: a steel supplier and an assurance provider, each with its own keys");
    String steel = "kanto-steel";
    String assure = "tokyo-assurance";
    String supplierDid = organisation(admin, steel, "Kanto Steel Works K.K.", "supplier");
    String assurerDid = organisation(admin, assure, "Tokyo GHG Assurance Co.", "assurer");
    say("supplier  " + supplierDid);
    say("assurer   " + assurerDid);

    begin(
        "Trust authority registers them (and a financier) in the registry and accredits them"
            + " (each accreditation anchored on chain)");
    String bank = "kanto-regional-bank";
    // the issuer's registry client (writer) acts for the organisations it hosts; steelco and
    // financier are the organisations' own clients
    say(
        register(
            authority, steel, "Kanto Steel Works K.K.", List.of(supplierDid), "writer", "steelco"));
    say(register(authority, assure, "Tokyo GHG Assurance Co.", List.of(assurerDid), "writer"));
    say(register(authority, bank, "Kanto Regional Bank", List.of(), "financier"));
    for (String type : List.of("ProductCarbonFootprintCredential", "EmissionReductionCredential")) {
      say(accredit(authority, supplierDid, "ISSUER", type));
    }
    say(accredit(authority, assurerDid, PROVIDER, "AssuranceCredential"));
    // the issuer registers each did:web document version with the registry once the authority
    // has registered the organisation; verifiers judge key validity at issuance from that history
    say(awaitDidHistory(registryWriter, supplierDid));
    say(awaitDidHistory(registryWriter, assurerDid));

    begin("Supplier seals its metered data in an evidence pack and publishes a PCF and a ΔCO2");
    JsonNode pack =
        http.upload(
                at.issuer("/organisations/" + steel + "/packs"),
                supplier,
                List.of(
                    new Http.FilePart(
                        "meter-readings.csv", "text/csv", resource("meter-readings.csv")),
                    new Http.FilePart(
                        "calculation.txt", "text/plain", resource("calculation.txt"))))
            .expect(201)
            .json();
    String root = pack.get("merkleRoot").asText();
    say("evidence pack " + pack.get("manifestDigest").asText() + " (Merkle root " + root + ")");
    ObjectNode footprint = (ObjectNode) json(resource("steel-footprint.json"));
    footprint.put("id", UUID.randomUUID().toString());
    // the PCF binds the same evidence pack, so the assurance provider can assure it too
    ObjectNode pcfRequest = Http.JSON.createObjectNode();
    pcfRequest.set("footprint", footprint);
    pcfRequest.put("format", "vc+jwt");
    pcfRequest
        .putObject("evidencePack")
        .put("manifestDigest", pack.get("manifestDigest").asText())
        .put("merkleRoot", root);
    JsonNode pcf =
        http.post(
                at.issuer("/organisations/" + steel + "/credentials/footprint"),
                supplier,
                pcfRequest.toString())
            .expect(201)
            .json();
    String pcfDigest = pcf.get("digest").asText();
    say("PCF credential (vc+jwt) " + pcfDigest + ": 612.75 kgCO2e per tonne");
    // the ΔCO2 is attributed to the footprint's product, so it travels with it over PACT
    ObjectNode reductionSubject = reduction(pack);
    reductionSubject.put("productId", footprint.get("productIds").get(0).asText());
    JsonNode reduction = issue(supplier, steel, "reduction", reductionSubject, "eddsa-rdfc-2022");
    String reductionDigest = reduction.get("digest").asText();
    JsonNode reductionVc = reduction.get("verifiableCredential");
    say("ΔCO2 credential (eddsa-rdfc-2022) " + reductionDigest + ": 420.275 tCO2e");

    begin("Assurance provider assures the ΔCO2 claim and the PCF at reasonable level");
    // visibility by relationship: the supplier engages its assurer, which may then see its packs
    // and assure claims over them
    say(engage(supplier, steel, assure));
    JsonNode assurance =
        issue(assurer, assure, "assurance", assurance(reductionDigest, root), "vc+jwt");
    String assuranceVc = assurance.get("verifiableCredential").asText();
    say("assurance credential " + assurance.get("digest").asText() + " over " + reductionDigest);
    JsonNode pcfAssurance =
        issue(assurer, assure, "assurance", assurance(pcfDigest, root), "vc+jwt");
    say("assurance credential " + pcfAssurance.get("digest").asText() + " over " + pcfDigest);

    begin("The issuer's outbox sends every digest to the registry, which anchors them in batches");
    JsonNode receipt = awaitAnchored(registryWriter, reductionDigest);
    awaitAnchored(registryWriter, pcf.get("digest").asText());
    awaitAnchored(registryWriter, assurance.get("digest").asText());
    awaitAnchored(registryWriter, pcfAssurance.get("digest").asText());
    String anchorTx = receipt.get("txHash").asText();
    long anchorBlock = receipt.get("blockNumber").asLong();
    say(
        "anchored: tx %s, block %d, %s (batch of %d)"
            .formatted(
                anchorTx,
                anchorBlock,
                receipt.get("blockTime").asText(),
                receipt.at("/proof/treeSize").asLong()));

    begin(
        "A buyer pulls the supplier's footprints over PACT v3 and verifies what they carry: the"
            + " PCF, the ΔCO2 for its product and the assurances over both");
    // visibility by relationship: the supplier lets the buyer's PACT client read its footprints
    say(bindPactClient(supplier, steel, "pact-client"));
    JsonNode pulled =
        http.post(
                at.verifier("/pact/verifications"),
                verifier,
                Http.JSON
                    .createObjectNode()
                    .put("hostUrl", at.issuer().toString())
                    .put("tokenUrl", at.issuer("/auth/token").toString())
                    .put("clientId", "pact-client")
                    .put("clientSecret", "pact-secret")
                    .toString())
            .expect(200)
            .json();
    List<String> buyerVerdicts = new ArrayList<>();
    List<String> buyerFailures = new ArrayList<>();
    List<String> buyerGaps = new ArrayList<>();
    for (JsonNode result : pulled.path("footprints")) {
      result.path("gaps").forEach(g -> buyerGaps.add(g.asText()));
      result.path("failures").forEach(f -> buyerFailures.add(f.path("name").asText()));
      String verdict = result.path("verdict").asText();
      buyerVerdicts.add(verdict);
      say("footprint " + result.path("id").asText() + ": " + verdict + problems(result));
      for (JsonNode credential : result.path("credentials")) {
        say(
            "  %s credential %s: %s"
                .formatted(
                    credential.path("role").asText(),
                    credential.path("id").asText(),
                    credential.path("verdict").asText()));
      }
    }
    // the green value extension carries everything the buyer needs: nothing may be left open
    if (buyerVerdicts.isEmpty()
        || !buyerFailures.isEmpty()
        || !buyerGaps.isEmpty()
        || buyerVerdicts.stream().anyMatch(v -> !v.equals("VERIFIED"))) {
      throw new StoryFailure("the supplier's footprint did not verify over PACT: " + pulled);
    }

    begin("A financier checks the ΔCO2 claim against the green-loan policy");
    String claim = claimRequest(reductionVc, assuranceVc, receipt);
    JsonNode eligibility =
        http.post(at.verifier("/eligibility/green-loan"), verifier, claim).expect(200).json();
    boolean eligible = eligibility.get("eligible").asBoolean();
    for (JsonNode rule : eligibility.get("rules")) {
      say(
          (rule.get("satisfied").asBoolean() ? "✓ " : "✗ ")
              + rule.get("id").asText()
              + (rule.hasNonNull("reason") ? " (" + rule.get("reason").asText() + ")" : ""));
    }
    say(eligible ? "ELIGIBLE for the green loan" : "NOT ELIGIBLE");
    if (!eligible) {
      throw new StoryFailure("the assured, anchored claim should be eligible: " + eligibility);
    }

    begin("The supplier mints a green-value lot from its claim, then allocates part of it");
    ObjectNode mint = Http.JSON.createObjectNode();
    mint.set("reductionCredential", reductionVc);
    mint.put("assuranceCredential", assuranceVc);
    mint.put("owner", steel);
    JsonNode lot =
        http.post(at.registry("/lots"), steelcoRegistry, mint.toString()).expect(201).json();
    String lotId = lot.get("id").asText();
    say("lot " + lotId + ": " + lot.get("quantity").asText() + " tCO2e");
    String allocated = "120.275";
    JsonNode allocation =
        http.post(
                at.registry("/lots/" + lotId + "/allocations"),
                steelcoRegistry,
                "{\"productBatchId\":\"urn:gvr:batch:kanto-steel:HRC-20:2025-Q4\","
                    + "\"siteId\":\"urn:gvr:site:kanto-steel:chiba\","
                    + "\"period\":{\"start\":\"2025-10-01T00:00:00Z\","
                    + "\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":"
                    + allocated
                    + "}")
            .expect(201)
            .json();
    say(
        "allocated %s t to batch %s (tx %s)"
            .formatted(
                allocated,
                allocation.get("productBatchId").asText(),
                allocation.at("/ledger/txHash").asText()));

    begin(
        "The supplier transfers the rest to the financier, which retires it for the loan with a"
            + " signed retirement certificate");
    String retired = "300";
    JsonNode held =
        http.post(
                at.registry("/lots/" + lotId + "/transfers"),
                steelcoRegistry,
                "{\"to\":\""
                    + bank
                    + "\",\"deliveryReference\":\"GL-2026-0117/HRC-20\",\"quantity\":"
                    + retired
                    + "}")
            .expect(201)
            .json();
    String heldLot = held.get("childLotId").asText();
    say("transferred %s t to %s: lot %s".formatted(retired, bank, heldLot));
    String retirement =
        "{\"beneficiary\":\"Kanto Regional Bank green loan GL-2026-0117\","
            + "\"purpose\":\"green loan eligibility\",\"reason\":\"GREEN_FINANCE\","
            + "\"claimPeriod\":{\"start\":\"2026-01-01T00:00:00Z\","
            + "\"end\":\"2027-01-01T00:00:00Z\"},\"quantity\":"
            + retired
            + "}";
    JsonNode retiredLot =
        http.post(at.registry("/lots/" + heldLot + "/retirements"), financierRegistry, retirement)
            .expect(201)
            .json();
    String certificateId = retiredLot.at("/certificate/id").asText();
    JsonNode certified = retiredLot.at("/certificate/credentialSubject");
    if (!bank.equals(certified.path("retiredBy").asText())) {
      throw new StoryFailure("the certificate does not name the retiring financier: " + certified);
    }
    say(
        "retired %s t by %s for %s; certificate %s"
            .formatted(
                retired,
                certified.path("retiredBy").asText(),
                certified.path("beneficiary").asText(),
                certificateId));

    begin("A second retirement of the same quantity is refused");
    Http.Reply again =
        http.post(at.registry("/lots/" + heldLot + "/retirements"), financierRegistry, retirement);
    if (again.status() < 400 || again.status() >= 500) {
      throw new StoryFailure("the double retirement was not refused: " + again);
    }
    say("refused: HTTP %d %s".formatted(again.status(), again.json().path("title").asText()));

    begin("A tampered copy of the ΔCO2 credential is caught");
    ObjectNode tampered = reductionVc.deepCopy();
    ((ObjectNode) tampered.get("credentialSubject")).put("reduction", "4202.75");
    JsonNode report =
        http.post(at.verifier("/reports"), verifier, "{\"verifiableCredential\":" + tampered + "}")
            .expect(200)
            .json();
    List<String> failures = new ArrayList<>();
    for (JsonNode check : report.get("checks")) {
      if ("FAILED".equals(check.get("outcome").asText())) {
        failures.add(check.get("name").asText());
      }
    }
    say("verdict " + report.get("verdict").asText() + "; failed: " + String.join(", ", failures));

    return new StoryResult(
        supplierDid,
        assurerDid,
        reductionDigest,
        anchorTx,
        anchorBlock,
        buyerVerdicts,
        buyerFailures,
        buyerGaps,
        eligible,
        lotId,
        lot.get("quantity").asText(),
        allocated,
        retired,
        certificateId,
        again.status(),
        report.get("verdict").asText(),
        failures);
  }

  /** The supplier engages {@code provider} for all its packs until 2030. */
  private String engage(String token, String supplier, String provider) {
    String body =
        Http.JSON
            .createObjectNode()
            .put("provider", provider)
            .put("validUntil", "2030-01-01T00:00:00Z")
            .toString();
    JsonNode engagement =
        http.post(at.issuer("/organisations/" + supplier + "/engagements"), token, body)
            .expect(201)
            .json();
    return "engagement "
        + engagement.get("id").asText()
        + ": "
        + provider
        + " may see all packs of "
        + supplier
        + " until "
        + engagement.get("validUntil").asText();
  }

  /** The supplier lets the PACT client {@code clientId} read its footprints. */
  private String bindPactClient(String token, String org, String clientId) {
    String body = Http.JSON.createObjectNode().put("clientId", clientId).toString();
    http.post(at.issuer("/organisations/" + org + "/pact-clients"), token, body).expect(201);
    return "PACT client " + clientId + " may read the footprints of " + org;
  }

  private String organisation(String admin, String id, String name, String client) {
    ObjectNode body = Http.JSON.createObjectNode().put("id", id).put("name", name);
    body.put("didMethod", "web");
    body.putArray("clients").add(client);
    return http.post(at.issuer("/organisations"), admin, body.toString())
        .expect(201)
        .json()
        .get("did")
        .asText();
  }

  private String register(
      String token, String id, String name, List<String> dids, String... clients) {
    ObjectNode body = Http.JSON.createObjectNode().put("id", id).put("name", name);
    dids.forEach(body.putArray("dids")::add);
    List.of(clients).forEach(body.putArray("clients")::add);
    http.post(at.registry("/organisations"), token, body.toString()).expect(201);
    return "organisation %s: DIDs %s, clients %s"
        .formatted(id, dids.stream().map(Story::shortDid).toList(), List.of(clients));
  }

  private String accredit(String token, String did, String role, String type) {
    String body =
        Http.JSON
            .createObjectNode()
            .put("did", did)
            .put("role", role)
            .put("credentialType", type)
            .put("validFrom", "2024-01-01T00:00:00Z")
            .put("validUntil", "2030-01-01T00:00:00Z")
            .put("accreditingAuthority", "did:web:authority.greenvalue.example")
            .toString();
    JsonNode event =
        http.post(at.registry("/trust/accreditations"), token, body).expect(201).json();
    return "%s as %s for %s (tx %s)"
        .formatted(shortDid(did), role, type, event.at("/ledger/txHash").asText("?"));
  }

  private JsonNode issue(String token, String org, String kind, JsonNode subject, String format) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set(kind, subject);
    body.put("format", format);
    return http.post(
            at.issuer("/organisations/" + org + "/credentials/" + kind), token, body.toString())
        .expect(201)
        .json();
  }

  private static ObjectNode reduction(JsonNode pack) {
    ObjectNode r = Http.JSON.createObjectNode();
    r.put("type", "EmissionReduction");
    r.put("projectId", "urn:gvr:project:kanto-steel:reheat-recovery-" + UUID.randomUUID());
    r.put("facilityId", "urn:gvr:facility:kanto-steel:plant-2");
    r.put("methodology", "ISO 14064-2");
    r.put("baselineEmissions", "18250.400");
    r.put("projectEmissions", "17830.125");
    r.put("reduction", "420.275");
    r.put("unit", "tCO2e");
    r.putObject("monitoringPeriod")
        .put("start", "2025-01-01T00:00:00Z")
        .put("end", "2026-01-01T00:00:00Z");
    ArrayNode sources = r.putArray("measurementSources");
    sources
        .addObject()
        .put("sourceType", "metered")
        .put("meterId", "EM-0042")
        .put("description", "reheating furnace natural gas meter");
    sources
        .addObject()
        .put("sourceType", "metered")
        .put("meterId", "EE-0007")
        .put("description", "plant 2 electricity meter");
    r.putObject("evidencePack")
        .put("manifestDigest", pack.get("manifestDigest").asText())
        .put("merkleRoot", pack.get("merkleRoot").asText());
    return r;
  }

  private static ObjectNode assurance(String claimDigest, String root) {
    ObjectNode a = Http.JSON.createObjectNode();
    a.put("type", "AssuranceStatement");
    a.put("assuredCredential", claimDigest);
    a.put("evidenceMerkleRoot", root);
    a.put("level", "reasonable");
    a.put("standard", "ISO 14064-3");
    a.put("materiality", "5");
    a.put("opinion", "unmodified");
    a.putObject("period").put("start", "2025-01-01T00:00:00Z").put("end", "2026-01-01T00:00:00Z");
    a.put("scope", "ΔCO2 of the reheating furnace heat recovery project, plant 2");
    a.putObject("accreditation")
        .put("body", "JAB")
        .put("reference", "VV-0107")
        .put("standard", "ISO 14065");
    return a;
  }

  private String awaitDidHistory(String token, String did) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    URI url = at.registry("/dids/history?did=" + URLEncoder.encode(did, StandardCharsets.UTF_8));
    while (Instant.now().isBefore(deadline)) {
      Http.Reply r = http.get(url, token);
      if (r.status() == 200) {
        JsonNode versions = r.json().path("versions");
        return "DID history of %s: %d version(s), the first from %s"
            .formatted(shortDid(did), versions.size(), versions.path(0).path("validFrom").asText());
      }
      pause();
    }
    throw new StoryFailure("the DID history of " + did + " was not registered within 2 minutes");
  }

  private JsonNode awaitAnchored(String token, String digest) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    URI url = at.registry("/anchors/" + digest);
    while (Instant.now().isBefore(deadline)) {
      Http.Reply r = http.get(url, token);
      if (r.status() == 200 && "ANCHORED".equals(r.json().path("state").asText())) {
        return r.json().get("receipt");
      }
      pause();
    }
    throw new StoryFailure(digest + " was not anchored within 2 minutes");
  }

  private static String claimRequest(JsonNode credential, String assurance, JsonNode receipt) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("verifiableCredential", credential);
    ObjectNode options = body.putObject("options");
    options.putArray("assurances").add(assurance);
    options.set("anchorReceipt", receipt);
    options.put("requiredAssuranceLevel", "reasonable");
    return body.toString();
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoryFailure("interrupted");
    }
  }

  /** The failed checks and gaps of one verification, for the progress line. */
  private static String problems(JsonNode result) {
    List<String> lines = new ArrayList<>();
    result
        .path("failures")
        .forEach(f -> lines.add(f.path("name").asText() + ": " + f.path("reason").asText()));
    result.path("gaps").forEach(g -> lines.add("gap " + g.asText()));
    return lines.isEmpty() ? "" : " (" + String.join("; ", lines) + ")";
  }

  private static String shortDid(String did) {
    return did.length() > 40 ? did.substring(0, 24) + "…" + did.substring(did.length() - 8) : did;
  }

  private void begin(String what) {
    step++;
    out.accept("");
    out.accept("[%d/%d] %s".formatted(step, STEPS, what));
  }

  private void say(String line) {
    out.accept("      " + line);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Story.class.getResourceAsStream("/story/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /story/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(byte[] bytes) {
    try {
      return Http.JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
