package org.greenvalue.credentials.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A private key with its public half. The secret is never printed: {@link #toString()} shows only
 * the public key. Callers that persist it must encrypt {@link #secret()} at rest.
 */
public final class SigningKey {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyType type;
  private final byte[] secret;
  private final VerificationKey publicKey;
  private final Ed25519PrivateKeyParameters ed25519;
  private final ECPrivateKey ec;

  private SigningKey(KeyType type, byte[] secret) {
    this.type = type;
    this.secret = secret;
    if (type == KeyType.ED25519) {
      this.ed25519 = new Ed25519PrivateKeyParameters(secret, 0);
      this.ec = null;
      this.publicKey = VerificationKey.of(type, ed25519.generatePublicKey().getEncoded());
    } else {
      var d = new BigInteger(1, secret);
      var curve = EcCurve.of(type);
      this.ed25519 = null;
      this.ec = curve.privateKey(d);
      this.publicKey = VerificationKey.of(type, curve.publicFromPrivate(d));
    }
  }

  /** A new random key. */
  public static SigningKey generate(KeyType type) {
    Objects.requireNonNull(type, "type");
    if (type == KeyType.ED25519) {
      byte[] seed = new byte[32];
      RANDOM.nextBytes(seed);
      return new SigningKey(type, seed);
    }
    var curve = EcCurve.of(type);
    try {
      var generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(curve.name()), RANDOM);
      var d = ((ECPrivateKey) generator.generateKeyPair().getPrivate()).getS();
      byte[] secret = new byte[curve.fieldLength()];
      curve.copyFixed(d, secret, 0);
      return new SigningKey(type, secret);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(type + " key generation unavailable", e);
    }
  }

  /**
   * A key from its secret: the 32-byte Ed25519 seed, or the ECDSA private scalar (32 bytes for
   * P-256, 48 for P-384).
   */
  public static SigningKey of(KeyType type, byte[] secret) {
    Objects.requireNonNull(type, "type");
    if (secret.length != type.secretKeyLength()) {
      throw new IllegalArgumentException(
          type + " secret key must be " + type.secretKeyLength() + " bytes");
    }
    if (type.isEcdsa()) {
      var d = new BigInteger(1, secret);
      if (d.signum() == 0 || d.compareTo(EcCurve.of(type).order()) >= 0) {
        throw new IllegalArgumentException(type + " secret out of range");
      }
    }
    return new SigningKey(type, secret.clone());
  }

  public KeyType type() {
    return type;
  }

  public VerificationKey publicKey() {
    return publicKey;
  }

  /** The secret. Handle with care: encrypt at rest, never log. */
  public byte[] secret() {
    return secret.clone();
  }

  /** The private key as a JCA key (ECDSA only; Ed25519 signs through Bouncy Castle). */
  public PrivateKey toJca() {
    if (ec == null) {
      throw new IllegalStateException("Ed25519 keys sign through sign(byte[])");
    }
    return ec;
  }

  /**
   * Signs data: Ed25519 over the data itself (deterministic), ECDSA over SHA-256(data) with P-256
   * or SHA-384(data) with P-384, returned as r||s (64 or 96 bytes).
   */
  public byte[] sign(byte[] data) {
    if (type == KeyType.ED25519) {
      var signer = new Ed25519Signer();
      signer.init(true, ed25519);
      signer.update(data, 0, data.length);
      return signer.generateSignature();
    }
    try {
      Signature ecdsa = Signature.getInstance(EcCurve.of(type).signatureAlgorithm());
      ecdsa.initSign(ec, RANDOM);
      ecdsa.update(data);
      return ecdsa.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ECDSA signing failed", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SigningKey k && k.type == type && Arrays.equals(k.secret, secret);
  }

  @Override
  public int hashCode() {
    return publicKey.hashCode();
  }

  @Override
  public String toString() {
    return "SigningKey[" + publicKey + "]";
  }
}
