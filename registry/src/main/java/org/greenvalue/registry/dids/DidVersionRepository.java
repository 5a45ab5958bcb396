package org.greenvalue.registry.dids;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only versions of DID documents, with each version's anchor receipt once anchored. */
@Repository
class DidVersionRepository {
  private final JdbcClient jdbc;

  DidVersionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(DidVersion v) {
    jdbc.sql(
            """
            INSERT INTO did_document_versions (did, version, valid_from, document, change_kind,
              key_id, compromised_at, digest, registered_at, client_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            v.did(),
            v.version(),
            Timestamp.from(v.validFrom()),
            v.document(),
            v.kind().name(),
            v.keyId().orElse(null),
            v.compromisedAt().map(Timestamp::from).orElse(null),
            v.digest(),
            Timestamp.from(v.registeredAt()),
            v.clientId())
        .update();
  }

  /** The DID's versions, oldest first, each with its receipt (null until anchored). */
  List<Stored> history(String did) {
    return jdbc.sql(
            """
            SELECT v.*, r.receipt FROM did_document_versions v
            LEFT JOIN current_anchor_receipts r ON r.digest = v.digest
            WHERE v.did = ? ORDER BY v.version""")
        .param(did)
        .query((rs, n) -> new Stored(version(rs), Optional.ofNullable(rs.getString("receipt"))))
        .list();
  }

  /** Every DID with a history, for the trust list. */
  List<String> dids() {
    return jdbc.sql("SELECT DISTINCT did FROM did_document_versions ORDER BY did")
        .query(String.class)
        .list();
  }

  Optional<DidVersion> latest(String did) {
    return jdbc.sql(
            "SELECT * FROM did_document_versions WHERE did = ? ORDER BY version DESC LIMIT 1")
        .param(did)
        .query((rs, n) -> version(rs))
        .optional();
  }

  Optional<DidVersion> find(String did, int version) {
    return jdbc.sql("SELECT * FROM did_document_versions WHERE did = ? AND version = ?")
        .params(did, version)
        .query((rs, n) -> version(rs))
        .optional();
  }

  private static DidVersion version(ResultSet rs) throws SQLException {
    return new DidVersion(
        rs.getString("did"),
        rs.getInt("version"),
        instant(rs, "valid_from"),
        rs.getString("document"),
        ChangeKind.valueOf(rs.getString("change_kind")),
        Optional.ofNullable(rs.getString("key_id")),
        Optional.ofNullable(rs.getTimestamp("compromised_at")).map(Timestamp::toInstant),
        rs.getString("digest"),
        instant(rs, "registered_at"),
        rs.getString("client_id"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }

  /** A version and its anchor receipt (as {@code AnchorReceiptJson} writes it), once anchored. */
  record Stored(DidVersion version, Optional<String> receipt) {}
}
