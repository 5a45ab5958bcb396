package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;
import static org.greenvalue.verification.Issued.CLOCK;
import static org.greenvalue.verification.Issued.REGISTRY;
import static org.greenvalue.verification.Issued.SUPPLIER;
import static org.greenvalue.verification.Issued.assurance;
import static org.greenvalue.verification.Issued.did;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.footprint.GreenValueExtension;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.BatchOutcome;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.anchor.ReceiptSource;
import org.greenvalue.verification.lots.LedgerLotSource;
import org.greenvalue.verification.pact.PactClient;
import org.greenvalue.verification.pact.PactHost;
import org.greenvalue.verification.pact.PactVerifier;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A buyer's PACT client over footprints carrying the green value extension, with every source a
 * verifier has online: real signed credentials anchored on the dev chain, a signed trust list, the
 * lot state on chain.
 */
@Tag("integration")
class PactExtensionVerificationTest {
  private static final String PRODUCT = "urn:pact:product-id:kanto-polymers.example:PP-R-25";

  @TempDir static Path dir;
  static DevChain chain;
  static Ledger ledger;
  static TestServer host;
  static JsonObject document;
  static String pcf;
  static String pcfAssurance;
  static String reduction;
  static String reductionAssurance;
  static String unassured;
  static PactVerifier verifier;

