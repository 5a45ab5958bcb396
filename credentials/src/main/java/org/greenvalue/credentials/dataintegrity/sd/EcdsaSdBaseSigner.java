package org.greenvalue.credentials.dataintegrity.sd;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * The issuer's side of ecdsa-sd-2023 (vc-di-ecdsa §3.3.1 "Add Base Proof", §3.4.? "Base Proof
 * Transformation", "Base Proof Serialization"): a fresh HMAC key relabels blank nodes, the
 * statements the mandatory pointers select are covered by the issuer's signature together with a
 * fresh proof-scoped P-256 key, and every other statement is signed by that key on its own.
 */
public final class EcdsaSdBaseSigner {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SigningKey key;
  private final String verificationMethod;
  private final Clock clock;

  public EcdsaSdBaseSigner(SigningKey key, String verificationMethod, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.verificationMethod = Objects.requireNonNull(verificationMethod, "verificationMethod");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The document with a base proof; refused for a non-P-256 key or a pointer matching nothing. */
  public Result<JsonObject> sign(JsonObject document, List<String> mandatoryPointers) {
    if (key.type() != KeyType.P256) {
      return Result.failure("ecdsa-sd-2023 signs with P256 keys, not " + key.type());
    }
    if (document.containsKey("proof")) {
      return Result.failure("ecdsa-sd-2023 base proofs are made on documents without a proof");
    }
    if (!document.containsKey("@context")) {
      return Result.failure("ecdsa-sd-2023 needs a JSON-LD document: it has no @context");
    }
    byte[] hmacKey = new byte[32];
    RANDOM.nextBytes(hmacKey);
    var grouped =
        StatementGroups.of(
            document,
            ids -> HmacLabels.of(hmacKey, ids),
            Map.of("mandatory", List.copyOf(mandatoryPointers)));
    if (!grouped.succeeded()) {
      return Result.failure(grouped.reason());
    }
    var mandatory = grouped.value().groups().get("mandatory");
    JsonObject proof =
        JSON.createObjectBuilder()
            .add("type", "DataIntegrityProof")
            .add("cryptosuite", EcdsaSd2023.NAME)
            .add(
                "created",
                DateTimeFormatter.ISO_INSTANT.format(
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)))
            .add("verificationMethod", verificationMethod)
            .add("proofPurpose", "assertionMethod")
            .build();
    var proofHash = SdHashes.proofHash(proof, document);
    if (!proofHash.succeeded()) {
      return Result.failure(proofHash.reason());
    }
    SigningKey proofKey = SigningKey.generate(KeyType.P256);
    byte[] publicKey = multikeyBytes(proofKey);
    List<byte[]> signatures = new ArrayList<>();
    for (String statement : mandatory.nonMatching().values()) {
      signatures.add(proofKey.sign(statement.getBytes(StandardCharsets.UTF_8)));
    }
    byte[] signData =
        SdHashes.signData(
            proofHash.value(), publicKey, new ArrayList<>(mandatory.matching().values()));
    String proofValue =
        SdProofValues.encode(
            new BaseProof(key.sign(signData), publicKey, hmacKey, signatures, mandatoryPointers));
    return Result.success(
        JSON.createObjectBuilder(document)
            .add("proof", JSON.createObjectBuilder(proof).add("proofValue", proofValue))
            .build());
  }

  private static byte[] multikeyBytes(SigningKey key) {
    byte[] raw = key.publicKey().raw();
    byte[] out = new byte[2 + raw.length];
    out[0] = (byte) 0x80;
    out[1] = 0x24;
    System.arraycopy(raw, 0, out, 2, raw.length);
    return out;
  }
}
