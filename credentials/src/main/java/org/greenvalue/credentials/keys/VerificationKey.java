package org.greenvalue.credentials.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A public key that verifies signatures: Ed25519 through Bouncy Castle's Ed25519 (about ten times
 * the JDK 17 throughput, see docs/benchmarks.md), P-256 through the JDK's ECDSA with IEEE P1363
 * (r||s) signatures as JOSE and Data Integrity use them.
 */
public final class VerificationKey {

  private final KeyType type;
  private final byte[] raw;
  private final Ed25519PublicKeyParameters ed25519;
  private final ECPublicKey p256;

  private VerificationKey(KeyType type, byte[] raw) {
    this.type = type;
    this.raw = raw;
    this.ed25519 = type == KeyType.ED25519 ? new Ed25519PublicKeyParameters(raw, 0) : null;
    this.p256 = type == KeyType.P256 ? P256Curve.publicKey(raw) : null;
  }

  /**
   * A key from its raw encoding: 32 bytes for Ed25519, the 33-byte compressed point for P-256 (an
   * uncompressed 65-byte point is accepted and compressed).
   */
  public static VerificationKey of(KeyType type, byte[] raw) {
    Objects.requireNonNull(type, "type");
    byte[] encoded = type == KeyType.P256 ? P256Curve.compress(raw) : raw.clone();
    if (encoded.length != type.publicKeyLength()) {
      throw new IllegalArgumentException(
          type + " public key must be " + type.publicKeyLength() + " bytes, got " + raw.length);
    }
    return new VerificationKey(type, encoded);
  }

  /** A key from a JCA public key (Ed25519 or EC on secp256r1). */
  public static VerificationKey of(PublicKey key) {
    if (key instanceof ECPublicKey ec) {
      return of(KeyType.P256, P256Curve.encodeUncompressed(ec.getW()));
    }
    byte[] spki = key.getEncoded();
    if ("EdDSA".equals(key.getAlgorithm()) || "Ed25519".equals(key.getAlgorithm())) {
      return of(KeyType.ED25519, Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }
    throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
  }

  public KeyType type() {
    return type;
  }

  /** The raw public key bytes (compressed point for P-256). */
  public byte[] raw() {
    return raw.clone();
  }

  /** For P-256, the affine point; for Ed25519 unsupported. */
  public ECPoint point() {
    if (p256 == null) {
      throw new IllegalStateException("not an EC key");
    }
    return p256.getW();
  }

  /** The key as a JCA {@link PublicKey}. */
  public PublicKey toJca() {
    if (p256 != null) {
      return p256;
    }
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new java.security.spec.X509EncodedKeySpec(ed25519Spki(raw)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 unavailable", e);
    }
  }

  /**
   * Checks a signature over data. Ed25519 signs the data itself; P-256 signs SHA-256(data), the
   * signature being r||s (64 bytes).
   */
  public boolean verify(byte[] data, byte[] signature) {
    if (type == KeyType.ED25519) {
      if (signature.length != 64) {
        return false;
      }
      var verifier = new Ed25519Signer();
      verifier.init(false, ed25519);
      verifier.update(data, 0, data.length);
      return verifier.verifySignature(signature);
    }
    if (signature.length != 64) {
      return false;
    }
    try {
      Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
      ecdsa.initVerify(p256);
      ecdsa.update(data);
      return ecdsa.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static byte[] ed25519Spki(byte[] raw) {
    byte[] prefix = HexFormat.of().parseHex("302a300506032b6570032100");
    byte[] spki = Arrays.copyOf(prefix, prefix.length + 32);
    System.arraycopy(raw, 0, spki, prefix.length, 32);
    return spki;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerificationKey k && k.type == type && Arrays.equals(k.raw, raw);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + Arrays.hashCode(raw);
  }

  @Override
  public String toString() {
    return type + ":" + Multikey.encodePublic(this);
  }
}
