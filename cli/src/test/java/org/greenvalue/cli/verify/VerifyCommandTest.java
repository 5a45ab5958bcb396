package org.greenvalue.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.greenvalue.cli.CliRun;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.assurance.Accreditation;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.MeasurementSource;
import org.greenvalue.evidence.build.PackBuilder;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.BatchOutcome;
import org.greenvalue.ledger.chain.DevChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gvr verify} on real files: a ΔCO2 credential, its assurance, pack, trust list, receipt.
 */
class VerifyCommandTest {

  static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SigningKey SUPPLIER = SigningKey.generate(KeyType.ED25519);
  static final SigningKey ASSURER = SigningKey.generate(KeyType.ED25519);
  static final SigningKey REGISTRY = SigningKey.generate(KeyType.ED25519);

  @TempDir static Path dir;
  static DevChain chain;
  static Ledger ledger;
  static Path claim;
  static Path assurance;
  static Path pack;
  static Path trustList;
  static Path receipt;
  static String claimText;

  @BeforeAll
  static void files() throws Exception {
    pack = dir.resolve("pack.zip");
    SealedPack sealed =
        PackBuilder.create()
            .subject("urn:greenvalue:project:kiln-7")
            .addStream(
                "meter.csv",
                "text/csv",
                new ByteArrayInputStream("m,kwh\n1,2\n".getBytes(StandardCharsets.UTF_8)))
            .writeTo(pack)
            .orElseThrow();
    var root = new MerkleRoot(sealed.merkleRoot().hex());
    var period =
        new Period(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
    var reduction =
        new EmissionReduction(
            "urn:greenvalue:project:kiln-7",
            "urn:greenvalue:facility:2",
            Optional.empty(),
            "ISO 14064-2",
            new BigDecimal("400.0"),
            new BigDecimal("250.5"),
            new BigDecimal("149.5"),
            period,
            List.of(MeasurementSource.metered("M-1", "meter")),
            new EvidenceBinding(sealed.manifestDigest(), root));
    claimText = sign(reduction, SUPPLIER, SecuringFormat.EDDSA_RDFC_2022);
    claim = write("claim.json", claimText);
    var statement =
        new AssuranceStatement(
            SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(claimText).value())
                .value(),
            Optional.empty(),
            root,
            AssuranceLevel.REASONABLE,
            AssuranceStatement.ISO_14064_3,
            new BigDecimal("5"),
            AssuranceOpinion.UNMODIFIED,
            period,
            "kiln 7",
            new Accreditation("JAB", "VV-1", Accreditation.ISO_14065));
    assurance = write("assurance.jwt", sign(statement, ASSURER, SecuringFormat.VC_JWT));
    trustList = write("trust-list.jwt", trustList());
    chain = DevChain.start();
    ledger =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()));
    String digest =
        SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(claimText).value())
            .value()
            .toString();
    var anchored =
        (BatchOutcome.Anchored)
            AnchorBatcher.of(ledger)
                .anchorTexts(Bytes32.keccakOf("b-" + System.nanoTime()), List.of(digest));
    receipt = write("receipt.json", AnchorReceiptJson.write(anchored.receipts().getFirst()));
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

  static Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  static String sign(CredentialSubject subject, SigningKey key, SecuringFormat format) {
    var json =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("issuer", DidKeyResolver.didFor(key.publicKey()))
            .add("validFrom", "2025-06-01T00:00:00Z")
            .build();
    return new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK)
        .sign(json, format)
        .orElseThrow();
  }

  static String trustList() {
    var entries = JSON.createArrayBuilder();
    for (var e :
        List.of(
            List.of(
                DidKeyResolver.didFor(SUPPLIER.publicKey()),
                "ISSUER",
                "EmissionReductionCredential"),
            List.of(
                DidKeyResolver.didFor(ASSURER.publicKey()),
                "ASSURANCE_PROVIDER",
                "AssuranceCredential"))) {
      entries.add(
          JSON.createObjectBuilder()
              .add("did", e.get(0))
              .add("role", e.get(1))
              .add("credentialType", e.get(2))
              .add("validFrom", "2025-01-01T00:00:00Z")
              .add("status", "ACTIVE"));
    }
    var vc =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(DidKeyResolver.didFor(REGISTRY.publicKey()))
            .validFrom(NOW)
            .credentialSubject(
                JSON.createObjectBuilder()
                    .add("id", "urn:trust-list")
                    .add("accreditations", entries)
                    .build())
            .build();
    return new JoseSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()))
        .secure(vc)
        .orElseThrow();
  }

  String[] offline(String... extra) {
    var args =
        new java.util.ArrayList<>(
            List.of(
                "verify",
                claim.toString(),
                "--assurance",
                assurance.toString(),
                "--pack",
                pack.toString(),
                "--receipt",
                receipt.toString(),
                "--trust-list",
                trustList.toString(),
                "--trust-list-issuer",
                DidKeyResolver.didFor(REGISTRY.publicKey()),
                "--require",
                "reasonable",
                "--at",
                NOW.toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void offlineEveryCheckIsPrintedAndSkippedChecksKeepTheExitCodeAtOne() {
    CliRun run = CliRun.of(offline());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out())
        .contains("PASSED  credential.proof[0].signature")
        .contains("PASSED  trust.issuer")
        .contains("PASSED  assurance.level")
        .contains("PASSED  evidence.expected.root")
        .contains("PASSED  anchor.proof")
        .contains("SKIPPED anchor.chain")
        .contains("SKIPPED lot.state")
        .endsWith("INCOMPLETE" + System.lineSeparator());
  }

  @Test
  void allowSkippedAcceptsAnOfflineRunWithNoFailure() {
    assertThat(CliRun.of(offline("--allow-skipped")).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void onlineAgainstTheLedgerEveryCheckPassesAndTheExitCodeIsZero() {
    var contracts = ledger.contracts();
    CliRun run =
        CliRun.of(
            offline(
                "--rpc",
                chain.rpcUrl().toString(),
                "--contracts",
                contracts.anchorRegistry()
                    + ","
                    + contracts.trustRegistry()
                    + ","
                    + contracts.greenValueLedger(),
                "--json"));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    var json = JsonDocuments.parseObject(run.out()).value();
    assertThat(json.getString("verdict")).isEqualTo("VERIFIED");
    assertThat(json.getJsonObject("facts").getJsonObject("anchor").getBoolean("checkedOnChain"))
        .isTrue();
    assertThat(json.getJsonObject("facts").getJsonObject("reduction").getString("reduction"))
        .isEqualTo("149.5");
  }

  @Test
  void aTamperedCredentialExitsOneAndSaysNotVerified() throws Exception {
    Path tampered =
        write(
            "tampered.json",
            claimText.replace("\"149.5\"", "\"249.5\"").replace("\"400.0\"", "\"500.0\""));
    CliRun run = CliRun.of("verify", tampered.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(JsonDocuments.parseObject(run.out()).value().getString("verdict"))
        .isEqualTo("NOT_VERIFIED");
  }

  @Test
  void badUsageAndUnreadableInputExitTwo() {
    assertThat(CliRun.of("verify", dir.resolve("missing.json").toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of(offline("--require", "perfect")).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("verify", claim.toString(), "--rpc", "http://127.0.0.1:1").err())
        .contains("--contracts");
    CliRun forgedList = CliRun.of("verify", claim.toString(), "--trust-list", claim.toString());
    assertThat(forgedList.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(forgedList.err()).contains("trust list");
  }

  @Test
  void aPresentationFlagVerifiesTheInputAsAPresentation() {
    CliRun run = CliRun.of("verify", claim.toString(), "--presentation", "--challenge", "c");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("presentation.");
  }
}
