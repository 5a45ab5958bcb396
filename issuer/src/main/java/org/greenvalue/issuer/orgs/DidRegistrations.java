package org.greenvalue.issuer.orgs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of DID document versions to register with the registry: one row per change, written in
 * the transaction of the change, numbered in order per DID.
 */
@Repository
public class DidRegistrations {
  private final JdbcClient jdbc;

  DidRegistrations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A version waiting for (or done with) registration. */
  public record Registration(
      String did,
      int version,
      String orgId,
      String document,
      String kind,
      Optional<String> keyId,
      Optional<Instant> compromisedAt,
      Instant validFrom,
      String state,
      int attempts,
      Optional<String> lastError,
      Optional<String> digest) {}

  /** Queues the next version of the DID (inside the caller's transaction); its number. */
  int enqueue(
      String orgId,
      String did,
      String document,
      String kind,
      Optional<String> keyId,
      Optional<Instant> compromisedAt,
      Instant validFrom) {
    int version =
        jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM did_registrations WHERE did = ?")
            .param(did)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO did_registrations (did, version, org_id, document, change_kind, key_id,
              compromised_at, valid_from, state, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)""")
        .params(
            did,
            version,
            orgId,
            document,
            kind,
            keyId.orElse(null),
            compromisedAt.map(Timestamp::from).orElse(null),
            Timestamp.from(validFrom),
            Timestamp.from(validFrom))
        .update();
    return version;
  }

  /**
   * Claims due versions that are each the first unregistered one of their DID (versions register in
   * order), moving their next attempt past {@code lease}.
   */
  List<Registration> claimDue(int limit, Instant now, Duration lease) {
    return jdbc.sql(
            """
            UPDATE did_registrations r SET next_attempt_at = ?
            WHERE (did, version) IN (SELECT q.did, q.version FROM did_registrations q
              WHERE q.state = 'QUEUED' AND q.next_attempt_at <= ?
                AND NOT EXISTS (SELECT 1 FROM did_registrations e WHERE e.did = q.did
                  AND e.version < q.version AND e.state <> 'REGISTERED')
              ORDER BY q.attempts, q.next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING r.*""")
        .params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
        .query((rs, n) -> registration(rs))
        .list();
  }

  void registered(String did, int version, String digest, Instant now) {
    jdbc.sql(
            """
            UPDATE did_registrations SET state = 'REGISTERED', digest = ?, registered_at = ?,
              attempts = attempts + 1, last_error = NULL WHERE did = ? AND version = ?""")
        .params(digest, Timestamp.from(now), did, version)
        .update();
  }

  void failed(String did, int version, String error, Instant retryAt) {
    jdbc.sql(
            """
            UPDATE did_registrations SET attempts = attempts + 1, last_error = ?,
              next_attempt_at = ? WHERE did = ? AND version = ?""")
        .params(error, Timestamp.from(retryAt), did, version)
        .update();
  }

  /** The registry refused the version itself: kept with the reason, not retried. */
  void refused(String did, int version, String error) {
    jdbc.sql(
            """
            UPDATE did_registrations SET state = 'REFUSED', attempts = attempts + 1,
              last_error = ? WHERE did = ? AND version = ?""")
        .params(error, did, version)
        .update();
  }

  /** The DID's versions, oldest first. */
  public List<Registration> of(String did) {
    return jdbc.sql("SELECT * FROM did_registrations WHERE did = ? ORDER BY version")
        .param(did)
        .query((rs, n) -> registration(rs))
        .list();
  }

  private static Registration registration(ResultSet rs) throws SQLException {
    Timestamp compromised = rs.getTimestamp("compromised_at");
    return new Registration(
        rs.getString("did"),
        rs.getInt("version"),
        rs.getString("org_id"),
        rs.getString("document"),
        rs.getString("change_kind"),
        Optional.ofNullable(rs.getString("key_id")),
        Optional.ofNullable(compromised).map(Timestamp::toInstant),
        rs.getTimestamp("valid_from").toInstant(),
        rs.getString("state"),
        rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("last_error")),
        Optional.ofNullable(rs.getString("digest")));
  }
}
