package org.greenvalue.verification;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
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

/** Real credentials, packs and trust lists for tests, signed with fresh did:key keys. */
final class Issued {

  static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SigningKey SUPPLIER = SigningKey.generate(KeyType.ED25519);
  static final SigningKey SUPPLIER_P256 = SigningKey.generate(KeyType.P256);
  static final SigningKey ASSURER = SigningKey.generate(KeyType.ED25519);
  static final SigningKey REGISTRY = SigningKey.generate(KeyType.ED25519);
  static final SigningKey STRANGER = SigningKey.generate(KeyType.ED25519);
  static final Instant ISSUED = Instant.parse("2025-06-01T00:00:00Z");

  private Issued() {}

  static String did(SigningKey key) {
    return DidKeyResolver.didFor(key.publicKey());
  }

  static SealedPack pack(Path file) throws IOException {
    return PackBuilder.create()
        .subject("urn:greenvalue:project:kiln-7")
        .addStream(
            "meters/electricity.csv",
            "text/csv",
            new ByteArrayInputStream(
                "meter,kwh\nM-1,1200\nM-2,980\n".getBytes(StandardCharsets.UTF_8)))
        .addStream(
            "reports/baseline.txt",
            "text/plain",
            new ByteArrayInputStream("baseline 1000 t".getBytes(StandardCharsets.UTF_8)))
        .writeTo(file)
        .orElseThrow();
  }

  static EmissionReduction reductionSubject(SealedPack pack, String baseline, String project) {
    BigDecimal b = new BigDecimal(baseline);
    BigDecimal p = new BigDecimal(project);
    return new EmissionReduction(
        "urn:greenvalue:project:kiln-7",
        "urn:greenvalue:facility:plant-2",
        Optional.empty(),
        "ISO 14064-2",
        b,
        p,
        b.subtract(p),
        new Period(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z")),
        List.of(MeasurementSource.metered("M-1", "electricity meter")),
        new EvidenceBinding(pack.manifestDigest(), new MerkleRoot(pack.merkleRoot().hex())));
  }

  static String sign(CredentialSubject subject, SigningKey key, SecuringFormat format) {
    JsonObject credential =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("id", "urn:uuid:" + java.util.UUID.randomUUID())
            .add("issuer", did(key))
            .add("validFrom", ISSUED.toString())
            .build();
    String secured =
        new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK)
            .sign(credential, format)
            .orElseThrow();
    return format == SecuringFormat.ECDSA_SD_2023 ? disclosingEverything(secured) : secured;
  }

  /** What a verifier gets of an ecdsa-sd-2023 base proof: a derived proof revealing it all. */
  static String disclosingEverything(String base) {
    JsonObject credential = org.greenvalue.credentials.json.JsonDocuments.parseObject(base).value();
    List<String> everything =
        credential.keySet().stream()
            .filter(k -> !k.equals("@context") && !k.equals("proof"))
            .map(k -> "/" + k)
            .toList();
    return org.greenvalue.credentials.json.JsonDocuments.write(
        org.greenvalue.credentials.dataintegrity.sd.EcdsaSdDeriver.derive(credential, everything)
            .value());
  }

  static String reduction(SealedPack pack, SecuringFormat format) {
    SigningKey key = format.accepts(SUPPLIER.type()) ? SUPPLIER : SUPPLIER_P256;
    return sign(reductionSubject(pack, "1000.500", "850.250"), key, format);
  }

  static String digestOf(String secured) {
    return secured.strip().startsWith("{")
        ? SecuredCredentialDigests.ofSecuredJson(
                org.greenvalue.credentials.json.JsonDocuments.parseObject(secured).value())
            .value()
            .toString()
        : SecuredCredentialDigests.ofCompactJws(secured).value().toString();
  }

