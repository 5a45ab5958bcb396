package org.greenvalue.credentials.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPrivateKeySpec;
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
  private final ECPrivateKey p256;

  private SigningKey(KeyType type, byte[] secret) {
    this.type = type;
    this.secret = secret;
    if (type == KeyType.ED25519) {
      this.ed25519 = new Ed25519PrivateKeyParameters(secret, 0);
      this.p256 = null;
      this.publicKey = VerificationKey.of(type, ed25519.generatePublicKey().getEncoded());
    } else {
      var d = new BigInteger(1, secret);
      this.ed25519 = null;
      this.p256 = p256PrivateKey(d);
      this.publicKey = VerificationKey.of(type, P256Curve.publicFromPrivate(d));
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
    try {
      var generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      var d = ((ECPrivateKey) generator.generateKeyPair().getPrivate()).getS();
      byte[] secret = new byte[32];
      P256Curve.copyFixed(d, secret, 0);
      return new SigningKey(type, secret);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 key generation unavailable", e);
    }
  }

  /** A key from its 32-byte secret: the Ed25519 seed or the P-256 private scalar. */
  public static SigningKey of(KeyType type, byte[] secret) {
    Objects.requireNonNull(type, "type");
    if (secret.length != 32) {
      throw new IllegalArgumentException(type + " secret key must be 32 bytes");
    }
    if (type == KeyType.P256) {
      var d = new BigInteger(1, secret);
      if (d.signum() == 0 || d.compareTo(P256Curve.PARAMETERS.getOrder()) >= 0) {
        throw new IllegalArgumentException("P-256 secret out of range");
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

  /** The 32-byte secret. Handle with care: encrypt at rest, never log. */
  public byte[] secret() {
    return secret.clone();
  }

  /** The private key as a JCA key (P-256 only; Ed25519 signs through Bouncy Castle). */
  public PrivateKey toJca() {
    if (p256 == null) {
      throw new IllegalStateException("Ed25519 keys sign through sign(byte[])");
    }
    return p256;
  }

  /**
   * Signs data: Ed25519 over the data itself (deterministic), P-256 ECDSA over SHA-256(data),
   * returned as r||s (64 bytes).
   */
  public byte[] sign(byte[] data) {
    if (type == KeyType.ED25519) {
      var signer = new Ed25519Signer();
      signer.init(true, ed25519);
      signer.update(data, 0, data.length);
      return signer.generateSignature();
    }
    try {
      Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
      ecdsa.initSign(p256, RANDOM);
      ecdsa.update(data);
      return ecdsa.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ECDSA signing failed", e);
    }
  }

  private static ECPrivateKey p256PrivateKey(BigInteger d) {
    try {
      return (ECPrivateKey)
          KeyFactory.getInstance("EC")
              .generatePrivate(new ECPrivateKeySpec(d, P256Curve.PARAMETERS));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("invalid P-256 secret", e);
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
