package org.greenvalue.credentials.dataintegrity.sd;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.dataintegrity.RdfcCanonicalization;

/**
 * The hashes ecdsa-sd-2023 signs (vc-di-ecdsa §3.5.1 "serializeSignData"): SHA-256 of the canonical
 * proof configuration, the proof-scoped public key, SHA-256 of the joined mandatory statements.
 */
final class SdHashes {

  private SdHashes() {}

  /** The proof without its value, with the document's {@code @context}. */
  static Result<byte[]> proofHash(JsonObject proof, JsonObject document) {
    var config = JSON.createObjectBuilder(proof).remove("proofValue").remove("@context");
    if (document.containsKey("@context")) {
      config.add("@context", document.get("@context"));
    }
    return RdfcCanonicalization.standard().canonicalize(config.build()).map(SdHashes::sha256);
  }

  static byte[] signData(byte[] proofHash, byte[] publicKey, List<String> mandatory) {
    byte[] mandatoryHash = sha256(String.join("", mandatory));
    byte[] out = new byte[proofHash.length + publicKey.length + mandatoryHash.length];
    System.arraycopy(proofHash, 0, out, 0, proofHash.length);
    System.arraycopy(publicKey, 0, out, proofHash.length, publicKey.length);
    System.arraycopy(mandatoryHash, 0, out, proofHash.length + publicKey.length, 32);
    return out;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
