package org.greenvalue.cli.vc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.cli.CliRun;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.digest.Sha256Digest;
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
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.MeasurementSource;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gvr vc verify --custody-bundle}: a supplier that minted its measured ΔCO2 into a lot,
 * allocated 200 t of it to a product batch and issued the product's inherited ΔCO2 credential;
 * verified offline from a bundle of the allocation's chain.
 */
class CustodyBundleVerifyTest {

  static final Instant ISSUED = Instant.parse("2026-01-10T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
  static final SigningKey SUPPLIER = SigningKey.generate(KeyType.ED25519);
  static final SigningKey REGISTRY = SigningKey.generate(KeyType.ED25519);

  @TempDir Path dir;
  Path downstream;
  Path trustList;
  String downstreamId;
  JsonObject chain;
  UUID allocation;

  @BeforeEach
  void chain() throws Exception {
    String root = sign(reduction("1500", "500", List.of()), "urn:uuid:" + UUID.randomUUID());
    String rootDigest =
        SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(root).value())
            .value()
            .toString();
    UUID lot = UUID.randomUUID();
    allocation = UUID.randomUUID();
    downstreamId = "urn:uuid:" + UUID.randomUUID();
    var upstream =
        new UpstreamReference(
            "urn:uuid:" + allocation,
            "urn:uuid:" + lot,
            new BigDecimal("200"),
            List.of(Sha256Digest.parse(rootDigest).value()),
            List.of());
    downstream = dir.resolve("product-reduction.json");
    Files.writeString(downstream, sign(reduction("700", "500", List.of(upstream)), downstreamId));
    chain =
        JSON.createObjectBuilder()
            .add(
                "allocation",
                JSON.createObjectBuilder()
                    .add("id", allocation.toString())
                    .add("lotId", lot.toString())
                    .add("owner", "org-supplier")
                    .add("quantity", "200")
                    .add(
                        "claims",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("credentialId", downstreamId)
                                    .add("quantity", "200"))))
            .add(
                "hops",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add(
                                "lot",
                                JSON.createObjectBuilder()
                                    .add("id", lot.toString())
                                    .add("parentId", JsonValue.NULL)
                                    .add("owner", "org-supplier")
                                    .add("credentialDigest", rootDigest)
                                    .add("quantity", "1000"))
                            .add("transfer", JsonValue.NULL)
                            .add(
                                "minted",
                                JSON.createObjectBuilder()
                                    .add("credentialDigest", rootDigest)
                                    .add(
                                        "reductionCredential",
                                        JsonDocuments.parseObject(root).value())
                                    .add("assuranceCredential", JsonValue.NULL))))
            .build();
    trustList = dir.resolve("trust-list.jwt");
    Files.writeString(trustList, trustList());
  }

  private Path bundle(JsonObject chainJson) throws Exception {
    Path file = dir.resolve("custody-bundle.json");
    Files.writeString(
        file,
        JsonDocuments.write(
            JSON.createObjectBuilder()
                .add(
                    "allocations", JSON.createObjectBuilder().add(allocation.toString(), chainJson))
                .build()));
    return file;
  }

  @Test
  void verifiesTheUpstreamAllocationOfflineFromTheBundle() throws Exception {
    var run =
        CliRun.of(
            "vc",
            "verify",
            "--at",
            "2026-02-01T00:00:00Z",
            "--custody-bundle",
            bundle(chain).toString(),
            "--trust-list",
            trustList.toString(),
            downstream.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("PASSED  chain.custody: 1 upstream allocation(s), 200 tCO2e attributable")
        .contains("tier 1  org-supplier  urn:uuid:")
        .contains("VALID (INCOMPLETE)");
  }

  @Test
  void aBundleWhoseClaimNamesAnotherCredentialExitsOne() throws Exception {
    var tampered =
        Json.createPointer("/allocation/claims/0/credentialId")
            .replace(chain, Json.createValue("urn:uuid:" + UUID.randomUUID()))
            .asJsonObject();

    var run =
        CliRun.of(
            "vc",
            "verify",
            "--at",
            "2026-02-01T00:00:00Z",
            "--custody-bundle",
            bundle(tampered).toString(),
            "--trust-list",
            trustList.toString(),
            downstream.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out())
        .contains("FAILED  chain.custody")
        .contains("carries no claim by " + downstreamId)
        .endsWith("INVALID" + System.lineSeparator());
  }

  @Test
  void anUnreadableOrMalformedBundleExitsTwo() throws Exception {
    Path malformed = dir.resolve("bad.json");
    Files.writeString(malformed, "{\"chains\": {}}");
    var missing =
        CliRun.of("vc", "verify", "--custody-bundle", "/nonexistent", downstream.toString());
    var bad =
        CliRun.of("vc", "verify", "--custody-bundle", malformed.toString(), downstream.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("'allocations'");
  }

  private static EmissionReduction reduction(
      String baseline, String project, List<UpstreamReference> upstream) {
    BigDecimal b = new BigDecimal(baseline);
    BigDecimal p = new BigDecimal(project);
    return new EmissionReduction(
        "urn:gvr:project:furnace-3",
        "urn:gvr:facility:mill-1",
        Optional.empty(),
        "ISO 14064-2",
        b,
        p,
        b.subtract(p),
        new Period(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")),
        List.of(MeasurementSource.metered("M-7", "furnace gas meter")),
        new EvidenceBinding(
            Sha256Digest.parse("sha256:" + "b".repeat(64)).value(),
            MerkleRoot.parse("a".repeat(64)).value()),
        upstream);
  }

  private static String sign(CredentialSubject subject, String id) {
    JsonObject credential =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", id)
            .add("issuer", DidKeyResolver.didFor(SUPPLIER.publicKey()))
            .add("validFrom", ISSUED.toString())
            .build();
    return new CredentialSigner(SUPPLIER, DidKeyResolver.methodFor(SUPPLIER.publicKey()), CLOCK)
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow();
  }

  private static String trustList() {
    String supplier = DidKeyResolver.didFor(SUPPLIER.publicKey());
    var credential =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(DidKeyResolver.didFor(REGISTRY.publicKey()))
            .validFrom(ISSUED)
            .credentialSubject(
                JSON.createObjectBuilder()
                    .add("id", "urn:greenvalue:trust-list")
                    .add(
                        "accreditations",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("did", supplier)
                                    .add("role", "ISSUER")
                                    .add("credentialType", "EmissionReductionCredential")
                                    .add("accreditedFrom", "2025-01-01T00:00:00Z")
                                    .add("status", "ACTIVE")))
                    .add(
                        "organisations",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("id", "org-supplier")
                                    .add("dids", JSON.createArrayBuilder().add(supplier))))
                    .build())
            .build();
    return new JoseSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()))
        .secure(credential)
        .orElseThrow();
  }
}
