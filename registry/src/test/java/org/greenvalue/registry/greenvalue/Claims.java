package org.greenvalue.registry.greenvalue;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.Accreditation;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.MeasurementSource;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.BatchOutcome;

/**
 * Test credentials built with the credentials library and signed with did:key keys: ΔCO2 claims,
 * assurance statements about them, and anchor receipts for their digests from the real chain.
 */
public final class Claims {
  public static final String ROOT = "c0ffee".repeat(10) + "abcd";
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private Claims() {}

  /** A fresh did:key issuer. */
  public record Issuer(SigningKey key, String did) {
    public static Issuer generate() {
      SigningKey key = SigningKey.generate(KeyType.ED25519);
      return new Issuer(key, DidKeyResolver.didFor(key.publicKey()));
    }

    /** An issuer that claims a did:web DID (whose document nobody serves). */
    public static Issuer web(String host) {
      return new Issuer(SigningKey.generate(KeyType.ED25519), "did:web:" + host);
    }

    public CredentialSigner signer() {
      String method =
          did.startsWith("did:key:") ? DidKeyResolver.methodFor(key.publicKey()) : did + "#key-1";
      return new CredentialSigner(key, method, java.time.Clock.systemUTC());
    }
  }

  /** The subject of a reduction of {@code reduction} tCO2e for a fresh project. */
  public static EmissionReduction reduction(String reduction) {
    return reduction("urn:project:" + UUID.randomUUID(), "facility-1", START, reduction);
  }

  public static EmissionReduction reduction(
      String project, String facility, Instant start, String reduction) {
    BigDecimal delta = new BigDecimal(reduction);
    BigDecimal baseline = delta.add(new BigDecimal("100"));
    return new EmissionReduction(
        project,
        facility,
        Optional.empty(),
        "ISO 14064-2",
        baseline,
        new BigDecimal("100"),
        delta,
        new Period(start, start.plus(365, ChronoUnit.DAYS)),
        List.of(MeasurementSource.metered("meter-1", "main gas meter")),
        new EvidenceBinding(Sha256Digest.ofUtf8("manifest"), new MerkleRoot(ROOT)));
  }

  public static String sign(
      Issuer issuer, SubjectKind kind, JsonObject subject, SecuringFormat format) {
    return sign(issuer, kind, subject, format, Instant.now().minus(1, ChronoUnit.HOURS));
  }

  public static String sign(
      Issuer issuer, SubjectKind kind, JsonObject subject, SecuringFormat format, Instant from) {
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .id("urn:uuid:" + UUID.randomUUID())
            .type(kind.credentialType())
            .issuer(issuer.did())
            .validFrom(from.truncatedTo(ChronoUnit.SECONDS))
            .credentialSubject(subject)
            .build()
            .json();
    return issuer.signer().sign(credential, format).orElseThrow();
  }

  public static String digest(String secured) {
    return (secured.startsWith("{")
            ? SecuredCredentialDigests.ofSecuredJson(
                JsonDocuments.parseObject(secured).orElseThrow())
            : SecuredCredentialDigests.ofCompactJws(secured))
        .orElseThrow()
        .toString();
  }

  public static JsonObject assurance(String assuredDigest, String root, AssuranceOpinion opinion) {
    return assurance(assuredDigest, root, AssuranceLevel.REASONABLE, opinion);
  }

  public static JsonObject assurance(
      String assuredDigest, String root, AssuranceLevel level, AssuranceOpinion opinion) {
    return new AssuranceStatement(
            Sha256Digest.parse(assuredDigest).orElseThrow(),
            Optional.empty(),
            new MerkleRoot(root),
            level,
            AssuranceStatement.ISO_14064_3,
            new BigDecimal("5"),
            opinion,
            new Period(START, START.plus(365, ChronoUnit.DAYS)),
            "ΔCO2 claim and evidence pack",
            new Accreditation("DAkkS", "D-VS-12345", Accreditation.ISO_14065))
        .toJson();
  }

  /** Anchors {@code digest} directly on the test chain and returns its receipt as JSON. */
  public static String anchor(Ledger ledger, String digest) {
    BatchOutcome outcome =
        AnchorBatcher.of(ledger)
            .anchorTexts(Bytes32.keccakOf("test-batch-" + UUID.randomUUID()), List.of(digest));
    if (!(outcome instanceof BatchOutcome.Anchored anchored)) {
      throw new AssertionError("not anchored: " + outcome);
    }
    return AnchorReceiptJson.write(anchored.receipts().getFirst());
  }

  /** The JSON value of a secured credential inside a request body: an object or a JWS string. */
  public static String asJsonValue(String secured) {
    return secured.startsWith("{") ? secured : JSON.createValue(secured).toString();
  }
}
