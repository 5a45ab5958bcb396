package org.greenvalue.evidence.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with the domain separation of RFC 9162 §2.1.1: leaves are hashed as {@code SHA-256(0x00
 * || data)}, interior nodes as {@code SHA-256(0x01 || left || right)}, so a leaf can never be
 * passed off as a node.
 *
 * <p>Holds one {@link MessageDigest}; not thread-safe. Create one per thread.
 */
public final class MerkleHasher {
  /** Length in bytes of every hash this class produces. */
  public static final int HASH_LENGTH = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  private final MessageDigest digest;

  public MerkleHasher() {
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /** Returns {@code SHA-256(0x00 || data)}. */
  public byte[] leafHash(byte[] data) {
    digest.update(LEAF_PREFIX);
    digest.update(data);
    return digest.digest();
  }

  /**
   * Writes {@code SHA-256(0x01 || left || right)} to {@code out} at {@code outOffset}. The output
   * may overlap either input: both are consumed before the result is written.
   */
  void node(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
    digest.update(NODE_PREFIX);
    digest.update(left, leftOffset, HASH_LENGTH);
    digest.update(right, rightOffset, HASH_LENGTH);
    try {
      digest.digest(out, outOffset, HASH_LENGTH);
    } catch (DigestException e) {
      throw new IllegalStateException("output slot is too small for SHA-256", e);
    }
  }

  /** Returns {@code SHA-256(0x01 || left || right)}. */
  public byte[] nodeHash(byte[] left, byte[] right) {
    requireHash(left);
    requireHash(right);
    byte[] out = new byte[HASH_LENGTH];
    node(left, 0, right, 0, out, 0);
    return out;
  }

  static void requireHash(byte[] hash) {
    if (hash == null || hash.length != HASH_LENGTH) {
      throw new IllegalArgumentException("a Merkle hash must be exactly 32 bytes");
    }
  }
}
