package org.greenvalue.registry.trust;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How pending trust events were settled: applied (with block and time) or failed. Append-only. */
@Repository
class TrustSettlements {
  private final JdbcClient jdbc;

  TrustSettlements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An event sent but neither mined in time nor settled since. */
  record Unsettled(long id, String did, String credentialType, String status, String txHash) {}

  List<Unsettled> unsettled() {
    return jdbc.sql(
            """
            SELECT e.id, e.did, e.credential_type, e.status, e.tx_hash FROM trust_events e
            WHERE e.block_time IS NULL
              AND NOT EXISTS (SELECT 1 FROM trust_event_settlements s WHERE s.event_id = e.id)
            ORDER BY e.id""")
        .query(
            (rs, row) ->
                new Unsettled(
                    rs.getLong("id"),
                    rs.getString("did"),
                    rs.getString("credential_type"),
                    rs.getString("status"),
                    rs.getString("tx_hash")))
        .list();
  }

  void applied(long event, long blockNumber, Instant blockTime, Instant now) {
    insert(event, "APPLIED", blockNumber, blockTime, null, now);
  }

  void failed(long event, String reason, Instant now) {
    insert(event, "FAILED", null, null, reason, now);
  }

  private void insert(
      long event, String outcome, Long block, Instant blockTime, String reason, Instant now) {
    jdbc.sql(
            """
            INSERT INTO trust_event_settlements
              (event_id, outcome, block_number, block_time, reason, settled_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
        .params(
            event,
            outcome,
            block,
            blockTime == null ? null : Timestamp.from(blockTime),
            reason,
            Timestamp.from(now))
        .update();
  }
}
