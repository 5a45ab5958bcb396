package org.greenvalue.registry.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.registry.keys.RegistryKeyRepository.StoredKey;
import org.greenvalue.service.keys.EnvelopeCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The registry's own Ed25519 signing key: generated at first start, stored sealed under the master
 * key (the kit's {@link EnvelopeCipher}, {@code gvr.keys}), opened into memory at start. The
 * registry's DID is this key's did:key.
 */
@Service
public class RegistryKeys {
  private static final Logger log = LoggerFactory.getLogger(RegistryKeys.class);
  private static final String KEY_ID = "registry-signing";

  private final SigningKey key;
  private final Clock clock;

  RegistryKeys(RegistryKeyRepository repository, EnvelopeCipher cipher, Clock clock)
      throws GeneralSecurityException {
    this.clock = clock;
    byte[] context = KEY_ID.getBytes(StandardCharsets.UTF_8);
    if (repository.find(KEY_ID).isEmpty()) {
      SigningKey fresh = SigningKey.generate(KeyType.ED25519);
      repository.insertIfAbsent(
          new StoredKey(
              KEY_ID,
              fresh.type().name(),
              Multikey.encodePublic(fresh.publicKey()),
              cipher.seal(fresh.secret(), context)),
          clock.instant());
    }
    StoredKey stored = repository.find(KEY_ID).orElseThrow();
    this.key =
        SigningKey.of(KeyType.valueOf(stored.keyType()), cipher.open(stored.sealed(), context));
    log.info("registry DID {}", did());
  }

  public String did() {
    return DidKeyResolver.didFor(key.publicKey());
  }

  public CredentialSigner signer() {
    return new CredentialSigner(key, DidKeyResolver.methodFor(key.publicKey()), clock);
  }
}
