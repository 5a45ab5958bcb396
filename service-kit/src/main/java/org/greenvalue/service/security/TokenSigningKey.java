package org.greenvalue.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key the embedded authorization server signs its tokens with. Configured ({@code
 * gvr.auth.embedded.signing-key}, a PKCS#8 PEM), every instance of a service signs and accepts the
 * same tokens, and tokens survive a restart; unset, each start generates its own, which only one
 * instance can use. The key id is the key's RFC 7638 thumbprint, the same on every instance.
 */
final class TokenSigningKey {
  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";

  private TokenSigningKey() {}

  /** The configured key, or a generated one when {@code pem} is null or blank. */
  static RSAKey of(String pem) throws GeneralSecurityException {
    KeyPair pair = pem == null || pem.isBlank() ? generated() : parsed(pem);
    RSAKey key =
        new RSAKey.Builder((RSAPublicKey) pair.getPublic())
            .privateKey((RSAPrivateKey) pair.getPrivate())
            .build();
    try {
      return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
    } catch (JOSEException e) {
      throw new GeneralSecurityException("cannot compute the signing key's thumbprint", e);
    }
  }

  private static KeyPair generated() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static KeyPair parsed(String pem) throws GeneralSecurityException {
    String text = pem.strip();
    if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
      throw new GeneralSecurityException(
          "gvr.auth.embedded.signing-key is not a PKCS#8 PEM (" + BEGIN + ")");
    }
    byte[] der;
    try {
      der =
          Base64.getMimeDecoder()
              .decode(text.substring(BEGIN.length(), text.length() - END.length()));
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("gvr.auth.embedded.signing-key is not base64", e);
    }
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey key)) {
      throw new GeneralSecurityException("gvr.auth.embedded.signing-key is not an RSA key");
    }
    if (key.getModulus().bitLength() < 2048) {
      throw new GeneralSecurityException("gvr.auth.embedded.signing-key is shorter than 2048 bits");
    }
    RSAPublicKey publicKey =
        (RSAPublicKey)
            rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    return new KeyPair(publicKey, key);
  }
}
