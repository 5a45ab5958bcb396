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
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A public key that verifies signatures: Ed25519 through Bouncy Castle's Ed25519 (about ten times
 * the JDK 17 throughput, see docs/benchmarks.md), P-256 and P-384 through the JDK's ECDSA with IEEE
 * P1363 (r||s) signatures as JOSE and Data Integrity use them.
 */
public final class VerificationKey {

  private final KeyType type;
  private final byte[] raw;
  private final Ed25519PublicKeyParameters ed25519;
  private final ECPublicKey ec;

  private VerificationKey(KeyType type, byte[] raw) {
    this.type = type;
    this.raw = raw;
    this.ed25519 = type == KeyType.ED25519 ? new Ed25519PublicKeyParameters(raw, 0) : null;
    this.ec = type.isEcdsa() ? EcCurve.of(type).publicKey(raw) : null;
  }

  /**
   * A key from its raw encoding: 32 bytes for Ed25519, the compressed point for P-256 (33 bytes)
   * and P-384 (49 bytes); an uncompressed point is accepted and compressed.
   */
  public static VerificationKey of(KeyType type, byte[] raw) {
    Objects.requireNonNull(type, "type");
    byte[] encoded = type.isEcdsa() ? EcCurve.of(type).compress(raw) : raw.clone();
    if (encoded.length != type.publicKeyLength()) {
      throw new IllegalArgumentException(
          type + " public key must be " + type.publicKeyLength() + " bytes, got " + raw.length);
    }
    return new VerificationKey(type, encoded);
  }

  /** A key from a JCA public key (Ed25519, or EC on secp256r1 or secp384r1). */
  public static VerificationKey of(PublicKey key) {
    if (key instanceof ECPublicKey ec) {
      EcCurve curve = EcCurve.ofJca(ec.getParams());
      KeyType type = curve == EcCurve.P384 ? KeyType.P384 : KeyType.P256;
      return of(type, curve.encodeUncompressed(ec.getW()));
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

  /** The raw public key bytes (compressed point for ECDSA keys). */
  public byte[] raw() {
    return raw.clone();
  }

  /** For ECDSA keys, the affine point; for Ed25519 unsupported. */
  public ECPoint point() {
    if (ec == null) {
      throw new IllegalStateException("not an EC key");
    }
    return ec.getW();
  }

  /** The key as a JCA {@link PublicKey}. */
  public PublicKey toJca() {
    if (ec != null) {
      return ec;
    }
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new java.security.spec.X509EncodedKeySpec(ed25519Spki(raw)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 unavailable", e);
    }
  }

  /**
   * Checks a signature over data. Ed25519 signs the data itself; P-256 signs SHA-256(data) and
   * P-384 SHA-384(data), the signature being r||s (64 or 96 bytes).
   */
  public boolean verify(byte[] data, byte[] signature) {
    if (type == KeyType.ED25519) {
      if (signature.length != 64) {
        return false;
      }
      // Pure Ed25519 (RFC 8032 §5.1.7), no context: the data is not copied into a signer's buffer.
      return ed25519.verify(Ed25519.Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
    }
    if (signature.length != type.signatureLength()) {
      return false;
    }
    try {
      Signature ecdsa = Signature.getInstance(EcCurve.of(type).signatureAlgorithm());
      ecdsa.initVerify(ec);
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
