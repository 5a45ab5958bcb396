package org.greenvalue.registry.greenvalue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Retirements with their signed certificates. Append-only. */
@Repository
class RetirementRepository {
  private final JdbcClient jdbc;

  RetirementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredRetirement r) {
    jdbc.sql(
            """
            INSERT INTO retirements (id, chain_retirement_id, lot_id, grams, beneficiary, purpose,
              retired_at, certificate, client_id, chain_id, contract_address, tx_hash, block_number,
              retired_by, allocation_id, reason, claim_period_start, claim_period_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.id(),
            r.chainRetirementId(),
            r.lotId(),
            new BigDecimal(r.grams()),
            r.beneficiary(),
            r.purpose(),
            Timestamp.from(r.ledger().blockTime()),
            r.certificate(),
            r.clientId(),
            r.ledger().chainId(),
            r.ledger().contract(),
            r.ledger().txHash(),
            r.ledger().blockNumber(),
            r.retiredBy(),
            r.allocationId(),
            r.reason(),
            r.claimPeriod() == null ? null : Timestamp.from(r.claimPeriod().start()),
            r.claimPeriod() == null ? null : Timestamp.from(r.claimPeriod().end()))
        .update();
  }

  Optional<StoredRetirement> find(UUID id) {
    return jdbc.sql("SELECT * FROM retirements WHERE id = ?")
        .param(id)
        .query(RetirementRepository::retirement)
        .optional();
  }

  private static StoredRetirement retirement(ResultSet rs, int row) throws SQLException {
    Timestamp claimStart = rs.getTimestamp("claim_period_start");
    Timestamp claimEnd = rs.getTimestamp("claim_period_end");
    return new StoredRetirement(
        rs.getObject("id", UUID.class),
        rs.getString("chain_retirement_id"),
        rs.getObject("lot_id", UUID.class),
        rs.getObject("allocation_id", UUID.class),
        rs.getString("reason"),
        claimStart == null ? null : new TimeSpan(claimStart.toInstant(), claimEnd.toInstant()),
        LotRepository.grams(rs, "grams"),
        rs.getString("beneficiary"),
        rs.getString("purpose"),
        rs.getString("certificate"),
        rs.getString("client_id"),
        rs.getString("retired_by"),
        new LedgerEvidence(
            rs.getLong("chain_id"),
            rs.getString("contract_address"),
            rs.getString("tx_hash"),
            rs.getLong("block_number"),
            rs.getTimestamp("retired_at").toInstant()));
  }

  /**
   * A retirement as stored; {@code ledger.blockTime()} is the retirement time. {@code allocationId}
   * is null for a lot's retirement; {@code reason} and {@code claimPeriod} for older ones.
   */
  record StoredRetirement(
      UUID id,
      String chainRetirementId,
      UUID lotId,
      UUID allocationId,
      String reason,
      TimeSpan claimPeriod,
      BigInteger grams,
      String beneficiary,
      String purpose,
      String certificate,
      String clientId,
      String retiredBy,
      LedgerEvidence ledger) {}
}
