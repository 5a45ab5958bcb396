package org.greenvalue.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit log: written in the same transaction as the change it records, so a change
 * and its audit entry commit or roll back together.
 */
@Repository
public class AuditLog {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Records a write; {@code txHash} and {@code blockNumber} may be null (an off-chain write). */
  public void record(
      String clientId,
      String action,
      String subject,
      Object detail,
      String txHash,
      Long blockNumber) {
    jdbc.sql(
            """
            INSERT INTO audit_log (at, client_id, action, subject, detail, tx_hash, block_number)
            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""")
        .params(
            Timestamp.from(clock.instant()),
            clientId,
            action,
            subject,
            write(detail),
            txHash,
            blockNumber)
        .update();
  }

  AuditPage find(AuditQuery query) {
    List<Object> params = new ArrayList<>();
    String where = query.where(params);
    long total =
        jdbc.sql("SELECT count(*) FROM audit_log" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(query.size());
    pageParams.add((long) query.page() * query.size());
    List<AuditEntry> items =
        jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(this::entry)
            .list();
    return new AuditPage(items, query.page(), query.size(), total);
  }

  private AuditEntry entry(ResultSet rs, int row) throws SQLException {
    try {
      long block = rs.getLong("block_number");
      return new AuditEntry(
          rs.getLong("id"),
          rs.getTimestamp("at").toInstant(),
          rs.getString("client_id"),
          rs.getString("action"),
          rs.getString("subject"),
          json.readTree(rs.getString("detail")),
          rs.getString("tx_hash"),
          rs.wasNull() ? null : block);
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable audit detail", e);
    }
  }

  private String write(Object detail) {
    try {
      return json.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not serialisable", e);
    }
  }
}
