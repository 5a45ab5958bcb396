package org.greenvalue.issuer.orgs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.service.keys.EnvelopeCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and their sealed keys. */
@Repository
class OrganisationRepository {
  private final JdbcClient jdbc;

  OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when an organisation with that id or DID exists already. */
  boolean insert(Organisation org) {
    return jdbc.sql(
                """
                INSERT INTO organisations (id, name, did, did_method, clients, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(
                org.id(),
                org.name(),
                org.did(),
                org.didMethod(),
                org.clients().toArray(String[]::new),
                Timestamp.from(org.createdAt()))
            .update()
        == 1;
  }

  Optional<Organisation> find(String id) {
    return jdbc.sql("SELECT * FROM organisations WHERE id = ?")
        .param(id)
        .query((rs, row) -> organisation(rs))
        .optional();
  }

  Optional<Organisation> findByDid(String did) {
    return jdbc.sql("SELECT * FROM organisations WHERE did = ?")
        .param(did)
        .query((rs, row) -> organisation(rs))
        .optional();
  }

  /** The ids of the organisations whose clients list {@code clientId}. */
  List<String> idsWithClient(String clientId) {
    return jdbc.sql("SELECT id FROM organisations WHERE ? = ANY(clients) ORDER BY id")
        .param(clientId)
        .query(String.class)
        .list();
  }

  List<Organisation> all() {
    return jdbc.sql("SELECT * FROM organisations ORDER BY id")
        .query((rs, row) -> organisation(rs))
        .list();
  }

  void insertKey(OrgKey key) {
    jdbc.sql(
            """
            INSERT INTO organisation_keys (id, org_id, key_type, public_multikey, wrapped_data_key,
              sealed_secret, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            key.id(),
            key.orgId(),
            key.type().name(),
            key.publicMultikey(),
            key.sealed().wrappedDataKey(),
            key.sealed().sealedSecret(),
            key.active(),
            Timestamp.from(key.createdAt()))
        .update();
  }

  /** Retires the active key of a type (it stays in the DID document). */
  void deactivate(String orgId, KeyType type) {
    jdbc.sql("UPDATE organisation_keys SET active = FALSE WHERE org_id = ? AND key_type = ?")
        .params(orgId, type.name())
        .update();
  }

  /** Revokes a key for compromise: inactive, and out of the DID document. */
  void compromise(String keyId, java.time.Instant at) {
    jdbc.sql(
            """
            UPDATE organisation_keys SET active = FALSE, compromised_at = ?
            WHERE id = ? AND compromised_at IS NULL""")
        .params(Timestamp.from(at), keyId)
        .update();
  }

  List<OrgKey> keys(String orgId) {
    return jdbc.sql("SELECT * FROM organisation_keys WHERE org_id = ? ORDER BY created_at, id")
        .param(orgId)
        .query((rs, row) -> key(rs))
        .list();
  }

  Optional<OrgKey> activeKey(String orgId, KeyType type) {
    return jdbc.sql("SELECT * FROM organisation_keys WHERE org_id = ? AND key_type = ? AND active")
        .params(orgId, type.name())
        .query((rs, row) -> key(rs))
        .optional();
  }

  private static Organisation organisation(ResultSet rs) throws SQLException {
    Array clients = rs.getArray("clients");
    return new Organisation(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("did"),
        rs.getString("did_method"),
        Arrays.asList((String[]) clients.getArray()),
        rs.getTimestamp("created_at").toInstant());
  }

  private static OrgKey key(ResultSet rs) throws SQLException {
    return new OrgKey(
        rs.getString("id"),
        rs.getString("org_id"),
        KeyType.valueOf(rs.getString("key_type")),
        rs.getString("public_multikey"),
        new EnvelopeCipher.Sealed(rs.getBytes("wrapped_data_key"), rs.getBytes("sealed_secret")),
        rs.getBoolean("active"),
        rs.getTimestamp("created_at").toInstant(),
        Optional.ofNullable(rs.getTimestamp("compromised_at")).map(Timestamp::toInstant));
  }
}
