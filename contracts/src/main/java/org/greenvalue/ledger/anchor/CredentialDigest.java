package org.greenvalue.ledger.anchor;

import java.util.HexFormat;
import java.util.regex.Pattern;
import org.greenvalue.ledger.Bytes32;

/**
 * The SHA-256 digest of a credential (or evidence pack), as anchored: written {@code sha256:<64
 * lowercase hex>}, the form the credentials use.
 *
 * @param value the 32 digest bytes
 */
public record CredentialDigest(Bytes32 value) implements DigestRead {
  public static final String PREFIX = "sha256:";
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final int LENGTH = 32;

  /** Reads {@code sha256:<64 lowercase hex>}; anything else comes back as a {@link DigestError}. */
  public static DigestRead read(String text) {
    if (text == null) {
      return new DigestError.Missing();
    }
    int colon = text.indexOf(':');
    if (colon < 0 || !text.substring(0, colon).equals("sha256")) {
      return new DigestError.UnknownAlgorithm(colon < 0 ? "" : text.substring(0, colon));
    }
    String hex = text.substring(PREFIX.length());
    if (!HEX.matcher(hex).matches()) {
      return new DigestError.Malformed(hex.length() > 80 ? hex.substring(0, 80) + "…" : hex);
    }
    return new CredentialDigest(new Bytes32(HexFormat.of().parseHex(hex)));
  }

  /** Reads 32 raw digest bytes; any other length comes back as a {@link DigestError}. */
  public static DigestRead read(byte[] bytes) {
    if (bytes == null) {
      return new DigestError.Missing();
    }
    if (bytes.length != LENGTH) {
      return new DigestError.WrongLength(bytes.length);
    }
    return new CredentialDigest(new Bytes32(bytes));
  }

  /** Reads {@code text}, throwing {@link IllegalArgumentException} with the reason if refused. */
  public static CredentialDigest parse(String text) {
    return switch (read(text)) {
      case CredentialDigest digest -> digest;
      case DigestError error -> throw new IllegalArgumentException(error.reason());
    };
  }

  public byte[] bytes() {
    return value.bytes();
  }

  /** {@code sha256:<64 lowercase hex>}. */
  @Override
  public String toString() {
    return PREFIX + value.toHex().substring(2);
  }
}
