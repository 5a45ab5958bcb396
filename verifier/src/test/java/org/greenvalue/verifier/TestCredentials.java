package org.greenvalue.verifier;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.PreparedBatch;

/**
 * Real credentials for the service and web page tests: did:key issuers, a real pack, a trust list.
 */
public final class TestCredentials {

  public static final SigningKey SUPPLIER = SigningKey.generate(KeyType.ED25519);
  public static final SigningKey ASSURER = SigningKey.generate(KeyType.ED25519);
  public static final SigningKey REGISTRY = SigningKey.generate(KeyType.ED25519);
  public static final Clock CLOCK = Clock.systemUTC();

  private TestCredentials() {}

  public static String did(SigningKey key) {
    return DidKeyResolver.didFor(key.publicKey());
  }

  public static SealedPack pack(Path file) throws IOException {
    return PackBuilder.create()
        .subject("urn:greenvalue:project:kiln-7")
        .addStream(
            "meter-readings.csv",
            "text/csv",
            new ByteArrayInputStream("meter,kwh\nM-1,1520\n".getBytes(StandardCharsets.UTF_8)))
        .addStream(
            "baseline-method.txt",
            "text/plain",
            new ByteArrayInputStream("ISO 14064-2 baseline\n".getBytes(StandardCharsets.UTF_8)))
        .writeTo(file)
        .orElseThrow();
  }

  public static String reduction(
      SealedPack pack, SecuringFormat format, String baseline, String project) {
    return reduction(pack, format, baseline, project, SUPPLIER);
  }

  /** A ΔCO2 credential signed by {@code issuer} (one the trust list may not name). */
  public static String reduction(
      SealedPack pack, SecuringFormat format, String baseline, String project, SigningKey issuer) {
    var period =
        new Period(Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    BigDecimal b = new BigDecimal(baseline);
    BigDecimal p = new BigDecimal(project);
    var subject =
        new EmissionReduction(
            "urn:greenvalue:project:kiln-7",
            "urn:greenvalue:facility:2",
            Optional.empty(),
            "ISO 14064-2",
            b,
            p,
            b.subtract(p),
            period,
            List.of(MeasurementSource.metered("M-1", "meter")),
            new EvidenceBinding(pack.manifestDigest(), new MerkleRoot(pack.merkleRoot().hex())));
    return sign(subject, issuer, format);
  }

  public static String digestOf(String secured) {
    return (secured.startsWith("{")
            ? SecuredCredentialDigests.ofSecuredJson(JsonDocuments.parseObject(secured).value())
            : SecuredCredentialDigests.ofCompactJws(secured))
        .value()
        .toString();
  }

  /** A reasonable, unmodified assurance over {@code claim} and {@code pack}. */
  public static String assurance(String claim, SealedPack pack) {
    return assurance(claim, pack, AssuranceLevel.REASONABLE);
  }

  public static String assurance(String claim, SealedPack pack, AssuranceLevel level) {
    var statement =
        new AssuranceStatement(
            org.greenvalue.common.digest.Sha256Digest.parse(digestOf(claim)).value(),
            Optional.empty(),
            new MerkleRoot(pack.merkleRoot().hex()),
            level,
            AssuranceStatement.ISO_14064_3,
            new BigDecimal("5"),
            AssuranceOpinion.UNMODIFIED,
            new Period(
                Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")),
            "kiln 7",
            new Accreditation("JAB", "VV-1", Accreditation.ISO_14065));
    return sign(statement, ASSURER, SecuringFormat.VC_JWT);
  }

  /** A receipt for the digest alone in a batch, consistent offline (no chain). */
  public static String receipt(String digest) {
    var parsed = org.greenvalue.ledger.anchor.DigestRead.parse(digest);
    var batch = PreparedBatch.of(List.of(parsed));
    return AnchorReceiptJson.write(
        new AnchorReceipt(
            parsed,
            org.greenvalue.ledger.Bytes32.keccakOf("batch"),
            batch.root(),
            batch.proof(0),
            31337,
            "0x5fbdb2315678afecb367f032d93f642f64180aa3",
            "0x" + "ab".repeat(32),
            7,
            Instant.parse("2026-04-02T00:00:00Z")));
  }

  public static String sign(CredentialSubject subject, SigningKey key, SecuringFormat format) {
    var json =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("issuer", did(key))
            .add("validFrom", "2026-04-02T00:00:00Z")
            .build();
    return new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK)
        .sign(json, format)
        .orElseThrow();
  }

  public static String trustList() {
    var entries = JSON.createArrayBuilder();
    entries.add(entry(did(SUPPLIER), "ISSUER", "EmissionReductionCredential"));
    entries.add(entry(did(SUPPLIER), "ISSUER", "ProductCarbonFootprintCredential"));
    entries.add(entry(did(ASSURER), "ASSURANCE_PROVIDER", "AssuranceCredential"));
    var vc =
        VerifiableCredential.builder()
            .type("TrustListCredential")
            .issuer(did(REGISTRY))
            .validFrom(Instant.parse("2026-01-01T00:00:00Z"))
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

  private static jakarta.json.JsonObject entry(String did, String role, String type) {
    return JSON.createObjectBuilder()
        .add("did", did)
        .add("role", role)
        .add("credentialType", type)
        .add("validFrom", "2025-01-01T00:00:00Z")
        .add("status", "ACTIVE")
        .build();
  }
}