  @BeforeAll
  static void start() throws Exception {
    chain = DevChain.start();
    ledger =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()));
    SealedPack pack = Issued.pack(dir.resolve("pack.zip"));
    try (var in = PactExtensionVerificationTest.class.getResourceAsStream("pact/footprint.json")) {
      document =
          JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
    }
    pcf =
        Issued.sign(
            ProductFootprint.parse(document).orElseThrow(), SUPPLIER, SecuringFormat.VC_JWT);
    pcfAssurance = assurance(pcf, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    reduction = reductionFor(pack);
    reductionAssurance =
        assurance(reduction, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    unassured = reductionFor(pack);
    Map<String, AnchorReceipt> receipts = anchor(pcf, pcfAssurance, reduction, reductionAssurance);
    receipts.putAll(anchor(unassured));
    var dids = new DidKeyResolver();
    var trust =
        TrustListSnapshot.load(
                Issued.trustList(REGISTRY),
                new CredentialVerifier(dids, CLOCK),
                Optional.of(did(REGISTRY)))
            .orElseThrow();
    var engine =
        new VerificationEngine(
            Sources.offline(dids)
                .withTrust(trust)
                .withReceipts(new Receipts(receipts))
                .withChain(new AnchorRecords(ledger))
                .withLots(new LedgerLotSource(ledger.lots())),
            CLOCK);
    verifier = new PactVerifier(new PactClient(10), engine);
    host = new TestServer();
    host.answer(
        "/auth/token",
        200,
        "application/json",
        "{\"access_token\":\"pact-token\",\"token_type\":\"Bearer\"}");
  }

  @AfterAll
  static void stop() {
    if (host != null) {
      host.close();
    }
    if (ledger != null) {
      ledger.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void aFootprintWithItsAssuredReductionReachesVerified() {
    PactVerifier.FootprintResult result =
        pull(
            1,
            new GreenValueExtension.Contents(
                pcf,
                List.of(pcfAssurance),
                List.of(new GreenValueExtension.Reduction(reduction, List.of(reductionAssurance))),
                List.of()));

    Verification v = result.verification().orElseThrow();
    assertThat(VerificationJson.verdict(v))
        .as(v.report() + " gaps " + v.gaps())
        .isEqualTo("VERIFIED");
    assertThat(result.credentials())
        .extracting(PactVerifier.CredentialResult::role)
        .containsExactly("footprint", "reduction");
    assertThat(result.credentials())
        .allSatisfy(
            c -> assertThat(VerificationJson.verdict(c.verification())).isEqualTo("VERIFIED"));
    assertThat(v.report().check("pact.footprint-matches").orElseThrow().outcome())
        .isEqualTo(org.greenvalue.common.verification.Check.Outcome.PASSED);
    assertThat(v.report().check("pact.reduction[0].matches").orElseThrow().outcome())
        .isEqualTo(org.greenvalue.common.verification.Check.Outcome.PASSED);
    assertThat(v.report().check("reduction[0].assurance.level").orElseThrow().outcome())
        .isEqualTo(org.greenvalue.common.verification.Check.Outcome.PASSED);
  }

  @Test
  void aTamperedReductionInTheExtensionFailsTheFootprint() {
    JsonObject signed = JsonDocuments.parseObject(reduction).value();
    JsonObject tampered =
        JSON.createObjectBuilder(signed)
            .add(
                "credentialSubject",
                JSON.createObjectBuilder(signed.getJsonObject("credentialSubject"))
                    .add("facilityId", "urn:greenvalue:facility:plant-9"))
            .build();
    PactVerifier.FootprintResult result =
        pull(
            2,
            new GreenValueExtension.Contents(
                pcf,
                List.of(pcfAssurance),
                List.of(
                    new GreenValueExtension.Reduction(
                        JsonDocuments.write(tampered), List.of(reductionAssurance))),
                List.of()));

    Verification v = result.verification().orElseThrow();
    assertThat(VerificationJson.verdict(v)).isEqualTo("NOT_VERIFIED");
    assertThat(v.report().failures())
        .extracting(org.greenvalue.common.verification.Check::name)
        .anyMatch(name -> name.startsWith("reduction[0]."));
    assertThat(VerificationJson.verdict(result.credentials().get(0).verification()))
        .isEqualTo("VERIFIED");
  }

  @Test
  void aReductionWithoutItsAssuranceStaysAGap() {
    PactVerifier.FootprintResult result =
        pull(
            3,
            new GreenValueExtension.Contents(
                pcf,
                List.of(pcfAssurance),
                List.of(new GreenValueExtension.Reduction(unassured, List.of())),
                List.of()));

    Verification v = result.verification().orElseThrow();
    assertThat(VerificationJson.verdict(v)).as(v.report().toString()).isEqualTo("INCOMPLETE");
    assertThat(v.gaps()).contains("reduction[0].assurance", "reduction[0].evidence");
  }

  @Test
  void aFootprintWithoutTheAssuranceOverItsCredentialStaysAGap() {
    PactVerifier.FootprintResult result =
        pull(4, new GreenValueExtension.Contents(pcf, List.of(), List.of(), List.of()));

    Verification v = result.verification().orElseThrow();
    assertThat(VerificationJson.verdict(v)).isEqualTo("INCOMPLETE");
    assertThat(v.gaps()).containsExactly("assurance");
  }

  /** Serves the footprint with the extension on the page {@code /3/footprints?limit=n}. */
  private static PactVerifier.FootprintResult pull(
      int limit, GreenValueExtension.Contents contents) {
    JsonObject served =
        JSON.createObjectBuilder(document)
            .add(
                "extensions",
                JSON.createArrayBuilder(document.getJsonArray("extensions"))
                    .add(GreenValueExtension.of(host.base(), contents)))
            .build();
    host.answer(
        "/3/footprints?limit=" + limit, 200, "application/json", "{\"data\":[" + served + "]}");
    var results =
        verifier
            .verify(
                new PactHost(
                    URI.create(host.base()),
                    URI.create(host.base() + "/auth/token"),
                    "buyer",
                    "secret"),
                limit)
            .orElseThrow();
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  /** A ΔCO2 credential for the footprint's product, over the pack. */
  private static String reductionFor(SealedPack pack) {
    JsonObject subject =
        JSON.createObjectBuilder(Issued.reductionSubject(pack, "1000.500", "850.250").toJson())
            .add("productId", PRODUCT)
            .build();
    return Issued.sign(
        EmissionReduction.parse(subject).orElseThrow(), SUPPLIER, SecuringFormat.EDDSA_RDFC_2022);
  }

  private static Map<String, AnchorReceipt> anchor(String... credentials) {
    List<String> digests = java.util.Arrays.stream(credentials).map(Issued::digestOf).toList();
    var outcome =
        (BatchOutcome.Anchored)
            AnchorBatcher.of(ledger)
                .anchorTexts(Bytes32.keccakOf("batch-" + System.nanoTime()), digests);
    Map<String, AnchorReceipt> out = new HashMap<>();
    for (int i = 0; i < digests.size(); i++) {
      out.put(digests.get(i), outcome.receipts().get(i));
    }
    return out;
  }

  /** The receipts of the batches anchored above, as the registry would hand them out. */
  private record Receipts(Map<String, AnchorReceipt> byDigest) implements ReceiptSource {
    @Override
    public AnchorLookup lookup(String digest) {
      AnchorReceipt receipt = byDigest.get(digest);
      return receipt == null ? new AnchorLookup.Unknown() : new AnchorLookup.Anchored(receipt);
    }

    @Override
    public String describe() {
      return "the receipts of this test's batches";
    }
  }
}
