package org.greenvalue.bench;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
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
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.custody.CustodyTransfer;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.MeasurementSource;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.greenvalue.verification.chain.BundleCustodySource;
import org.greenvalue.verification.trust.TrustListSnapshot;

/**
 * A custody chain of {@code tiers} lots for the chain benchmark: organisation 0 mints its ΔCO2,
 * each next organisation receives a transfer (record signed by the registry key), the last one
 * allocates 200 t and issues the downstream credential that references the allocation.
 */
final class ChainFixture {

  static final Instant ISSUED = Instant.parse("2026-01-10T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
  static final SigningKey REGISTRY = SigningKey.generate(KeyType.ED25519);

  final String downstream;
  final BundleCustodySource bundle;
  final TrustListSnapshot trust;

  ChainFixture(int tiers) {
    var keys =
        IntStream.range(0, tiers).mapToObj(i -> SigningKey.generate(KeyType.ED25519)).toList();
    String root = sign(reduction("1500", "500", List.of()), keys.get(0));
    String rootDigest =
        SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(root).value())
            .value()
            .toString();
    var lots = IntStream.range(0, tiers).mapToObj(i -> UUID.randomUUID()).toList();
    var transfers = IntStream.range(0, tiers).mapToObj(i -> UUID.randomUUID()).toList();
    int last = tiers - 1;
    UUID allocation = UUID.randomUUID();
    var records = new ArrayList<String>();
    for (int k = 1; k < tiers; k++) {
      records.add("urn:uuid:" + transfers.get(k));
    }
    var reference =
        new UpstreamReference(
            "urn:uuid:" + allocation,
            "urn:uuid:" + lots.get(last),
            new BigDecimal("200"),
            List.of(Sha256Digest.parse(rootDigest).value()),
            records);
    downstream = sign(reduction("700", "500", List.of(reference)), keys.get(last));
    String downstreamId = JsonDocuments.parseObject(downstream).value().getString("id");
    var hops = JSON.createArrayBuilder();
    for (int k = last; k >= 0; k--) {
      var lot =
          JSON.createObjectBuilder()
              .add("id", lots.get(k).toString())
              .add("owner", "org-" + k)
              .add("credentialDigest", rootDigest)
              .add("quantity", quantity(k));
      if (k == 0) {
        lot.add("parentId", JsonValue.NULL);
        hops.add(
            JSON.createObjectBuilder()
                .add("lot", lot)
                .add("transfer", JsonValue.NULL)
                .add(
                    "minted",
                    JSON.createObjectBuilder()
                        .add("credentialDigest", rootDigest)
                        .add("reductionCredential", JsonDocuments.parseObject(root).value())
                        .add("assuranceCredential", JsonValue.NULL)));
      } else {
        lot.add("parentId", lots.get(k - 1).toString());
        hops.add(
            JSON.createObjectBuilder()
                .add("lot", lot)
                .add("transfer", transfer(transfers.get(k), lots, k, rootDigest))
                .add("minted", JsonValue.NULL));
      }
    }
    var chain =
        JSON.createObjectBuilder()
            .add(
                "allocation",
                JSON.createObjectBuilder()
                    .add("id", allocation.toString())
                    .add("lotId", lots.get(last).toString())
                    .add("owner", "org-" + last)
                    .add("quantity", "200")
                    .add(
                        "claims",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("credentialId", downstreamId)
                                    .add("quantity", "200"))))
            .add("hops", hops)
            .build();
    bundle =
        BundleCustodySource.parse(
                JsonDocuments.write(
                    JSON.createObjectBuilder()
                        .add(
                            "allocations",
                            JSON.createObjectBuilder().add(allocation.toString(), chain))
                        .build()),
                "bench")
            .orElseThrow();
    trust = trust(keys);
  }

  private static String quantity(int k) {
    return Integer.toString(1000 - 50 * k);
  }

  private static JsonObject transfer(UUID id, List<UUID> lots, int k, String rootDigest) {
    var subject =
        new CustodyTransfer(
            "urn:uuid:" + lots.get(k - 1),
            "urn:uuid:" + lots.get(k),
            "org-" + (k - 1),
            "org-" + k,
            new BigDecimal(quantity(k)),
            "INV-" + k,
            Sha256Digest.parse(rootDigest).value(),
            ISSUED);
    JsonObject record =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", "urn:uuid:" + id)
            .add("issuer", DidKeyResolver.didFor(REGISTRY.publicKey()))
            .add("validFrom", ISSUED.toString())
            .build();
    String signed =
        new CredentialSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()), CLOCK)
            .sign(record, SecuringFormat.EDDSA_RDFC_2022)
            .orElseThrow();
    return JSON.createObjectBuilder()
        .add("id", id.toString())
        .add("lotId", lots.get(k - 1).toString())
        .add("childLotId", lots.get(k).toString())
        .add("from", "org-" + (k - 1))
        .add("to", "org-" + k)
        .add("quantity", quantity(k))
        .add("deliveryReference", "INV-" + k)
        .add("record", JsonDocuments.parseObject(signed).value())
        .build();
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

  private static String sign(CredentialSubject subject, SigningKey key) {
    JsonObject credential =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", "urn:uuid:" + UUID.randomUUID())
            .add("issuer", DidKeyResolver.didFor(key.publicKey()))
            .add("validFrom", ISSUED.toString())
            .build();
    return new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK)
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow();
  }

  private static TrustListSnapshot trust(List<SigningKey> keys) {
    var accreditations = JSON.createArrayBuilder();
    var organisations = JSON.createArrayBuilder();
    for (int i = 0; i < keys.size(); i++) {
      String did = DidKeyResolver.didFor(keys.get(i).publicKey());
      accreditations.add(
          JSON.createObjectBuilder()
              .add("did", did)
              .add("role", "ISSUER")
              .add("credentialType", "EmissionReductionCredential")
              .add("accreditedFrom", "2025-01-01T00:00:00Z")
              .add("status", "ACTIVE"));
      organisations.add(
          JSON.createObjectBuilder()
              .add("id", "org-" + i)
              .add("dids", JSON.createArrayBuilder().add(did)));
    }
    var list =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(DidKeyResolver.didFor(REGISTRY.publicKey()))
            .validFrom(ISSUED)
            .credentialSubject(
                JSON.createObjectBuilder()
                    .add("id", "urn:greenvalue:trust-list")
                    .add("accreditations", accreditations)
                    .add("organisations", organisations)
                    .build())
            .build();
    String secured =
        new JoseSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()))
            .secure(list)
            .orElseThrow();
    return TrustListSnapshot.load(
            secured, new CredentialVerifier(new DidKeyResolver(), CLOCK), Optional.empty())
        .orElseThrow();
  }
}
