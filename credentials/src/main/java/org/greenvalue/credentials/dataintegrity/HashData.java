package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.KeyType;

/**
 * The bytes a cryptosuite signs: hash(canonical proof configuration) followed by hash(canonical
 * document), as every suite here specifies (e.g. vc-di-eddsa §3.2.4 "Hashing").
 */
final class HashData {

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(() -> digest("SHA-256"));

  private HashData() {}

  /** For a signature by a key of the suite's own key type. */
  static Result<byte[]> of(Cryptosuite suite, JsonObject proofConfig, JsonObject document) {
    return of(suite, suite.keyType(), proofConfig, document);
  }

  /** For a signature by a key of {@code keyType}, whose curve may choose the hash. */
  static Result<byte[]> of(
      Cryptosuite suite, KeyType keyType, JsonObject proofConfig, JsonObject document) {
    var canonicalization = suite.canonicalization();
    String algorithm = suite.hashAlgorithm(keyType);
    return canonicalization
        .canonicalize(proofConfig)
        .flatMap(
            config ->
                canonicalization
                    .canonicalize(document)
                    .map(doc -> concat(hash(algorithm, config), hash(algorithm, doc))));
  }

  /**
   * The same construction over URDNA2015 (RDFC-1.0) and SHA-256, as the legacy Linked Data proof
   * types ({@link LegacyProofSuite}) hash.
   */
  static Result<byte[]> ofLegacy(JsonObject proofConfig, JsonObject document) {
    var canonicalization = RdfcCanonicalization.standard();
    return canonicalization
        .canonicalize(proofConfig)
        .flatMap(
            config ->
                canonicalization
                    .canonicalize(document)
                    .map(doc -> concat(sha256(config), sha256(doc))));
  }

  private static byte[] sha256(String canonical) {
    return SHA_256.get().digest(canonical.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hash(Cryptosuite suite, String canonical) {
    return hash(suite.hashAlgorithm(), canonical);
  }

  static byte[] hash(String algorithm, String canonical) {
    MessageDigest digest = "SHA-256".equals(algorithm) ? SHA_256.get() : digest(algorithm);
    return digest.digest(canonical.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }
}
