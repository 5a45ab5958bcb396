package org.greenvalue.evidence.hash;

import java.util.HexFormat;
import java.util.regex.Pattern;
import org.greenvalue.evidence.check.Result;

/**
 * A SHA-256 digest. Rendered as lowercase hex in manifests ({@link #hex()}) and as {@code
 * sha256:<hex>} where a digest stands alone, e.g. the manifest digest ({@link #toString()}).
 *
 * @param hex 64 lowercase hex characters
 */
public record Digest(String hex) {
  private static final String PREFIX = "sha256:";
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public Digest {
    if (hex == null || !HEX64.matcher(hex).matches()) {
      throw new IllegalArgumentException("a SHA-256 digest is 64 lowercase hex characters");
    }
  }

  /** Wraps 32 raw digest bytes. */
  public static Digest of(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, got " + bytes.length);
    }
    return new Digest(HexFormat.of().formatHex(bytes));
  }

  /** Parses lowercase hex, with or without the {@code sha256:} prefix. */
  public static Result<Digest> parse(String text) {
    String hex = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    if (!HEX64.matcher(hex).matches()) {
      return Result.err("not a SHA-256 digest (64 lowercase hex characters): '" + text + "'");
    }
    return Result.ok(new Digest(hex));
  }

  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  /** {@code sha256:<hex>}. */
  @Override
  public String toString() {
    return PREFIX + hex;
  }
}
