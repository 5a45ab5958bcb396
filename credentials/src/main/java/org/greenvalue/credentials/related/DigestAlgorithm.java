package org.greenvalue.credentials.related;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The hash functions a {@code digestSRI} or {@code digestMultibase} may name: the SHA-2 family that
 * Subresource Integrity allows, with their multihash codes.
 */
public enum DigestAlgorithm {
  SHA256("sha256", 0x12, 32, "SHA-256"),
  SHA384("sha384", 0x20, 48, "SHA-384"),
  SHA512("sha512", 0x13, 64, "SHA-512");

  private final String sriName;
  private final int multihashCode;
  private final int length;
  private final String jcaName;

  DigestAlgorithm(String sriName, int multihashCode, int length, String jcaName) {
    this.sriName = sriName;
    this.multihashCode = multihashCode;
    this.length = length;
    this.jcaName = jcaName;
  }

  public String sriName() {
    return sriName;
  }

  int multihashCode() {
    return multihashCode;
  }

  /** Digest length in bytes. */
  public int length() {
    return length;
  }

  static Optional<DigestAlgorithm> bySriName(String name) {
    return Arrays.stream(values()).filter(a -> a.sriName.equals(name)).findFirst();
  }

  static Optional<DigestAlgorithm> byMultihashCode(int code) {
    return Arrays.stream(values()).filter(a -> a.multihashCode == code).findFirst();
  }

  byte[] digest(byte[] content) {
    try {
      return MessageDigest.getInstance(jcaName).digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jcaName + " is a required JCA algorithm", e);
    }
  }
}
