package org.greenvalue.registry.explorer;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.greenvalue.Tonnes;
import org.greenvalue.registry.trust.LedgerEvidence;

/** Reading the explorer's rows: grams as tCO2e text, times, ledger evidence. */
final class Rows {
  private Rows() {}

  static String tonnes(ResultSet rs, String column) throws SQLException {
    return Tonnes.text(grams(rs, column));
  }

  static BigInteger grams(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column).toBigIntegerExact();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static LedgerEvidence ledger(ResultSet rs, String contract, String blockNumber, String blockTime)
      throws SQLException {
    return new LedgerEvidence(
        rs.getLong("chain_id"),
        rs.getString(contract),
        rs.getString("tx_hash"),
        longOrNull(rs, blockNumber),
        instant(rs, blockTime));
  }

  static LotSummary lot(ResultSet rs, int row) throws SQLException {
    BigInteger quantity = grams(rs, "quantity_grams");
    BigInteger allocated = grams(rs, "allocated_grams");
    BigInteger retired = grams(rs, "retired_grams");
    BigInteger transferred = grams(rs, "transferred_grams");
    return new LotSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("parent_id", UUID.class),
        rs.getString("owner"),
        rs.getString("project_id"),
        rs.getString("facility_id"),
        rs.getString("credential_digest"),
        instant(rs, "period_start"),
        instant(rs, "period_end"),
        Tonnes.text(quantity),
        Tonnes.text(quantity.subtract(allocated).subtract(retired).subtract(transferred)),
        Tonnes.text(allocated),
        Tonnes.text(retired),
        Tonnes.text(transferred),
        rs.getString("chain_lot_id"),
        instant(rs, "created_at"));
  }

  static LotEventView lotEvent(ResultSet rs, int row) throws SQLException {
    String kind = rs.getString("kind");
    String counterparty = rs.getString("counterparty");
    return new LotEventView(
        rs.getLong("id"),
        rs.getObject("lot_id", UUID.class),
        kind,
        tonnes(rs, "grams"),
        counterparty,
        "RETIRED".equals(kind) ? urnUuid(counterparty) : null,
        instant(rs, "at"),
        ledger(rs, "contract_address", "block_number", "block_time"));
  }

  static TrustEventView trustEvent(ResultSet rs, int row) throws SQLException {
    return new TrustEventView(
        rs.getLong("id"),
        rs.getString("did"),
        rs.getString("credential_type"),
        rs.getString("kind"),
        rs.getString("status"),
        rs.getString("role"),
        instant(rs, "valid_from"),
        instant(rs, "valid_until"),
        rs.getString("accrediting_authority"),
        rs.getString("reason"),
        ledger(rs, "contract_address", "block_number", "block_time"));
  }

  static AnchorBatchView batch(ResultSet rs, int row) throws SQLException {
    return new AnchorBatchView(
        rs.getLong("id"),
        rs.getString("batch_id"),
        rs.getString("root"),
        rs.getInt("leaf_count"),
        ledger(rs, "contract", "block_number", "block_time"));
  }

  /** The UUID of {@code urn:uuid:<uuid>} (or of a bare UUID); null for anything else. */
  static UUID urnUuid(String text) {
    if (text == null) {
      return null;
    }
    String bare = text.startsWith("urn:uuid:") ? text.substring("urn:uuid:".length()) : text;
    try {
      return Cursors.uuid(bare);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
