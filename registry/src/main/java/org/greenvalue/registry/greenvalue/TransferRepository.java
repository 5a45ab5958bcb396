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

/** Transfers with their signed transfer records. Append-only. */
@Repository
class TransferRepository {
  private final JdbcClient jdbc;

  TransferRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredTransfer t) {
    jdbc.sql(
            """
            INSERT INTO lot_transfers (id, lot_id, child_lot_id, transferor, transferee, grams,
              delivery_reference, record, client_id, chain_id, contract_address, tx_hash,
              block_number, block_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            t.id(),
            t.lotId(),
            t.childLotId(),
            t.from(),
            t.to(),
            new BigDecimal(t.grams()),
            t.deliveryReference(),
            t.record(),
            t.clientId(),
            t.ledger().chainId(),
            t.ledger().contract(),
            t.ledger().txHash(),
            t.ledger().blockNumber(),
            Timestamp.from(t.ledger().blockTime()))
        .update();
  }

  Optional<StoredTransfer> find(UUID id) {
    return jdbc.sql("SELECT * FROM lot_transfers WHERE id = ?")
        .param(id)
        .query(TransferRepository::transfer)
        .optional();
  }

  /** The transfer that created {@code childLotId}; empty for a minted lot. */
  Optional<StoredTransfer> creating(UUID childLotId) {
    return jdbc.sql("SELECT * FROM lot_transfers WHERE child_lot_id = ?")
        .param(childLotId)
        .query(TransferRepository::transfer)
        .optional();
  }

  private static StoredTransfer transfer(ResultSet rs, int row) throws SQLException {
    return new StoredTransfer(
        rs.getObject("id", UUID.class),
        rs.getObject("lot_id", UUID.class),
        rs.getObject("child_lot_id", UUID.class),
        rs.getString("transferor"),
        rs.getString("transferee"),
        LotRepository.grams(rs, "grams"),
        rs.getString("delivery_reference"),
        rs.getString("record"),
        rs.getString("client_id"),
        LotRepository.evidence(rs));
  }

  /** A transfer as stored; {@code ledger.blockTime()} is the transfer time. */
  record StoredTransfer(
      UUID id,
      UUID lotId,
      UUID childLotId,
      String from,
      String to,
      BigInteger grams,
      String deliveryReference,
      String record,
      String clientId,
      LedgerEvidence ledger) {}
}
