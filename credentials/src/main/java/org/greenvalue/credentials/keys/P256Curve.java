package org.greenvalue.credentials.keys;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;

/** SEC1 point encodings of NIST P-256 and conversion to JCA keys. */
final class P256Curve {

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  static final ECParameterSpec PARAMETERS = jcaParameters();

  private P256Curve() {}

  /** Compresses a SEC1 point (33 or 65 bytes) to its 33-byte form, checking it is on the curve. */
  static byte[] compress(byte[] sec1) {
    try {
      return CURVE.getCurve().decodePoint(sec1).getEncoded(true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a P-256 point: " + e.getMessage(), e);
    }
  }

  static ECPublicKey publicKey(byte[] compressed) {
    var point = CURVE.getCurve().decodePoint(compressed).normalize();
    var w =
        new ECPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
    try {
      return (ECPublicKey)
          KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, PARAMETERS));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("invalid P-256 key", e);
    }
  }

  static byte[] encodeUncompressed(ECPoint w) {
    byte[] out = new byte[65];
    out[0] = 0x04;
    copyFixed(w.getAffineX(), out, 1);
    copyFixed(w.getAffineY(), out, 33);
    return out;
  }

  /** The public point d·G for a private scalar, compressed. */
  static byte[] publicFromPrivate(BigInteger d) {
    return CURVE.getG().multiply(d).normalize().getEncoded(true);
  }

  static void copyFixed(BigInteger value, byte[] out, int offset) {
    byte[] b = value.toByteArray();
    int len = Math.min(b.length, 32);
    System.arraycopy(b, b.length - len, out, offset + 32 - len, len);
  }

  private static ECParameterSpec jcaParameters() {
    try {
      var params = AlgorithmParameters.getInstance("EC");
      params.init(new ECGenParameterSpec("secp256r1"));
      return params.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
