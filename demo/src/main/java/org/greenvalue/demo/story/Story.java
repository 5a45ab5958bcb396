package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole green-value story over the three services' public APIs, on two tiers of a supply chain:
 * accredit → publish → assure → anchor → verify over PACT → eligibility → mint, allocate, retire →
 * double retirement refused; then transfer to an automaker → its allocation and chained claims →
 * verified over PACT with the chain → supply-chain eligibility → retirement for inventory
 * accounting → double counting refused on either tier; finally tampering caught. Every step checks
 * its outcome and throws {@link StoryFailure} when the system does not behave as it must.
 */
public final class Story {
  private static final String PROVIDER = "ASSURANCE_PROVIDER";
  private static final String AUTOMAKER_NAME = "Chubu Motors Corporation";

  private final Calls calls;
  private final Progress progress;

  public Story(Endpoints at, Consumer<String> out) {
    this.calls = new Calls(at);
    this.progress = new Progress(out);
  }

  public StoryResult run() {
    Clients clients = Clients.obtain(calls.http, calls.at);

    progress.begin(
        "Organisations: a steel supplier, an automaker and an assurance provider, each with its"
            + " own keys");
    String steel = SupplierTier.STEEL;
    String automaker = AutomakerTier.AUTOMAKER;
    String assure = SupplierTier.ASSURER;
    String supplierDid =
        calls.organisation(clients.admin(), steel, "Kanto Steel Works K.K.", "supplier");
    String automakerDid =
        calls.organisation(clients.admin(), automaker, AUTOMAKER_NAME, "automaker");
    String assurerDid =
        calls.organisation(clients.admin(), assure, "Tokyo GHG Assurance Co.", "assurer");
    say("supplier  " + supplierDid);
    say("automaker " + automakerDid);
    say("assurer   " + assurerDid);

    progress.begin(
        "Trust authority registers them (and a financier) in the registry and accredits them"
            + " (each accreditation anchored on chain)");
    // the issuer's registry client (writer) acts for the organisations it hosts; steelco,
    // automaker and financier are the organisations' own clients
    String authority = clients.authority();
    say(
        calls.register(
            authority, steel, "Kanto Steel Works K.K.", List.of(supplierDid), "writer", "steelco"));
    say(
        calls.register(
            authority, automaker, AUTOMAKER_NAME, List.of(automakerDid), "writer", "automaker"));
    say(
        calls.register(
            authority, assure, "Tokyo GHG Assurance Co.", List.of(assurerDid), "writer"));
    say(
        calls.register(
            authority, SupplierTier.BANK, "Kanto Regional Bank", List.of(), "financier"));
    for (String did : List.of(supplierDid, automakerDid)) {
      for (String type :
          List.of("ProductCarbonFootprintCredential", "EmissionReductionCredential")) {
        say(calls.accredit(authority, did, "ISSUER", type));
      }
    }
    say(calls.accredit(authority, assurerDid, PROVIDER, "AssuranceCredential"));
    // the issuer registers each did:web document version with the registry once the authority
    // has registered the organisation; verifiers judge key validity at issuance from that history
    for (String did : List.of(supplierDid, automakerDid, assurerDid)) {
      say(calls.awaitDidHistory(clients.registryWriter(), did));
    }

    SupplierTier.Outcome first = new SupplierTier(calls, clients, progress).run();
    StoryResult.Downstream second = new AutomakerTier(calls, clients, progress).run(first);

    progress.begin("A tampered copy of the steel ΔCO2 credential is caught");
    ObjectNode tampered = first.reductionVc().deepCopy();
    ((ObjectNode) tampered.get("credentialSubject")).put("reduction", "4202.75");
    JsonNode report =
        calls
            .http
            .post(
                calls.at.verifier("/reports"),
                clients.verifier(),
                "{\"verifiableCredential\":" + tampered + "}")
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
        automakerDid,
        first.reductionDigest(),
        first.receipt().get("txHash").asText(),
        first.receipt().get("blockNumber").asLong(),
        first.buyer(),
        first.disclosed(),
        first.eligible(),
        first.lotId(),
        first.minted(),
        first.allocated(),
        first.retired(),
        first.certificateId(),
        first.secondRetirementStatus(),
        second,
        report.get("verdict").asText(),
        failures);
  }

  private void say(String line) {
    progress.say(line);
  }
}
