package org.greenvalue.credentials.jose;

import java.util.Arrays;
import java.util.Base64;

/**
 * The base64url of JWS (RFC 7515 §2): the URL-safe alphabet with no padding, and only the canonical
 * encoding of each byte string (RFC 4648 §3.5: the unused bits of the last character are zero). The
 * JDK's decoder alone also takes padding and non-zero unused bits, which would give one signature
 * several spellings, each with its own digest.
 */
final class Base64Url {

  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** Each ASCII character's 6-bit value in the base64url alphabet; -1 outside it. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private Base64Url() {}

  /** The bytes of a canonical base64url segment; IllegalArgumentException for anything else. */
  static byte[] decode(String segment) {
    if (segment.indexOf('=') >= 0) {
      throw new IllegalArgumentException("base64url in a JWS carries no '=' padding");
    }
    byte[] bytes = DECODER.decode(segment);
    int trailing = segment.length() % 4;
    if (trailing != 0) {
      int unusedBits = trailing == 2 ? 0x0F : 0x03;
      if ((VALUES[segment.charAt(segment.length() - 1)] & unusedBits) != 0) {
        throw new IllegalArgumentException(
            "base64url is not canonical: its last unused bits are set");
      }
    }
    return bytes;
  }

  /** Whether a segment is canonical base64url. */
  static boolean isCanonical(String segment) {
    try {
      decode(segment);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether {@code c} is one of the 64 characters of the base64url alphabet. */
  static boolean inAlphabet(char c) {
    return c < 128 && VALUES[c] >= 0;
  }
}
