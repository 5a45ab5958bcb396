package org.greenvalue.registry.greenvalue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocations (totals change under the row lock) and the append-only claims on them. */
@Repository
class AllocationRepository {
  private final JdbcClient jdbc;

  AllocationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AllocationRow> find(UUID id) {
    return jdbc.sql("SELECT * FROM allocations WHERE id = ?")
        .param(id)
        .query(AllocationRepository::allocation)
        .optional();
  }

  /** Locks the allocation for the rest of the transaction. */
  Optional<AllocationRow> lock(UUID id) {
    return jdbc.sql("SELECT * FROM allocations WHERE id = ? FOR UPDATE")
        .param(id)
        .query(AllocationRepository::allocation)
        .optional();
  }

  void insert(AllocationRow a) {
    jdbc.sql(
            """
            INSERT INTO allocations (id, chain_allocation_id, lot_id, owner, product_batch_id,
              site_id, period_start, period_end, grams, client_id, chain_id, contract_address,
              tx_hash, block_number, block_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            a.id(),
            a.chainAllocationId(),
            a.lotId(),
            a.owner(),
            a.productBatchId(),
            a.siteId(),
            Timestamp.from(a.periodStart()),
            Timestamp.from(a.periodEnd()),
            new BigDecimal(a.grams()),
            a.clientId(),
            a.ledger().chainId(),
            a.ledger().contract(),
            a.ledger().txHash(),
            a.ledger().blockNumber(),
            Timestamp.from(a.ledger().blockTime()))
        .update();
  }

  void addClaimed(UUID id, BigInteger grams) {
    jdbc.sql("UPDATE allocations SET claimed_grams = claimed_grams + ? WHERE id = ?")
        .params(new BigDecimal(grams), id)
        .update();
  }

  void addRetired(UUID id, BigInteger grams) {
    jdbc.sql("UPDATE allocations SET retired_grams = retired_grams + ? WHERE id = ?")
        .params(new BigDecimal(grams), id)
        .update();
  }

  void insert(StoredClaim c) {
    jdbc.sql(
            """
            INSERT INTO allocation_claims (allocation_id, credential_id, grams, client_id, at,
              chain_id, contract_address, tx_hash, block_number, block_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.allocationId(),
            c.credentialId(),
            new BigDecimal(c.grams()),
            c.clientId(),
            Timestamp.from(c.at()),
            c.ledger().chainId(),
            c.ledger().contract(),
            c.ledger().txHash(),
            c.ledger().blockNumber(),
            Timestamp.from(c.ledger().blockTime()))
        .update();
  }

  Optional<StoredClaim> claim(UUID allocationId, String credentialId) {
    return jdbc.sql("SELECT * FROM allocation_claims WHERE allocation_id = ? AND credential_id = ?")
        .params(allocationId, credentialId)
        .query(AllocationRepository::claim)
        .optional();
  }

  List<StoredClaim> claims(UUID allocationId) {
    return jdbc.sql("SELECT * FROM allocation_claims WHERE allocation_id = ? ORDER BY at")
        .param(allocationId)
        .query(AllocationRepository::claim)
        .list();
  }

  private static AllocationRow allocation(ResultSet rs, int row) throws SQLException {
    return new AllocationRow(
        rs.getObject("id", UUID.class),
        rs.getString("chain_allocation_id"),
        rs.getObject("lot_id", UUID.class),
        rs.getString("owner"),
        rs.getString("product_batch_id"),
        rs.getString("site_id"),
        rs.getTimestamp("period_start").toInstant(),
        rs.getTimestamp("period_end").toInstant(),
        LotRepository.grams(rs, "grams"),
        LotRepository.grams(rs, "claimed_grams"),
        LotRepository.grams(rs, "retired_grams"),
        rs.getString("client_id"),
        LotRepository.evidence(rs));
  }

  private static StoredClaim claim(ResultSet rs, int row) throws SQLException {
    return new StoredClaim(
        rs.getObject("allocation_id", UUID.class),
        rs.getString("credential_id"),
        LotRepository.grams(rs, "grams"),
        rs.getString("client_id"),
        rs.getTimestamp("at").toInstant(),
        LotRepository.evidence(rs));
  }

  /** An allocation as stored, in grams. */
  record AllocationRow(
      UUID id,
      String chainAllocationId,
      UUID lotId,
      String owner,
      String productBatchId,
      String siteId,
      Instant periodStart,
      Instant periodEnd,
      BigInteger grams,
      BigInteger claimed,
      BigInteger retired,
      String clientId,
      LedgerEvidence ledger) {

    BigInteger unclaimed() {
      return grams.subtract(claimed);
    }

    BigInteger unretired() {
      return grams.subtract(retired);
    }
  }

  /** A downstream credential's claim on an allocation. */
  record StoredClaim(
      UUID allocationId,
      String credentialId,
      BigInteger grams,
      String clientId,
      Instant at,
      LedgerEvidence ledger) {}
}
