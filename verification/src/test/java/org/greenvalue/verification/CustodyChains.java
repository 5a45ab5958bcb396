package org.greenvalue.verification;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;
import static org.greenvalue.verification.Issued.ASSURER;
import static org.greenvalue.verification.Issued.CLOCK;
import static org.greenvalue.verification.Issued.ISSUED;
import static org.greenvalue.verification.Issued.NOW;
import static org.greenvalue.verification.Issued.REGISTRY;
import static org.greenvalue.verification.Issued.did;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.custody.CustodyTransfer;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.verification.trust.TrustListSnapshot;

/**
 * Custody chains built in process with real keys: a root ΔCO2 credential minted into a lot by
 * organisation 0, transferred from organisation to organisation (each transfer record signed by the
 * registry key), allocated by the last holder, whose downstream ΔCO2 credential references the
 * allocation and is claimed on it. The chain JSON is what {@code GET /allocations/{id}/chain}
 * answers; tests tamper with it.
 */
final class CustodyChains {

  static final int ORGANISATIONS = 10;
  static final List<SigningKey> KEYS =
      IntStream.range(0, ORGANISATIONS)
          .mapToObj(i -> SigningKey.generate(KeyType.ED25519))
          .toList();
  static final BigDecimal ALLOCATED = new BigDecimal("200");

  private CustodyChains() {}

  static String organisation(int i) {
    return "org-" + i;
  }

  /**
   * A chain of {@code tiers} lots.
   *
   * @param downstream the downstream credential (issued by the last holder)
   * @param downstreamId its id
   * @param allocationId the allocation it references
   * @param chain the chain JSON of the allocation
   * @param rootDigest digest of the minted root credential
   */
  record Built(
      String downstream,
      String downstreamId,
      UUID allocationId,
      JsonObject chain,
      String rootDigest) {

    JsonObject bundle() {
      return JSON.createObjectBuilder()
          .add("allocations", JSON.createObjectBuilder().add(allocationId.toString(), chain))
          .build();
    }
  }

  static Built build(int tiers, SealedPack pack) {
    return build(tiers, pack, Optional.empty());
  }

  /** With the root credential carrying a revocation entry at {@code status}, if given. */
  static Built build(int tiers, SealedPack pack, Optional<URI> status) {
    String root =
        sign(
            Issued.reductionSubject(pack, "1500", "500"),
            KEYS.get(0),
            "urn:uuid:" + UUID.randomUUID(),
            status);
    return build(tiers, pack, 0, root, new BigDecimal("1000"), ALLOCATED);
  }

  /**
   * A chain whose root lot (owned by organisation {@code first}, the issuer of {@code root}) holds
   * {@code base} t, each next lot 10 t less, the last holder allocating {@code allocated} t.
   */
  static Built build(
      int tiers, SealedPack pack, int first, String root, BigDecimal base, BigDecimal allocated) {
    String rootDigest = Issued.digestOf(root);
    String assurance =
        Issued.assurance(root, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    var lots = IntStream.range(0, tiers).mapToObj(i -> UUID.randomUUID()).toList();
    var transfers = IntStream.range(0, tiers).mapToObj(i -> UUID.randomUUID()).toList();
    int last = tiers - 1;
    UUID allocationId = UUID.randomUUID();
    String downstreamId = "urn:uuid:" + UUID.randomUUID();
    var records = new ArrayList<String>();
    for (int k = 1; k < tiers; k++) {
      records.add("urn:uuid:" + transfers.get(k));
    }
    var subject =
        Issued.reductionSubject(pack, new BigDecimal("500").add(allocated).toPlainString(), "500")
            .withUpstream(
                List.of(
                    new UpstreamReference(
                        "urn:uuid:" + allocationId,
                        "urn:uuid:" + lots.get(last),
                        allocated,
                        List.of(Sha256Digest.parse(rootDigest).value()),
                        records)));
    String downstream = sign(subject, KEYS.get(first + last), downstreamId, Optional.empty());
    var hops = JSON.createArrayBuilder();
    for (int k = last; k >= 0; k--) {
      var hop = JSON.createObjectBuilder().add("lot", lot(lots, k, rootDigest, first, base));
      if (k == 0) {
        hop.add("transfer", JsonValue.NULL)
            .add(
                "minted",
                JSON.createObjectBuilder()
                    .add("credentialDigest", rootDigest)
                    .add("reductionCredential", JsonDocuments.parseObject(root).value())
                    .add("assuranceCredential", JsonDocuments.parseObject(assurance).value()));
      } else {
        hop.add("transfer", transfer(transfers.get(k), lots, k, rootDigest, REGISTRY, first, base))
            .add("minted", JsonValue.NULL);
      }
      hops.add(hop);
    }
    var allocation =
        JSON.createObjectBuilder()
            .add("id", allocationId.toString())
            .add("lotId", lots.get(last).toString())
            .add("owner", organisation(first + last))
            .add("productBatchId", "urn:gvr:batch:b-1")
            .add("siteId", "urn:gvr:site:s-1")
            .add(
                "period",
                JSON.createObjectBuilder()
                    .add("start", "2026-01-01T00:00:00Z")
                    .add("end", "2026-04-01T00:00:00Z"))
            .add("quantity", allocated.toPlainString())
            .add("claimed", allocated.toPlainString())
            .add("retired", "0")
            .add("unclaimed", "0")
            .add(
                "claims",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add("credentialId", downstreamId)
                            .add("quantity", allocated.toPlainString())
                            .add("at", NOW.toString())));
    var chain = JSON.createObjectBuilder().add("allocation", allocation).add("hops", hops).build();
    return new Built(downstream, downstreamId, allocationId, chain, rootDigest);
  }

