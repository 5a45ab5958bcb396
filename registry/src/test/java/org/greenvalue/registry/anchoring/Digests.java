package org.greenvalue.registry.anchoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Fresh {@code sha256:<hex>} digests for the tests. */
final class Digests {
  private Digests() {}

  static String fresh() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(String digest) {
    return "{\"digest\":\"" + digest + "\"}";
  }
}
