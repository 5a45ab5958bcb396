package org.greenvalue.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.greenvalue.common.digest.Sha256Digest;
import org.web3j.crypto.Hash;

/** A 32-byte value as the contracts store it: ids, Merkle roots, digests, hashed names. */
public record Bytes32(byte[] bytes) {
  public static final Bytes32 ZERO = new Bytes32(new byte[32]);
  private static final HexFormat HEX = HexFormat.of();

  public Bytes32 {
    if (bytes == null || bytes.length != 32) {
      throw new IllegalArgumentException("a Bytes32 needs exactly 32 bytes");
    }
    bytes = bytes.clone();
  }

  /** Parses 64 hex digits, with or without a {@code 0x} prefix. */
  public static Bytes32 fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 64) {
      throw new IllegalArgumentException("a Bytes32 needs 64 hex digits, got " + digits.length());
    }
    return new Bytes32(HEX.parseHex(digits));
  }

  /** The 32 bytes of a SHA-256 digest, as the anchor and ledger contracts store it. */
  public static Bytes32 of(Sha256Digest digest) {
    return new Bytes32(digest.bytes());
  }

  /** The Keccak-256 hash of the UTF-8 text, as Solidity's {@code keccak256(bytes(text))}. */
  public static Bytes32 keccakOf(String text) {
    return new Bytes32(Hash.sha3(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public boolean isZero() {
    return Arrays.equals(bytes, ZERO.bytes);
  }

  public String toHex() {
    return "0x" + HEX.formatHex(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes32 that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
