package org.greenvalue.issuer.pact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of answers to PACT footprint requests ({@code pact_request_replies}): one row per
 * request, PENDING until delivered (SENT), refused by the recipient (REFUSED), given up on
 * (ABANDONED), or UNANSWERABLE (no recipient configured for the request's source).
 */
@Repository
class PactReplies {
  private final JdbcClient jdbc;

  PactReplies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A reply due to be sent. */
  record Due(String source, String requestId, String reply, int attempts, Instant createdAt) {}

  /**
   * A request and the state of its answer, for the read endpoint.
   *
   * @param organisations the reader's organisations among those the request concerns
   */
  record View(
      List<String> organisations,
      String source,
      String requestId,
      String state,
      String replyType,
      String replyId,
      int attempts,
      String lastError,
      Instant receivedAt,
      Instant sentAt) {}

  /**
   * @param orgIds the organisations the request concerns (whose members may read it)
   */
  void pending(
      String source,
      String requestId,
      List<String> orgIds,
      String replyId,
      String type,
      String reply,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO pact_request_replies (request_source, request_id, org_ids, state,
              reply_id, reply_type, reply, next_attempt_at, created_at)
            VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)""")
        .params(
            source,
            requestId,
            orgIds.toArray(String[]::new),
            replyId,
            type,
            reply,
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
  }

  void unanswerable(
      String source, String requestId, List<String> orgIds, String reason, Instant now) {
    jdbc.sql(
            """
            INSERT INTO pact_request_replies (request_source, request_id, org_ids, state,
              last_error, created_at) VALUES (?, ?, ?, 'UNANSWERABLE', ?, ?)""")
        .params(source, requestId, orgIds.toArray(String[]::new), reason, Timestamp.from(now))
        .update();
  }

  /** Claims up to {@code limit} due replies for {@code lease}, so no other round sends them. */
  List<Due> claimDue(int limit, Instant now, Duration lease) {
    return jdbc.sql(
            """
            UPDATE pact_request_replies SET next_attempt_at = ?
            WHERE (request_source, request_id) IN (SELECT request_source, request_id
              FROM pact_request_replies WHERE state = 'PENDING' AND next_attempt_at <= ?
              ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING request_source, request_id, reply, attempts, created_at""")
        .params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
        .query(
            (rs, row) ->
                new Due(
                    rs.getString("request_source"),
                    rs.getString("request_id"),
                    rs.getString("reply"),
                    rs.getInt("attempts"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  void sent(Due due, Instant now) {
    finish(due, "SENT", null, now);
  }

  /** The recipient refused the event (a 4xx that retrying will not change). */
  void refused(Due due, String reason) {
    finish(due, "REFUSED", reason, null);
  }

  void abandoned(Due due, String reason) {
    finish(due, "ABANDONED", reason, null);
  }

  void noRecipient(Due due, String reason) {
    finish(due, "UNANSWERABLE", reason, null);
  }

  void failed(Due due, String error, Instant retryAt) {
    jdbc.sql(
            """
            UPDATE pact_request_replies SET attempts = attempts + 1, last_error = ?,
              next_attempt_at = ? WHERE request_source = ? AND request_id = ?""")
        .params(error, Timestamp.from(retryAt), due.source(), due.requestId())
        .update();
  }

  /**
   * The newest requests concerning any of {@code orgIds} and their answers, optionally only those
   * in {@code state}.
   */
  List<View> recent(List<String> orgIds, String state, int limit) {
    String sql =
        """
        SELECT r.*, e.received_at FROM pact_request_replies r
        JOIN pact_events e ON e.source = r.request_source AND e.id = r.request_id
        WHERE r.org_ids && ?::text[]
        """;
    String[] orgs = orgIds.toArray(String[]::new);
    var query =
        state == null
            ? jdbc.sql(sql + " ORDER BY r.created_at DESC LIMIT ?").params(orgs, limit)
            : jdbc.sql(sql + " AND r.state = ? ORDER BY r.created_at DESC LIMIT ?")
                .params(orgs, state, limit);
    return query.query((rs, row) -> view(rs, orgIds)).list();
  }

  private void finish(Due due, String state, String error, Instant sentAt) {
    jdbc.sql(
            """
            UPDATE pact_request_replies SET state = ?, attempts = attempts + 1, last_error = ?,
              sent_at = ?, next_attempt_at = NULL WHERE request_source = ? AND request_id = ?""")
        .params(
            state,
            error,
            sentAt == null ? null : Timestamp.from(sentAt),
            due.source(),
            due.requestId())
        .update();
  }

  private static View view(ResultSet rs, List<String> readers) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new View(
        Arrays.stream((String[]) rs.getArray("org_ids").getArray())
            .filter(readers::contains)
            .toList(),
        rs.getString("request_source"),
        rs.getString("request_id"),
        rs.getString("state"),
        rs.getString("reply_type"),
        rs.getString("reply_id"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getTimestamp("received_at").toInstant(),
        sent == null ? null : sent.toInstant());
  }
}
