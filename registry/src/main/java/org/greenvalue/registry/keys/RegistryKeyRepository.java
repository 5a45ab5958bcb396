package org.greenvalue.registry.keys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.service.keys.EnvelopeCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registry's sealed signing keys. */
@Repository
class RegistryKeyRepository {
  private final JdbcClient jdbc;

  RegistryKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredKey> find(String id) {
    return jdbc.sql("SELECT * FROM registry_keys WHERE id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new StoredKey(
                    rs.getString("id"),
                    rs.getString("key_type"),
                    rs.getString("public_multikey"),
                    new EnvelopeCipher.Sealed(
                        rs.getBytes("wrapped_data_key"), rs.getBytes("sealed_secret"))))
        .optional();
  }

  /** Stores a key unless one with that id exists (two instances starting at once keep one). */
  void insertIfAbsent(StoredKey key, Instant now) {
    jdbc.sql(
            """
            INSERT INTO registry_keys (id, key_type, public_multikey, wrapped_data_key,
              sealed_secret, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
        .params(
            key.id(),
            key.keyType(),
            key.publicMultikey(),
            key.sealed().wrappedDataKey(),
            key.sealed().sealedSecret(),
            Timestamp.from(now))
        .update();
  }

  record StoredKey(
      String id, String keyType, String publicMultikey, EnvelopeCipher.Sealed sealed) {}
}
