package org.greenvalue.registry.greenvalue;

import java.sql.Timestamp;
import java.time.Clock;
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

  PendingLotWrites(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
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

  /** Records an unconfirmed transaction, committed at once whatever becomes of the request. */
  void record(String writeId, String txHash) {
    own.executeWithoutResult(
        tx ->
            jdbc.sql(
                    """
                    INSERT INTO lot_pending_writes (write_id, tx_hash, sent_at) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")
                .params(writeId, txHash, Timestamp.from(clock.instant()))
                .update());
  }
}