  static String assurance(
      String claim, SealedPack pack, AssuranceLevel level, AssuranceOpinion opinion) {
    var statement =
        new AssuranceStatement(
            org.greenvalue.common.digest.Sha256Digest.parse(digestOf(claim)).value(),
            Optional.empty(),
            new MerkleRoot(pack.merkleRoot().hex()),
            level,
            AssuranceStatement.ISO_14064_3,
            new BigDecimal("5"),
            opinion,
            new Period(
                Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z")),
            "ΔCO2 of kiln 7",
            new Accreditation("JAB", "VV-0042", Accreditation.ISO_14065));
    return sign(statement, ASSURER, SecuringFormat.EDDSA_RDFC_2022);
  }

  /**
   * A trust list, in the registry's TrustListCredential shape, accrediting the supplier and
   * assurer.
   */
  static String trustList(SigningKey signer) {
    return trustList(signer, Optional.empty());
  }

  /** The same, with the supplier's accreditation ending at {@code supplierUntil}. */
  static String trustList(SigningKey signer, Optional<Instant> supplierUntil) {
    return trustList(signer, supplierUntil, Optional.empty());
  }

  /** The same, carrying {@code organisations} ({@code [{"id", "dids"}]}) as well. */
  static String trustList(
      SigningKey signer,
      Optional<Instant> supplierUntil,
      Optional<jakarta.json.JsonArray> organisations) {
    var entries =
        JSON.createArrayBuilder()
            .add(
                withUntil(
                    entry(did(SUPPLIER), "ISSUER", "EmissionReductionCredential", "ACTIVE"),
                    supplierUntil))
            .add(entry(did(SUPPLIER_P256), "ISSUER", "EmissionReductionCredential", "ACTIVE"))
            .add(entry(did(SUPPLIER), "ISSUER", "ProductCarbonFootprintCredential", "ACTIVE"))
            .add(entry(did(ASSURER), "ASSURANCE_PROVIDER", "AssuranceCredential", "ACTIVE"))
            .add(entry(did(STRANGER), "ISSUER", "EmissionReductionCredential", "SUSPENDED"));
    var credential =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(did(signer))
            .validFrom(NOW)
            .credentialSubject(
                organisations
                    .map(
                        o ->
                            JSON.createObjectBuilder()
                                .add("id", "urn:greenvalue:trust-list")
                                .add("accreditations", entries)
                                .add("organisations", o))
                    .orElseGet(
                        () ->
                            JSON.createObjectBuilder()
                                .add("id", "urn:greenvalue:trust-list")
                                .add("accreditations", entries))
                    .build())
            .build();
    return new org.greenvalue.credentials.jose.JoseSigner(
            signer, DidKeyResolver.methodFor(signer.publicKey()))
        .secure(credential)
        .orElseThrow();
  }

  /** The supplier trust list, also carrying DID histories under {@code didHistory}. */
  static String trustListWithHistory(SigningKey signer, JsonObject... histories) {
    var list = JSON.createArrayBuilder();
    for (JsonObject h : histories) {
      list.add(h);
    }
    var credential =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(did(signer))
            .validFrom(NOW)
            .credentialSubject(
                JSON.createObjectBuilder()
                    .add("id", "urn:greenvalue:trust-list")
                    .add("accreditations", JSON.createArrayBuilder())
                    .add("didHistory", list)
                    .build())
            .build();
    return new org.greenvalue.credentials.jose.JoseSigner(
            signer, DidKeyResolver.methodFor(signer.publicKey()))
        .secure(credential)
        .orElseThrow();
  }

  private static JsonObject withUntil(JsonObject entry, Optional<Instant> until) {
    return until
        .map(u -> JSON.createObjectBuilder(entry).add("accreditedUntil", u.toString()).build())
        .orElse(entry);
  }

  /** A receipt for the digest alone in a batch, consistent offline, anchored at {@code time}. */
  static String receipt(String digest, Instant time) {
    var parsed = org.greenvalue.ledger.anchor.DigestRead.parse(digest);
    var batch = org.greenvalue.ledger.anchor.PreparedBatch.of(List.of(parsed));
    return org.greenvalue.ledger.anchor.AnchorReceiptJson.write(
        new org.greenvalue.ledger.anchor.AnchorReceipt(
            parsed,
            org.greenvalue.ledger.Bytes32.keccakOf("batch"),
            batch.root(),
            batch.proof(0),
            31337,
            "0x5fbdb2315678afecb367f032d93f642f64180aa3",
            "0x" + "ab".repeat(32),
            7,
            time));
  }

  private static JsonObject entry(String did, String role, String type, String status) {
    return JSON.createObjectBuilder()
        .add("did", did)
        .add("role", role)
        .add("credentialType", type)
        .add("accreditedFrom", "2025-01-01T00:00:00Z")
        .add("status", status)
        .build();
  }
}
