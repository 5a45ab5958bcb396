package org.greenvalue.registry.anchoring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of submitted digests, the queue of those not yet batched, and a digest's state. */
@Repository
class OutboxRepository {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  OutboxRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Appends the submissions not yet in the outbox (and queues them for a batch) in one statement.
   * Runs in the caller's transaction.
   *
   * @return the digests that were new
   */
  Set<String> append(List<Submission> submissions) {
    String[] digests = new String[submissions.size()];
    String[] times = new String[submissions.size()];
    String[] clients = new String[submissions.size()];
    for (int i = 0; i < digests.length; i++) {
      Submission s = submissions.get(i);
      digests[i] = s.digest();
      times[i] = s.submittedAt().toString();
      clients[i] = s.clientId();
    }
    return template.execute(
        (Connection c) -> {
          try (var statement =
              c.prepareStatement(
                  """
                  WITH input AS (
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                      AS t(digest, submitted_at, client_id, n)),
                  added AS (
                    INSERT INTO anchor_outbox (digest, submitted_at, client_id)
                    SELECT digest, submitted_at::timestamptz, client_id FROM input ORDER BY n
                    ON CONFLICT (digest) DO NOTHING RETURNING seq, digest)
                  INSERT INTO anchor_pending (seq, digest) SELECT seq, digest FROM added
                  RETURNING digest""")) {
            statement.setArray(1, c.createArrayOf("text", digests));
            statement.setArray(2, c.createArrayOf("text", times));
            statement.setArray(3, c.createArrayOf("text", clients));
            Set<String> added = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                added.add(rs.getString(1));
              }
            }
            return added;
          }
        });
  }

  Optional<AnchorState> find(String digest) {
    return jdbc.sql(
            """
            SELECT o.digest, o.submitted_at, r.receipt, r.anchored_at
            FROM anchor_outbox o LEFT JOIN current_anchor_receipts r ON r.digest = o.digest
            WHERE o.digest = ?""")
        .param(digest)
        .query(OutboxRepository::state)
        .optional();
  }

  /** The states of those of {@code digests} that were submitted, in no particular order. */
  List<AnchorState> findAll(Collection<String> digests) {
    return jdbc.sql(
            """
            SELECT o.digest, o.submitted_at, r.receipt, r.anchored_at
            FROM anchor_outbox o LEFT JOIN current_anchor_receipts r ON r.digest = o.digest
            WHERE o.digest = ANY (?)""")
        .param(digests.toArray(String[]::new))
        .query(OutboxRepository::state)
        .list();
  }

  long pendingCount() {
    return jdbc.sql("SELECT count(*) FROM anchor_pending").query(Long.class).single();
  }

  /** Takes the oldest pending digests off the queue (in the caller's transaction). */
  List<String> take(int max) {
    return jdbc.sql(
            """
            WITH taken AS (
              DELETE FROM anchor_pending WHERE seq IN (
                SELECT seq FROM anchor_pending ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)
              RETURNING seq, digest)
            SELECT digest FROM taken ORDER BY seq""")
        .param(max)
        .query(String.class)
        .list();
  }

  private static AnchorState state(ResultSet rs, int row) throws SQLException {
    String receipt = rs.getString("receipt");
    return new AnchorState(
        rs.getString("digest"),
        receipt == null ? AnchorState.State.PENDING : AnchorState.State.ANCHORED,
        rs.getTimestamp("submitted_at").toInstant(),
        instant(rs.getTimestamp("anchored_at")),
        receipt);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
