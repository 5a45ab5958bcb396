package org.greenvalue.issuer.anchoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Digests waiting to be handed to the registry's anchoring. A row is written in the transaction
 * that stores its credential, so an issued credential is never without one.
 */
@Repository
public class AnchorOutbox {
  private final JdbcClient jdbc;

  AnchorOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues a digest (inside the caller's transaction). */
  public void enqueue(String digest, String credentialId, Instant now) {
    jdbc.sql(
            """
            INSERT INTO anchor_outbox (digest, credential_id, state, next_attempt_at, created_at)
            VALUES (?, ?, 'QUEUED', ?, ?)""")
        .params(digest, credentialId, Timestamp.from(now), Timestamp.from(now))
        .update();
  }

  /**
   * Claims up to {@code limit} due digests, never-tried ones first (during an outage each round
   * probes one), by moving their next attempt past {@code lease}, so another worker (or instance)
   * does not send them at the same time.
   */
  List<String> claimDue(int limit, Instant now, Duration lease) {
    return jdbc.sql(
            """
            UPDATE anchor_outbox SET next_attempt_at = ?
            WHERE digest IN (SELECT digest FROM anchor_outbox
              WHERE state = 'QUEUED' AND next_attempt_at <= ?
              ORDER BY attempts, next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING digest""")
        .params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
        .query(String.class)
        .list();
  }

  /**
   * The registry holds the digest; its anchoring is asked about from {@code now} on. The reason of
   * an earlier failed attempt, if any, is kept: the row shows it took more than one send.
   */
  void submitted(String digest, String state, Instant now) {
    jdbc.sql(
            """
            UPDATE anchor_outbox SET state = ?, submitted_at = ?, attempts = attempts + 1,
              next_attempt_at = ? WHERE digest = ?""")
        .params(
            "ANCHORED".equals(state) ? "ANCHORED" : "SUBMITTED",
            Timestamp.from(now),
            Timestamp.from(now),
            digest)
        .update();
  }

  /** A failed attempt: retried at {@code retryAt}. Returns the attempts made so far. */
  int failed(String digest, String error, Instant retryAt) {
    return jdbc.sql(
            """
            UPDATE anchor_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
            WHERE digest = ? RETURNING attempts""")
        .params(error, Timestamp.from(retryAt), digest)
        .query(Integer.class)
        .single();
  }

  /**
   * Claims up to {@code limit} submitted digests whose anchoring is due to be asked about, oldest
   * first, by moving their next check past {@code lease}, so instances do not ask at once.
   */
  List<String> claimAwaitingAnchor(int limit, Instant now, Duration lease) {
    return jdbc.sql(
            """
            UPDATE anchor_outbox SET next_attempt_at = ?
            WHERE digest IN (SELECT digest FROM anchor_outbox
              WHERE state = 'SUBMITTED' AND next_attempt_at <= ?
              ORDER BY submitted_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING digest""")
        .params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
        .query(String.class)
        .list();
  }

  /**
   * The registry does not hold a digest the outbox holds as sent (it lost it): queued again, due at
   * {@code retryAt}, with the reason. False when the row is no longer held as sent.
   */
  boolean requeue(String digest, String error, Instant retryAt) {
    return jdbc.sql(
                """
                UPDATE anchor_outbox SET state = 'QUEUED', last_error = ?, next_attempt_at = ?
                WHERE digest = ? AND state = 'SUBMITTED'""")
            .params(error, Timestamp.from(retryAt), digest)
            .update()
        == 1;
  }

  /** The registry reports the digest anchored. */
  void anchored(String digest) {
    jdbc.sql("UPDATE anchor_outbox SET state = 'ANCHORED' WHERE digest = ? AND state = 'SUBMITTED'")
        .param(digest)
        .update();
  }

  /** Puts claimed digests back, not attempted, due at {@code at}. */
  void release(List<String> digests, Instant at) {
    for (String digest : digests) {
      jdbc.sql("UPDATE anchor_outbox SET next_attempt_at = ? WHERE digest = ?")
          .params(Timestamp.from(at), digest)
          .update();
    }
  }

  /** The registry refused the digest itself: kept, not retried. */
  void refused(String digest, String error) {
    jdbc.sql(
            """
            UPDATE anchor_outbox SET state = 'REFUSED', attempts = attempts + 1, last_error = ?
            WHERE digest = ?""")
        .params(error, digest)
        .update();
  }

  int attempts(String digest) {
    return jdbc.sql("SELECT attempts FROM anchor_outbox WHERE digest = ?")
        .param(digest)
        .query(Integer.class)
        .single();
  }

  public Optional<AnchorState> state(String digest) {
    return jdbc.sql(
            "SELECT state, attempts, last_error, submitted_at FROM anchor_outbox WHERE digest = ?")
        .param(digest)
        .query(
            (rs, row) -> {
              Timestamp submitted = rs.getTimestamp("submitted_at");
              return new AnchorState(
                  rs.getString("state"),
                  rs.getInt("attempts"),
                  rs.getString("last_error"),
                  submitted == null ? null : submitted.toInstant());
            })
        .optional();
  }

  /** Where a digest is on its way to the chain. */
  public record AnchorState(String state, int attempts, String lastError, Instant submittedAt) {}
}
