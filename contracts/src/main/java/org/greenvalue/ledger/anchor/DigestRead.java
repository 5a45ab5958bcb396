package org.greenvalue.ledger.anchor;

import java.util.Objects;
import org.greenvalue.common.digest.Sha256Digest;

/**
 * What reading one digest handed in for anchoring gives: a {@link Valid} {@link Sha256Digest}, or
 * the {@link DigestError} saying why it was refused.
 */
public sealed interface DigestRead permits DigestRead.Valid, DigestError {

  /** A digest that was read: written {@code sha256:<64 lowercase hex>} or given as 32 bytes. */
  record Valid(Sha256Digest digest) implements DigestRead {
    public Valid {
      Objects.requireNonNull(digest, "digest");
    }
  }

  /** Reads {@code sha256:<64 lowercase hex>}; anything else comes back as a {@link DigestError}. */
  static DigestRead read(String text) {
    if (text == null) {
      return new DigestError.Missing();
    }
    int colon = text.indexOf(':');
    if (colon < 0 || !text.substring(0, colon).equals("sha256")) {
      return new DigestError.UnknownAlgorithm(colon < 0 ? "" : text.substring(0, colon));
    }
    String hex = text.substring(Sha256Digest.PREFIX.length());
    if (!isLowercaseHex64(hex)) {
      return new DigestError.Malformed(hex.length() > 80 ? hex.substring(0, 80) + "…" : hex);
    }
    return new Valid(new Sha256Digest(hex));
  }

  /** Reads 32 raw digest bytes; any other length comes back as a {@link DigestError}. */
  static DigestRead read(byte[] bytes) {
    if (bytes == null) {
      return new DigestError.Missing();
    }
    if (bytes.length != 32) {
      return new DigestError.WrongLength(bytes.length);
    }
    return new Valid(Sha256Digest.fromBytes(bytes));
  }

  /** Reads {@code text}, throwing {@link IllegalArgumentException} with the reason if refused. */
  static Sha256Digest parse(String text) {
    return switch (read(text)) {
      case Valid valid -> valid.digest();
      case DigestError error -> throw new IllegalArgumentException(error.reason());
    };
  }

  private static boolean isLowercaseHex64(String hex) {
    return hex.length() == 64
        && hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
}
