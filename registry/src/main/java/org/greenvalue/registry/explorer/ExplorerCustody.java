package org.greenvalue.registry.explorer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custody records of a transaction: transfers, allocations and claims, by the indexes of V16.
 * One transaction writes at most {@value Cursors#MAX_LIMIT} records of a kind (a bulk retirement
 * has at most that many items, every other write one), so each list is complete and bounded.
 */
@Repository
class ExplorerCustody {
  static final String TRANSFERS_BY_TX =
      "SELECT * FROM lot_transfers WHERE tx_hash = :tx ORDER BY block_time, id LIMIT :n";
  static final String ALLOCATIONS_BY_TX =
      "SELECT * FROM allocations WHERE tx_hash = :tx ORDER BY block_time, id LIMIT :n";
  static final String CLAIMS_BY_TX =
      "SELECT * FROM allocation_claims WHERE tx_hash = :tx"
          + " ORDER BY at, allocation_id, credential_id LIMIT :n";

  private final JdbcClient jdbc;

  ExplorerCustody(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<TransferSummary> transfersBy(String txHash) {
    return byTx(TRANSFERS_BY_TX, txHash).query(ExplorerCustody::transfer).list();
  }

  List<AllocationSummary> allocationsBy(String txHash) {
    return byTx(ALLOCATIONS_BY_TX, txHash).query(ExplorerCustody::allocation).list();
  }

  List<ClaimSummary> claimsBy(String txHash) {
    return byTx(CLAIMS_BY_TX, txHash).query(ExplorerCustody::claim).list();
  }

  private JdbcClient.StatementSpec byTx(String sql, String txHash) {
    return jdbc.sql(sql).param("tx", txHash).param("n", Cursors.MAX_LIMIT);
  }

  private static TransferSummary transfer(ResultSet rs, int row) throws SQLException {
    return new TransferSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("lot_id", UUID.class),
        rs.getObject("child_lot_id", UUID.class),
        rs.getString("transferor"),
        rs.getString("transferee"),
        Rows.tonnes(rs, "grams"),
        rs.getString("delivery_reference"),
        Rows.ledger(rs, "contract_address", "block_number", "block_time"));
  }

  private static AllocationSummary allocation(ResultSet rs, int row) throws SQLException {
    return new AllocationSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("lot_id", UUID.class),
        rs.getString("owner"),
        rs.getString("product_batch_id"),
        rs.getString("site_id"),
        new Period(Rows.instant(rs, "period_start"), Rows.instant(rs, "period_end")),
        Rows.tonnes(rs, "grams"),
        Rows.tonnes(rs, "claimed_grams"),
        Rows.tonnes(rs, "retired_grams"),
        Rows.ledger(rs, "contract_address", "block_number", "block_time"));
  }

  private static ClaimSummary claim(ResultSet rs, int row) throws SQLException {
    return new ClaimSummary(
        rs.getObject("allocation_id", UUID.class),
        rs.getString("credential_id"),
        Rows.tonnes(rs, "grams"),
        Rows.instant(rs, "at"),
        Rows.ledger(rs, "contract_address", "block_number", "block_time"));
  }
}
