package org.greenvalue.registry.greenvalue;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lot writes sent but not confirmed in time, by write id (the operation and the ids its request
 * derives from the Idempotency-Key). Recorded in a transaction of their own, so the request's
 * rollback keeps them.
 */
@Repository
class PendingLotWrites {
  private final JdbcClient jdbc;
  private final TransactionTemplate own;
  private final Clock clock;
  private final LotWrites writes;

  PendingLotWrites(
      JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, LotWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** The latest transaction sent for the write, if one went unconfirmed. */
  Optional<String> latest(String writeId) {
    return jdbc.sql(
            """
            SELECT tx_hash FROM lot_pending_writes WHERE write_id = ?
            ORDER BY sent_at DESC LIMIT 1""")
        .param(writeId)
        .query(String.class)
        .optional();
  }

  /**
   * Records an unconfirmed transaction, with the request of the write running on this thread
   * ({@link LotWrites}), committed at once whatever becomes of the request.
   */
  void record(String writeId, String txHash) {
    Timestamp now = Timestamp.from(clock.instant());
    Optional<LotWrites.Asked> request = writes.current();
    own.executeWithoutResult(
        tx -> {
          jdbc.sql(
                  """
                  INSERT INTO lot_pending_writes (write_id, tx_hash, sent_at) VALUES (?, ?, ?)
                  ON CONFLICT DO NOTHING""")
              .params(writeId, txHash, now)
              .update();
          request.ifPresent(
              asked ->
                  jdbc.sql(
                          """
                              INSERT INTO lot_write_requests (write_id, client_id,
                                idempotency_key, operation, request, base_url, recorded_at)
                              VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (write_id) DO NOTHING""")
                      .params(
                          writeId,
                          asked.client(),
                          asked.key(),
                          asked.operation(),
                          asked.request(),
                          asked.base().toString(),
                          now)
                      .update());
        });
  }

  /** A write left unconfirmed that nothing has settled yet, with its latest transaction. */
  record Unsettled(String writeId, String txHash, LotWrites.Asked asked) {}

  /** Unsettled writes recorded before {@code before}, oldest first. */
  List<Unsettled> unsettled(Instant before, int limit) {
    return jdbc.sql(
            """
            SELECT r.write_id, r.client_id, r.idempotency_key, r.operation, r.request,
              r.base_url,
              (SELECT p.tx_hash FROM lot_pending_writes p WHERE p.write_id = r.write_id
               ORDER BY p.sent_at DESC LIMIT 1) AS tx_hash
            FROM lot_write_requests r WHERE r.settled_at IS NULL AND r.recorded_at < ?
            ORDER BY r.recorded_at LIMIT ?""")
        .params(Timestamp.from(before), limit)
        .query(
            (rs, row) ->
                new Unsettled(
                    rs.getString("write_id"),
                    rs.getString("tx_hash"),
                    new LotWrites.Asked(
                        rs.getString("client_id"),
                        rs.getString("idempotency_key"),
                        rs.getString("operation"),
                        rs.getString("request"),
                        URI.create(rs.getString("base_url")))))
        .list();
  }

  /** Settles a write: what became of it ({@code RECORDED}, {@code ABANDONED: …}, …). */
  void settle(String writeId, String outcome) {
    jdbc.sql(
            """
            UPDATE lot_write_requests SET settled_at = ?, outcome = ?
            WHERE write_id = ? AND settled_at IS NULL""")
        .params(Timestamp.from(clock.instant()), outcome, writeId)
        .update();
  }
}
