package org.greenvalue.registry.anchoring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.greenvalue.ledger.Bytes32;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batches, their members and their receipts. */
@Repository
class BatchRepository {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  BatchRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Records a batch and its members, before anything is sent (in the caller's transaction). */
  Batch prepare(Bytes32 batchId, Bytes32 root, List<String> digests, Instant at) {
    long id =
        jdbc.sql(
                """
                INSERT INTO anchor_batches (batch_id, root, leaf_count, state, prepared_at)
                VALUES (?, ?, ?, 'PREPARED', ?) RETURNING id""")
            .params(batchId.toHex(), root.toHex(), digests.size(), Timestamp.from(at))
            .query(Long.class)
            .single();
    template.execute(
        (Connection c) -> {
          try (var statement =
              c.prepareStatement(
                  """
                  INSERT INTO anchor_batch_members (digest, batch, leaf_index)
                  SELECT digest, ?, n - 1 FROM unnest(?::text[]) WITH ORDINALITY AS t(digest, n)""")) {
            statement.setLong(1, id);
            statement.setArray(2, c.createArrayOf("text", digests.toArray(String[]::new)));
            return statement.executeUpdate();
          }
        });
    return new Batch(id, batchId, root, digests.size());
  }

  /** Batches recorded but not yet known to be anchored, oldest first. */
  List<Batch> unfinished() {
    return jdbc.sql(
            """
            SELECT id, batch_id, root, leaf_count FROM anchor_batches
            WHERE state = 'PREPARED' ORDER BY id""")
        .query(BatchRepository::batch)
        .list();
  }

  List<Member> members(long batch) {
    return jdbc.sql(
            """
            SELECT m.digest, m.leaf_index, o.submitted_at
            FROM anchor_batch_members m JOIN anchor_outbox o ON o.digest = m.digest
            WHERE m.batch = ? ORDER BY m.leaf_index""")
        .param(batch)
        .query(
            (rs, row) ->
                new Member(
                    rs.getString("digest"),
                    rs.getInt("leaf_index"),
                    rs.getTimestamp("submitted_at").toInstant()))
        .list();
  }

  /** Notes the hash of a sent transaction that had no receipt in time. */
  void noteSent(long batch, String txHash) {
    jdbc.sql("UPDATE anchor_batches SET tx_hash = ? WHERE id = ? AND state = 'PREPARED'")
        .params(txHash, batch)
        .update();
  }

  /**
   * Stores every receipt and marks the batch anchored (in the caller's transaction).
   *
   * @return whether this call finished the batch (false if another worker already had)
   */
  boolean complete(
      long batch, AnchoredAt where, String blockHash, List<String> digests, List<String> receipts) {
    int marked =
        jdbc.sql(
                """
                UPDATE anchor_batches SET state = 'ANCHORED', chain_id = ?, contract = ?,
                  tx_hash = ?, block_number = ?, block_hash = ?, block_time = ?
                WHERE id = ? AND state = 'PREPARED'""")
            .params(
                where.chainId(),
                where.contract(),
                where.txHash(),
                where.blockNumber(),
                blockHash,
                Timestamp.from(where.blockTime()),
                batch)
            .update();
    if (marked == 0) {
      return false;
    }
    template.execute(
        (Connection c) -> {
          try (var statement =
              c.prepareStatement(
                  """
                  INSERT INTO anchor_receipts (digest, batch, receipt, anchored_at)
                  SELECT digest, ?, receipt, ? FROM unnest(?::text[], ?::text[]) AS t(digest, receipt)
                  """)) {
            statement.setLong(1, batch);
            statement.setTimestamp(2, Timestamp.from(where.blockTime()));
            statement.setArray(3, c.createArrayOf("text", digests.toArray(String[]::new)));
            statement.setArray(4, c.createArrayOf("text", receipts.toArray(String[]::new)));
            return statement.executeUpdate();
          }
        });
    return true;
  }

  /** Anchored batches whose receipts are current (no loss recorded), oldest first. */
  List<AnchoredBatchRow> current() {
    return jdbc.sql(
            """
            SELECT b.id, b.batch_id, b.chain_id, b.contract, b.tx_hash, b.block_number,
              b.block_hash, b.leaf_count
            FROM anchor_batches b
            WHERE b.state = 'ANCHORED'
              AND NOT EXISTS (SELECT 1 FROM anchor_batch_losses l WHERE l.batch = b.id)
            ORDER BY b.id""")
        .query(
            (rs, row) ->
                new AnchoredBatchRow(
                    rs.getLong("id"),
                    rs.getString("batch_id"),
                    rs.getLong("chain_id"),
                    rs.getString("contract"),
                    rs.getString("tx_hash"),
                    rs.getLong("block_number"),
                    rs.getString("block_hash"),
                    rs.getInt("leaf_count")))
        .list();
  }

  /**
   * Records that a batch is no longer on the chain (its receipts are superseded) and queues its
   * digests for new batches, in the caller's transaction.
   *
   * @return how many digests were queued again (0 when the loss was already recorded)
   */
  int markLost(long batch, String reason, Instant at) {
    int recorded =
        jdbc.sql(
                """
                INSERT INTO anchor_batch_losses (batch, reason, found_at) VALUES (?, ?, ?)
                ON CONFLICT (batch) DO NOTHING""")
            .params(batch, reason, Timestamp.from(at))
            .update();
    if (recorded == 0) {
      return 0;
    }
    return jdbc.sql(
            """
            INSERT INTO anchor_pending (seq, digest)
            SELECT o.seq, o.digest FROM anchor_batch_members m
              JOIN anchor_outbox o ON o.digest = m.digest
            WHERE m.batch = ?
            ON CONFLICT DO NOTHING""")
        .param(batch)
        .update();
  }

  private static Batch batch(ResultSet rs, int row) throws SQLException {
    return new Batch(
        rs.getLong("id"),
        Bytes32.fromHex(rs.getString("batch_id")),
        Bytes32.fromHex(rs.getString("root")),
        rs.getInt("leaf_count"));
  }
}
