package org.greenvalue.ledger.anchor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/** Test digests: SHA-256 of fresh labels, as {@code sha256:<hex>} text or raw bytes. */
final class Digests {
  private static final AtomicLong COUNTER = new AtomicLong();

  private Digests() {}

  static byte[] sha256(String text) {
    return sha256Bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] sha256Bytes(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String label) {
    return "sha256:" + HexFormat.of().formatHex(sha256(label));
  }

  /** {@code count} distinct digests nobody anchored before. */
  static List<String> fresh(int count) {
    long run = COUNTER.incrementAndGet();
    return IntStream.range(0, count)
        .mapToObj(i -> text("credential-" + run + "-" + i + "-" + System.nanoTime()))
        .toList();
  }
}
