package org.greenvalue.credentials.jwk;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.text.ParseException;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * Public keys as JSON Web Keys (RFC 7517) through Nimbus: Ed25519 as an OKP key (RFC 8037 §2),
 * P-256 and P-384 as EC keys (RFC 7518 §6.2). Private members are refused when reading.
 */
public final class JsonWebKeys {

  private JsonWebKeys() {}

  /** The public JWK of a key, with {@code alg} set to its JWS algorithm. */
  public static JWK toJwk(VerificationKey key) {
    var alg = new com.nimbusds.jose.JWSAlgorithm(key.type().jwsAlgorithm());
    if (key.type() == KeyType.ED25519) {
      return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(key.raw()))
          .algorithm(alg)
          .build();
    }
    var point = key.point();
    boolean p384 = key.type() == KeyType.P384;
    int bits = p384 ? 384 : 256;
    return new ECKey.Builder(
            p384 ? Curve.P_384 : Curve.P_256,
            ECKey.encodeCoordinate(bits, point.getAffineX()),
            ECKey.encodeCoordinate(bits, point.getAffineY()))
        .algorithm(alg)
        .build();
  }

  /** The public JWK of a key as jakarta JSON (e.g. a DID document's publicKeyJwk). */
  public static JsonObject toJson(VerificationKey key) {
    return JsonDocuments.parseObject(toJwk(key).toJSONString()).value();
  }

  public static Result<VerificationKey> fromJwk(JWK jwk) {
    if (jwk.isPrivate()) {
      return Result.failure("a public key JWK must not contain private key material");
    }
    if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
      byte[] raw = okp.getX().decode();
      return raw.length == 32
          ? Result.success(VerificationKey.of(KeyType.ED25519, raw))
          : Result.failure("Ed25519 JWK x must be 32 bytes");
    }
    if (jwk instanceof ECKey ec
        && (Curve.P_256.equals(ec.getCurve()) || Curve.P_384.equals(ec.getCurve()))) {
      try {
        return Result.success(VerificationKey.of(ec.toECPublicKey()));
      } catch (JOSEException | IllegalArgumentException e) {
        return Result.failure("invalid " + ec.getCurve() + " JWK: " + e.getMessage());
      }
    }
    return Result.failure(
        "unsupported JWK: kty "
            + jwk.getKeyType()
            + (jwk instanceof com.nimbusds.jose.jwk.CurveBasedJWK c ? " crv " + c.getCurve() : "")
            + "; expected OKP Ed25519, EC P-256 or EC P-384");
  }

  /** Reads a public JWK from JSON; malformed or unsupported keys are failures. */
  public static Result<VerificationKey> fromJson(JsonObject json) {
    try {
      return fromJwk(JWK.parse(JsonDocuments.write(json)));
    } catch (ParseException | IllegalArgumentException e) {
      return Result.failure("malformed JWK: " + e.getMessage());
    }
  }
}
