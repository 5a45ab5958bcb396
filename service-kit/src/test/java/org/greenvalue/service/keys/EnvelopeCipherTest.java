package org.greenvalue.service.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class EnvelopeCipherTest {
  private final EnvelopeCipher cipher = new EnvelopeCipher(new SecretKeySpec(new byte[32], "AES"));
  private final byte[] context = "key-1".getBytes(StandardCharsets.UTF_8);

  @Test
  void opensWhatItSealed() throws GeneralSecurityException {
    byte[] secret = "seed of thirty-two bytes .......".getBytes(StandardCharsets.UTF_8);
    EnvelopeCipher.Sealed sealed = cipher.seal(secret, context);
    assertThat(new String(sealed.sealedSecret(), StandardCharsets.ISO_8859_1))
        .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
    assertThat(cipher.open(sealed, context)).isEqualTo(secret);
  }

  @Test
  void refusesASecretMovedToAnotherKeysRow() throws GeneralSecurityException {
    EnvelopeCipher.Sealed sealed = cipher.seal(new byte[] {1, 2, 3}, context);
    assertThatThrownBy(() -> cipher.open(sealed, "key-2".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void refusesATamperedSecret() throws GeneralSecurityException {
    EnvelopeCipher.Sealed sealed = cipher.seal(new byte[] {1, 2, 3}, context);
    byte[] tampered = sealed.sealedSecret();
    tampered[tampered.length - 1] ^= 1;
    assertThatThrownBy(
            () ->
                cipher.open(new EnvelopeCipher.Sealed(sealed.wrappedDataKey(), tampered), context))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void refusesAnotherMasterKey() throws GeneralSecurityException {
    EnvelopeCipher.Sealed sealed = cipher.seal(new byte[] {1, 2, 3}, context);
    byte[] other = new byte[32];
    other[0] = 1;
    EnvelopeCipher stranger = new EnvelopeCipher(new SecretKeySpec(other, "AES"));
    assertThatThrownBy(() -> stranger.open(sealed, context))
        .isInstanceOf(GeneralSecurityException.class);
  }
}
