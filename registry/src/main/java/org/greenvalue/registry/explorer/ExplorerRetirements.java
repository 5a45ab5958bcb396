package org.greenvalue.registry.explorer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.registry.explorer.Cursors.TimeKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Retirements newest first, overall or of one lot, by keyset. The reason and claim period are read
 * from the signed certificate's subject, the document a buyer relies on.
 */
@Repository
class ExplorerRetirements {
  static final String COLUMNS =
      "id, lot_id, allocation_id, grams, beneficiary, purpose, retired_by, retired_at, certificate, chain_id,"
          + " contract_address, tx_hash, block_number";

  static String listSql(boolean ofLot, boolean after) {
    return "SELECT "
        + COLUMNS
        + " FROM retirements WHERE true"
        + (ofLot ? " AND lot_id = :lot" : "")
        + (after ? " AND (retired_at, id) < (:at, :id)" : "")
        + " ORDER BY retired_at DESC, id DESC LIMIT :n";
  }

  static final String BY_TX =
      "SELECT "
          + COLUMNS
          + " FROM retirements WHERE tx_hash = :tx ORDER BY retired_at, id LIMIT :n";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ExplorerRetirements(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Page<RetirementSummary> list(UUID lot, TimeKey after, int limit) {
    var spec = jdbc.sql(listSql(lot != null, after != null)).param("n", limit + 1);
    if (lot != null) {
      spec = spec.param("lot", lot);
    }
    if (after != null) {
      spec = spec.param("at", Timestamp.from(after.at())).param("id", after.id());
    }
    List<Stored> rows = spec.query(this::stored).list();
    Page<Stored> page = Page.of(rows, limit, r -> Cursors.time(r.summary().retiredAt(), r.id()));
    return new Page<>(page.items().stream().map(Stored::summary).toList(), page.next());
  }

  Optional<Stored> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM retirements WHERE id = :id")
        .param("id", id)
        .query(this::stored)
        .optional();
  }

  List<RetirementSummary> byTransaction(String txHash) {
    return jdbc
        .sql(BY_TX)
        .param("tx", txHash)
        .param("n", Cursors.MAX_LIMIT)
        .query(this::stored)
        .list()
        .stream()
        .map(Stored::summary)
        .toList();
  }

  /** A retirement as listed, and its certificate as stored (the JSON the registry signed). */
  record Stored(RetirementSummary summary, String certificateText, JsonNode certificate) {
    UUID id() {
      return summary.id();
    }
  }

  private Stored stored(ResultSet rs, int row) throws SQLException {
    String text = rs.getString("certificate");
    JsonNode certificate;
    try {
      certificate = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored certificate is not JSON", e);
    }
    JsonNode subject = certificate.path("credentialSubject");
    RetirementSummary summary =
        new RetirementSummary(
            rs.getObject("id", UUID.class),
            rs.getObject("lot_id", UUID.class),
            rs.getObject("allocation_id", UUID.class),
            Rows.tonnes(rs, "grams"),
            rs.getString("beneficiary"),
            rs.getString("purpose"),
            textOrNull(subject.path("reason")),
            period(subject.path("claimPeriod")),
            rs.getString("retired_by"),
            Rows.instant(rs, "retired_at"),
            Rows.ledger(rs, "contract_address", "block_number", "retired_at"));
    return new Stored(summary, text, certificate);
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static Period period(JsonNode node) {
    try {
      if (node.path("start").isTextual() && node.path("end").isTextual()) {
        return new Period(
            Instant.parse(node.path("start").asText()), Instant.parse(node.path("end").asText()));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
