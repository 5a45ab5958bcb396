package org.greenvalue.credentials.keys;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;

/**
 * A NIST prime curve (FIPS 186-5): SEC1 point (de)compression through Bouncy Castle, JCA keys and
 * the ECDSA signature algorithm with IEEE P1363 (r||s) encoding, which JOSE and Data Integrity use.
 */
final class EcCurve {

  static final EcCurve P256 = new EcCurve("secp256r1", 32, "SHA256withECDSAinP1363Format");
  static final EcCurve P384 = new EcCurve("secp384r1", 48, "SHA384withECDSAinP1363Format");

  private final String name;
  private final X9ECParameters curve;
  private final ECParameterSpec parameters;
  private final int fieldLength;
  private final String signatureAlgorithm;

  private EcCurve(String name, int fieldLength, String signatureAlgorithm) {
    this.name = name;
    this.curve = CustomNamedCurves.getByName(name);
    this.parameters = jcaParameters(name);
    this.fieldLength = fieldLength;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  static EcCurve of(KeyType type) {
    return switch (type) {
      case P256 -> P256;
      case P384 -> P384;
      case ED25519 -> throw new IllegalArgumentException("Ed25519 is not a NIST curve");
    };
  }

  String name() {
    return name;
  }

  /** Bytes of a coordinate or private scalar; a compressed point is one more. */
  int fieldLength() {
    return fieldLength;
  }

  /** The JCA signature algorithm: the curve's hash, then ECDSA, r||s. */
  String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  BigInteger order() {
    return parameters.getOrder();
  }

  ECParameterSpec parameters() {
    return parameters;
  }

  /** Compresses a SEC1 point (compressed or uncompressed), checking it is on the curve. */
  byte[] compress(byte[] sec1) {
    try {
      return curve.getCurve().decodePoint(sec1).getEncoded(true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a " + name + " point: " + e.getMessage(), e);
    }
  }

  ECPublicKey publicKey(byte[] compressed) {
    var point = curve.getCurve().decodePoint(compressed).normalize();
    var w =
        new ECPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
    try {
      return (ECPublicKey)
          KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, parameters));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("invalid " + name + " key", e);
    }
  }

  ECPrivateKey privateKey(BigInteger d) {
    try {
      return (ECPrivateKey)
          KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, parameters));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("invalid " + name + " secret", e);
    }
  }

  byte[] encodeUncompressed(ECPoint w) {
    byte[] out = new byte[1 + 2 * fieldLength];
    out[0] = 0x04;
    copyFixed(w.getAffineX(), out, 1);
    copyFixed(w.getAffineY(), out, 1 + fieldLength);
    return out;
  }

  /** The public point d·G for a private scalar, compressed. */
  byte[] publicFromPrivate(BigInteger d) {
    return curve.getG().multiply(d).normalize().getEncoded(true);
  }

  /** {@code value} big-endian into {@code fieldLength} bytes at {@code offset}. */
  void copyFixed(BigInteger value, byte[] out, int offset) {
    byte[] b = value.toByteArray();
    int len = Math.min(b.length, fieldLength);
    System.arraycopy(b, b.length - len, out, offset + fieldLength - len, len);
  }

  /** The curve a JCA EC key lies on, by its order. */
  static EcCurve ofJca(ECParameterSpec spec) {
    for (EcCurve c : new EcCurve[] {P256, P384}) {
      if (c.parameters.getOrder().equals(spec.getOrder())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unsupported EC curve");
  }

  private static ECParameterSpec jcaParameters(String name) {
    try {
      var params = AlgorithmParameters.getInstance("EC");
      params.init(new ECGenParameterSpec(name));
      return params.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
