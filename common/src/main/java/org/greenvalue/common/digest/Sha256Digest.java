package org.greenvalue.common.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * A SHA-256 digest written as {@code sha256:<64 lowercase hex>}, the form every credential subject
 * uses to commit to a document (an evidence pack manifest, another credential). Evidence pack
 * manifests write the same digest as bare hex ({@link #hex()}).
 *
 * @param hex the 64 lowercase hexadecimal characters of the digest
 */
public record Sha256Digest(String hex) {

  /** The prefix naming the algorithm. */
  public static final String PREFIX = "sha256:";

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Sha256Digest {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a SHA-256 digest is 64 lowercase hex characters");
    }
  }

  /** The digest of the given bytes. */
  public static Sha256Digest of(byte[] bytes) {
    return new Sha256Digest(HexFormat.of().formatHex(sha256(bytes)));
  }

  /** Wraps the 32 bytes of an already computed SHA-256 digest. */
  public static Sha256Digest fromBytes(byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, got " + digest.length);
    }
    return new Sha256Digest(HexFormat.of().formatHex(digest));
  }

  /** The digest of the UTF-8 bytes of the given text. */
  public static Sha256Digest ofUtf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads {@code sha256:<64 lowercase hex>}; anything else is a failure naming what is wrong. */
  public static Result<Sha256Digest> parse(String text) {
    if (text == null) {
      return Result.failure("no digest given");
    }
    if (!text.startsWith(PREFIX)) {
      return Result.failure("digest must start with '" + PREFIX + "'");
    }
    String hex = text.substring(PREFIX.length());
    if (!HEX.matcher(hex).matches()) {
      return Result.failure("digest must be 'sha256:' followed by 64 lowercase hex characters");
    }
    return Result.success(new Sha256Digest(hex));
  }

  /**
   * Reads 64 lowercase hex characters, with or without the {@code sha256:} prefix, as evidence pack
   * manifests and disclosures write them; anything else is a failure.
   */
  public static Result<Sha256Digest> parseLenient(String text) {
    String hex = text != null && text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    if (hex == null || !HEX.matcher(hex).matches()) {
      return Result.failure("not a SHA-256 digest (64 lowercase hex characters): '" + text + "'");
    }
    return Result.success(new Sha256Digest(hex));
  }

  /** The 32 raw bytes of the digest. */
  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + hex;
  }
}
