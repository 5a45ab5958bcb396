package org.greenvalue.registry.trust;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.trust.TrustStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trust subjects (current status, the row a change locks) and their append-only events. */
@Repository
class TrustRepository {
  private final JdbcClient jdbc;

  TrustRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the subject row for the rest of the transaction, so changes to one DID and type reach the
   * chain one at a time and in the order they are recorded.
   *
   * @return its current status, empty when it was never accredited
   */
  Optional<TrustStatus> lock(String did, String credentialType) {
    return jdbc.sql(
            "SELECT status FROM trust_subjects WHERE did = ? AND credential_type = ? FOR UPDATE")
        .params(did, credentialType)
        .query((rs, row) -> TrustStatus.valueOf(rs.getString("status")))
        .optional();
  }

  void saveSubject(String did, String credentialType, Role role, TrustStatus status) {
    jdbc.sql(
            """
            INSERT INTO trust_subjects (did, credential_type, role, status) VALUES (?, ?, ?, ?)
            ON CONFLICT (did, credential_type)
            DO UPDATE SET role = EXCLUDED.role, status = EXCLUDED.status""")
        .params(did, credentialType, role.name(), status.name())
        .update();
  }

  void updateStatus(String did, String credentialType, TrustStatus status) {
    jdbc.sql("UPDATE trust_subjects SET status = ? WHERE did = ? AND credential_type = ?")
        .params(status.name(), did, credentialType)
        .update();
  }

  Optional<Role> role(String did, String credentialType) {
    return jdbc.sql("SELECT role FROM trust_subjects WHERE did = ? AND credential_type = ?")
        .params(did, credentialType)
        .query((rs, row) -> Role.valueOf(rs.getString("role")))
        .optional();
  }

  boolean knows(String did) {
    return jdbc.sql("SELECT count(*) FROM trust_subjects WHERE did = ?")
            .param(did)
            .query(Long.class)
            .single()
        > 0;
  }

  boolean hasPending(String did, String credentialType) {
    return jdbc.sql(
                """
                SELECT count(*) FROM trust_events e
                WHERE did = ? AND credential_type = ? AND block_time IS NULL
                  AND NOT EXISTS (SELECT 1 FROM trust_event_settlements s WHERE s.event_id = e.id)
                """)
            .params(did, credentialType)
            .query(Long.class)
            .single()
        > 0;
  }

  TrustEvent insert(TrustEvent e) {
    long id =
        jdbc.sql(
                """
                INSERT INTO trust_events (did, credential_type, kind, status, role, valid_from,
                  valid_until, accrediting_authority, reason, client_id, requested_at, chain_id,
                  contract_address, tx_hash, block_number, block_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
            .params(
                e.did(),
                e.credentialType(),
                e.kind().name(),
                e.status().name(),
                e.role() == null ? null : e.role().name(),
                timestamp(e.validFrom()),
                timestamp(e.validUntil()),
                e.accreditingAuthority(),
                e.reason(),
                e.clientId(),
                timestamp(e.requestedAt()),
                e.ledger().chainId(),
                e.ledger().contract(),
                e.ledger().txHash(),
                e.ledger().blockNumber(),
                timestamp(e.ledger().blockTime()))
            .query(Long.class)
            .single();
    return withId(e, id);
  }

  /**
   * Confirmed events of one DID and type (mined at once, or settled as applied later), oldest
   * first.
   */
  List<TrustEvent> confirmedEvents(String did, String credentialType) {
    return jdbc.sql(
            """
            SELECT e.id, e.did, e.credential_type, e.kind, e.status, e.role, e.valid_from,
              e.valid_until, e.accrediting_authority, e.reason, e.client_id, e.requested_at,
              e.chain_id, e.contract_address, e.tx_hash,
              COALESCE(e.block_number, s.block_number) AS block_number,
              COALESCE(e.block_time, s.block_time) AS block_time
            FROM trust_events e
            LEFT JOIN trust_event_settlements s ON s.event_id = e.id AND s.outcome = 'APPLIED'
            WHERE e.did = ? AND e.credential_type = ?
              AND COALESCE(e.block_time, s.block_time) IS NOT NULL
            ORDER BY e.id""")
        .params(did, credentialType)
        .query(TrustRepository::event)
        .list();
  }

  /** Confirmed events of every DID (of one type, when given), by subject, oldest first. */
  List<TrustEvent> confirmedEvents(String credentialTypeOrNull) {
    return jdbc.sql(
            """
            SELECT * FROM trust_events
            WHERE block_time IS NOT NULL AND (CAST(? AS TEXT) IS NULL OR credential_type = ?)
            ORDER BY did, credential_type, id""")
        .params(credentialTypeOrNull, credentialTypeOrNull)
        .query(TrustRepository::event)
        .list();
  }

  private static TrustEvent event(ResultSet rs, int row) throws SQLException {
    String role = rs.getString("role");
    long block = rs.getLong("block_number");
    Long blockNumber = rs.wasNull() ? null : block;
    return new TrustEvent(
        rs.getLong("id"),
        rs.getString("did"),
        rs.getString("credential_type"),
        TrustEvent.Kind.valueOf(rs.getString("kind")),
        TrustStatus.valueOf(rs.getString("status")),
        role == null ? null : Role.valueOf(role),
        instant(rs.getTimestamp("valid_from")),
        instant(rs.getTimestamp("valid_until")),
        rs.getString("accrediting_authority"),
        rs.getString("reason"),
        rs.getString("client_id"),
        instant(rs.getTimestamp("requested_at")),
        new LedgerEvidence(
            rs.getLong("chain_id"),
            rs.getString("contract_address"),
            rs.getString("tx_hash"),
            blockNumber,
            instant(rs.getTimestamp("block_time"))));
  }

  private static TrustEvent withId(TrustEvent e, long id) {
    return new TrustEvent(
        id,
        e.did(),
        e.credentialType(),
        e.kind(),
        e.status(),
        e.role(),
        e.validFrom(),
        e.validUntil(),
        e.accreditingAuthority(),
        e.reason(),
        e.clientId(),
        e.requestedAt(),
        e.ledger());
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