  static BigDecimal quantityOf(BigDecimal base, int k) {
    return base.subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(k)));
  }

  private static JsonObject lot(
      List<UUID> lots, int k, String rootDigest, int first, BigDecimal base) {
    var lot =
        JSON.createObjectBuilder()
            .add("id", lots.get(k).toString())
            .add("owner", organisation(first + k))
            .add("credentialDigest", rootDigest)
            .add("quantity", quantityOf(base, k).toPlainString());
    if (k == 0) {
      lot.add("parentId", JsonValue.NULL);
    } else {
      lot.add("parentId", lots.get(k - 1).toString());
    }
    return lot.build();
  }

  /** The transfer that created lot {@code k}, its record signed by {@code signer}. */
  static JsonObject transfer(
      UUID id,
      List<UUID> lots,
      int k,
      String rootDigest,
      SigningKey signer,
      int first,
      BigDecimal base) {
    var subject =
        new CustodyTransfer(
            "urn:uuid:" + lots.get(k - 1),
            "urn:uuid:" + lots.get(k),
            organisation(first + k - 1),
            organisation(first + k),
            quantityOf(base, k),
            "INV-" + k,
            Sha256Digest.parse(rootDigest).value(),
            ISSUED);
    return JSON.createObjectBuilder()
        .add("id", id.toString())
        .add("lotId", lots.get(k - 1).toString())
        .add("childLotId", lots.get(k).toString())
        .add("from", organisation(first + k - 1))
        .add("to", organisation(first + k))
        .add("quantity", quantityOf(base, k).toPlainString())
        .add("deliveryReference", "INV-" + k)
        .add("transferredAt", ISSUED.toString())
        .add("record", record(subject, "urn:uuid:" + id, signer, did(REGISTRY)))
        .build();
  }

  /** A transfer record, issued in {@code issuer}'s name and signed by {@code signer}. */
  static JsonObject record(CustodyTransfer subject, String id, SigningKey signer, String issuer) {
    JsonObject credential =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", id)
            .add("issuer", issuer)
            .add("validFrom", ISSUED.toString())
            .build();
    String signed =
        new CredentialSigner(signer, DidKeyResolver.methodFor(signer.publicKey()), CLOCK)
            .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
            .orElseThrow();
    return JsonDocuments.parseObject(signed).value();
  }

  static String sign(CredentialSubject subject, SigningKey key, String id, Optional<URI> status) {
    var builder =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", id)
            .add("issuer", did(key))
            .add("validFrom", ISSUED.toString());
    status.ifPresent(
        url ->
            builder.add(
                "credentialStatus",
                BitstringStatusListEntry.of(StatusPurpose.REVOCATION, 7, url).toJson()));
    return new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK)
        .sign(builder.build(), SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow();
  }

  /** The registry's trust list: every organisation's DID accredited, and whose DID it is. */
  static TrustListSnapshot trust() {
    var accreditations = JSON.createArrayBuilder();
    var organisations = JSON.createArrayBuilder();
    for (int i = 0; i < ORGANISATIONS; i++) {
      accreditations.add(entry(did(KEYS.get(i)), "ISSUER", "EmissionReductionCredential"));
      organisations.add(
          JSON.createObjectBuilder()
              .add("id", organisation(i))
              .add("dids", JSON.createArrayBuilder().add(did(KEYS.get(i)))));
    }
    accreditations.add(entry(did(ASSURER), "ASSURANCE_PROVIDER", "AssuranceCredential"));
    var credential =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(did(REGISTRY))
            .validFrom(NOW)
            .credentialSubject(
                JSON.createObjectBuilder()
                    .add("id", "urn:greenvalue:trust-list")
                    .add("accreditations", accreditations)
                    .add("organisations", organisations)
                    .build())
            .build();
    String secured =
        new org.greenvalue.credentials.jose.JoseSigner(
                REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()))
            .secure(credential)
            .orElseThrow();
    return TrustListSnapshot.load(
            secured,
            new CredentialVerifier(new DidKeyResolver(), CLOCK),
            Optional.of(did(REGISTRY)))
        .orElseThrow();
  }

  private static JsonObject entry(String did, String role, String type) {
    return JSON.createObjectBuilder()
        .add("did", did)
        .add("role", role)
        .add("credentialType", type)
        .add("accreditedFrom", "2025-01-01T00:00:00Z")
        .add("status", "ACTIVE")
        .build();
  }
}
