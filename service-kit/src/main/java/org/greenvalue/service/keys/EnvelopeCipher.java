package org.greenvalue.service.keys;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption with AES-256-GCM from the JDK: each secret is sealed under a fresh data key,
 * and the data key is wrapped under the master key. Both bind {@code context} as associated data,
 * so a sealed secret moved to another key's row does not open. Output: 12-byte nonce, then
 * ciphertext and tag.
 */
public final class EnvelopeCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey masterKey;

  public EnvelopeCipher(SecretKey masterKey) {
    this.masterKey = masterKey;
  }

  public Sealed seal(byte[] secret, byte[] context) throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256, RANDOM);
    SecretKey dataKey = generator.generateKey();
    return new Sealed(
        encrypt(masterKey, dataKey.getEncoded(), context), encrypt(dataKey, secret, context));
  }

  public byte[] open(Sealed sealed, byte[] context) throws GeneralSecurityException {
    SecretKey dataKey =
        new SecretKeySpec(decrypt(masterKey, sealed.wrappedDataKey(), context), "AES");
    return decrypt(dataKey, sealed.sealedSecret(), context);
  }

  private static byte[] encrypt(SecretKey key, byte[] plain, byte[] aad)
      throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(aad);
    byte[] body = cipher.doFinal(plain);
    return ByteBuffer.allocate(NONCE_BYTES + body.length).put(nonce).put(body).array();
  }

  private static byte[] decrypt(SecretKey key, byte[] sealed, byte[] aad)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
    cipher.updateAAD(aad);
    return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
  }

  /** A data key wrapped under the master key, and a secret sealed under the data key. */
  public record Sealed(byte[] wrappedDataKey, byte[] sealedSecret) {}
}
