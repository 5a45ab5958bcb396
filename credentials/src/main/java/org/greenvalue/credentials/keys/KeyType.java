package org.greenvalue.credentials.keys;

import java.util.Arrays;
import java.util.Optional;

/**
 * The signature key types this library secures credentials with, with their multicodec prefixes
 * (varint-encoded, from the multiformats table) and JOSE names.
 */
public enum KeyType {
  /** Ed25519 (RFC 8032); raw public key 32 bytes, secret key the 32-byte seed. */
  ED25519(
      "Ed25519", "EdDSA", 32, 32, new byte[] {(byte) 0xed, 0x01}, new byte[] {(byte) 0x80, 0x26}),
  /** NIST P-256 ECDSA with SHA-256; public key as 33-byte SEC1 compressed point. */
  P256("P-256", "ES256", 33, 32, new byte[] {(byte) 0x80, 0x24}, new byte[] {(byte) 0x86, 0x26}),
  /**
   * NIST P-384 ECDSA with SHA-384; public key as 49-byte SEC1 compressed point (multicodec p384-pub
   * 0x1201, p384-priv 0x1307).
   */
  P384("P-384", "ES384", 49, 48, new byte[] {(byte) 0x81, 0x24}, new byte[] {(byte) 0x87, 0x26});

  private final String curve;
  private final String jwsAlgorithm;
  private final int publicKeyLength;
  private final int secretKeyLength;
  private final byte[] publicCodec;
  private final byte[] secretCodec;

  KeyType(
      String curve,
      String jwsAlgorithm,
      int publicKeyLength,
      int secretKeyLength,
      byte[] publicCodec,
      byte[] secretCodec) {
    this.curve = curve;
    this.jwsAlgorithm = jwsAlgorithm;
    this.publicKeyLength = publicKeyLength;
    this.secretKeyLength = secretKeyLength;
    this.publicCodec = publicCodec;
    this.secretCodec = secretCodec;
  }

  /** The curve name as used in JWK {@code crv}. */
  public String curve() {
    return curve;
  }

  /** The JWS {@code alg} (RFC 7518 / RFC 8037). */
  public String jwsAlgorithm() {
    return jwsAlgorithm;
  }

  public int publicKeyLength() {
    return publicKeyLength;
  }

  /** Bytes of the secret: the Ed25519 seed or the ECDSA private scalar. */
  public int secretKeyLength() {
    return secretKeyLength;
  }

  /** Length of a raw signature: 64 for Ed25519 and P-256 (r||s), 96 for P-384. */
  public int signatureLength() {
    return this == P384 ? 96 : 64;
  }

  /** Whether this is an ECDSA key on a NIST curve. */
  public boolean isEcdsa() {
    return this != ED25519;
  }

  byte[] publicCodec() {
    return publicCodec.clone();
  }

  byte[] secretCodec() {
    return secretCodec.clone();
  }

  public static Optional<KeyType> ofJwsAlgorithm(String alg) {
    return Arrays.stream(values()).filter(t -> t.jwsAlgorithm.equals(alg)).findFirst();
  }

  public static Optional<KeyType> ofCurve(String curve) {
    return Arrays.stream(values()).filter(t -> t.curve.equals(curve)).findFirst();
  }
}
