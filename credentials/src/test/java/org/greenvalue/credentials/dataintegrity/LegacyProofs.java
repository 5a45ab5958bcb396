package org.greenvalue.credentials.dataintegrity;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * Test-only creation of legacy proofs (production only verifies them): the hash data as {@link
 * HashData#ofLegacy} builds it, signed as each suite's specification says.
 */
final class LegacyProofs {

  private LegacyProofs() {}

  /** The document with an {@code Ed25519Signature2020} proof added. */
  static JsonObject ed25519Signature2020(
      JsonObject document, SigningKey key, String method, String purpose, String created) {
    JsonObject options = options(Ed25519Signature2020.TYPE, method, purpose, created);
    byte[] signature = key.sign(hashData(document, options));
    return withProof(document, options, "proofValue", ProofValue.encode(signature));
  }

  /** The document with a {@code JsonWebSignature2020} proof (detached, unencoded JWS) added. */
  static JsonObject jsonWebSignature2020(
      JsonObject document, SigningKey key, String method, String purpose, String created) {
    JsonObject options = options(JsonWebSignature2020.TYPE, method, purpose, created);
    String alg = key.type() == KeyType.ED25519 ? "EdDSA" : "ES256";
    Base64URL header =
        Base64URL.encode(
            ("{\"alg\":\"" + alg + "\",\"b64\":false,\"crit\":[\"b64\"]}")
                .getBytes(StandardCharsets.UTF_8));
    byte[] payload = hashData(document, options);
    byte[] head = (header + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] input = Arrays.copyOf(head, head.length + payload.length);
    System.arraycopy(payload, 0, input, head.length, payload.length);
    String jws = header + ".." + Base64URL.encode(key.sign(input));
    return withProof(document, options, "jws", jws);
  }

  static byte[] hashData(JsonObject document, JsonObject options) {
    JsonObject config =
        JSON.createObjectBuilder(options).add("@context", document.get("@context")).build();
    JsonObject unsecured = JSON.createObjectBuilder(document).remove("proof").build();
    return HashData.ofLegacy(config, unsecured).value();
  }

  private static JsonObject options(String type, String method, String purpose, String created) {
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("created", created)
        .add("verificationMethod", method)
        .add("proofPurpose", purpose)
        .build();
  }

  private static JsonObject withProof(
      JsonObject document, JsonObject options, String property, String value) {
    JsonObject proof = JSON.createObjectBuilder(options).add(property, value).build();
    return JSON.createObjectBuilder(document).add("proof", proof).build();
  }
}
