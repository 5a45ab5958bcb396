package org.greenvalue.registry.greenvalue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lots (current totals, the row a write locks) and their append-only events. */
@Repository
class LotRepository {
  private final JdbcClient jdbc;

  LotRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LotRow> find(UUID id) {
    return jdbc.sql("SELECT * FROM lots WHERE id = ?")
        .param(id)
        .query(LotRepository::lot)
        .optional();
  }

  /** Locks the lot for the rest of the transaction: writes to one lot go to chain one at a time. */
  Optional<LotRow> lock(UUID id) {
    return jdbc.sql("SELECT * FROM lots WHERE id = ? FOR UPDATE")
        .param(id)
        .query(LotRepository::lot)
        .optional();
  }

  Optional<UUID> mintedFrom(String credentialDigest) {
    return jdbc.sql("SELECT id FROM lots WHERE credential_digest = ? AND parent_id IS NULL")
        .param(credentialDigest)
        .query(UUID.class)
        .optional();
  }

  void insert(LotRow lot) {
    jdbc.sql(
            """
            INSERT INTO lots (id, chain_lot_id, parent_id, owner, credential_digest, credential_id,
              project_id, facility_id, period_start, period_end, quantity_grams, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            lot.id(),
            lot.chainLotId(),
            lot.parentId(),
            lot.owner(),
            lot.credentialDigest(),
            lot.credentialId(),
            lot.projectId(),
            lot.facilityId(),
            Timestamp.from(lot.periodStart()),
            Timestamp.from(lot.periodEnd()),
            new BigDecimal(lot.quantity()),
            Timestamp.from(lot.createdAt()))
        .update();
  }

  /** The lot and its ancestors by transfer, from {@code id} to the minted root. */
  List<UUID> pathToRoot(UUID id) {
    return jdbc.sql(
            """
            WITH RECURSIVE path (id, parent_id, depth) AS (
              SELECT id, parent_id, 0 FROM lots WHERE id = ?
              UNION ALL
              SELECT l.id, l.parent_id, p.depth + 1 FROM lots l JOIN path p ON l.id = p.parent_id
              WHERE p.depth < 64)
            SELECT id FROM path ORDER BY depth""")
        .param(id)
        .query(UUID.class)
        .list();
  }

  /** Keeps the credentials a minted lot came from, as submitted (JSON text or compact JWS). */
  void keepMintedCredentials(UUID id, String reduction, String assurance) {
    jdbc.sql("UPDATE lots SET reduction_credential = ?, assurance_credential = ? WHERE id = ?")
        .params(reduction, assurance, id)
        .update();
  }

  /** The reduction and assurance credential a lot was minted from (either may be null). */
  List<String> mintedCredentials(UUID id) {
    return jdbc.sql("SELECT reduction_credential, assurance_credential FROM lots WHERE id = ?")
        .param(id)
        .query((rs, row) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)))
        .single();
  }

  /** Adds {@code grams} to one of the lot's totals ({@code allocated}, {@code retired}, ...). */
  void add(UUID id, LotEvent.Kind kind, BigInteger grams) {
    String column =
        switch (kind) {
          case ALLOCATED -> "allocated_grams";
          case RETIRED -> "retired_grams";
          case TRANSFERRED_OUT -> "transferred_grams";
          default -> throw new IllegalArgumentException("no total for " + kind);
        };
    jdbc.sql("UPDATE lots SET " + column + " = " + column + " + ? WHERE id = ?")
        .params(new BigDecimal(grams), id)
        .update();
  }

  void insert(LotEvent e) {
    jdbc.sql(
            """
            INSERT INTO lot_events (lot_id, kind, grams, counterparty, client_id, at, chain_id,
              contract_address, tx_hash, block_number, block_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            e.lotId(),
            e.kind().name(),
            new BigDecimal(e.grams()),
            e.counterparty(),
            e.clientId(),
            Timestamp.from(e.at()),
            e.ledger().chainId(),
            e.ledger().contract(),
            e.ledger().txHash(),
            e.ledger().blockNumber(),
            Timestamp.from(e.ledger().blockTime()))
        .update();
  }

  List<LotEvent> events(UUID lotId) {
    return jdbc.sql("SELECT * FROM lot_events WHERE lot_id = ? ORDER BY id")
        .param(lotId)
        .query(LotRepository::event)
        .list();
  }

  private static LotRow lot(ResultSet rs, int row) throws SQLException {
    return new LotRow(
        rs.getObject("id", UUID.class),
        rs.getObject("parent_id", UUID.class),
        rs.getString("chain_lot_id"),
        rs.getString("owner"),
        rs.getString("credential_digest"),
        rs.getString("credential_id"),
        rs.getString("project_id"),
        rs.getString("facility_id"),
        rs.getTimestamp("period_start").toInstant(),
        rs.getTimestamp("period_end").toInstant(),
        grams(rs, "quantity_grams"),
        grams(rs, "allocated_grams"),
        grams(rs, "retired_grams"),
        grams(rs, "transferred_grams"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static LotEvent event(ResultSet rs, int row) throws SQLException {
    return new LotEvent(
        rs.getObject("lot_id", UUID.class),
        LotEvent.Kind.valueOf(rs.getString("kind")),
        grams(rs, "grams"),
        rs.getString("counterparty"),
        rs.getString("client_id"),
        rs.getTimestamp("at").toInstant(),
        evidence(rs));
  }

  static LedgerEvidence evidence(ResultSet rs) throws SQLException {
    Timestamp blockTime = rs.getTimestamp("block_time");
    return new LedgerEvidence(
        rs.getLong("chain_id"),
        rs.getString("contract_address"),
        rs.getString("tx_hash"),
        rs.getLong("block_number"),
        blockTime == null ? null : blockTime.toInstant());
  }

  static BigInteger grams(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column).toBigIntegerExact();
  }
}
