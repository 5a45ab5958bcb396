package org.greenvalue.issuer.pact;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads served footprints: each row's document is sent as stored. */
@Repository
class PactFootprints {
  private final JdbcClient jdbc;

  PactFootprints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row of a page: its cursor and its document. */
  record Row(long seq, String document) {}

  /** Up to {@code limit + 1} rows, so the caller knows whether there is a next page. */
  List<Row> page(FootprintQuery q) {
    StringBuilder sql = new StringBuilder("SELECT seq, document FROM footprints WHERE seq > ?");
    List<Object> params = new ArrayList<>();
    params.add(q.after());
    overlap(sql, params, "product_ids", q.productIds());
    overlap(sql, params, "company_ids", q.companyIds());
    overlap(sql, params, "geographies", q.geographies());
    overlap(sql, params, "classifications", q.classifications());
    if (q.validOn() != null) {
      sql.append(" AND period_start <= ? AND ? <= period_end");
      params.add(Timestamp.from(q.validOn()));
      params.add(Timestamp.from(q.validOn()));
    }
    if (q.validAfter() != null) {
      sql.append(" AND period_start > ?");
      params.add(Timestamp.from(q.validAfter()));
    }
    if (q.validBefore() != null) {
      sql.append(" AND period_end < ?");
      params.add(Timestamp.from(q.validBefore()));
    }
    if (!q.organisations().isEmpty()) {
      sql.append(" AND org_id = ANY(?::text[])");
      params.add(q.organisations().toArray(String[]::new));
    }
    if (q.status() != null) {
      sql.append(" AND status = ?");
      params.add(q.status());
    }
    sql.append(" ORDER BY seq LIMIT ?");
    params.add(q.limit() + 1);
    return jdbc.sql(sql.toString())
        .params(params)
        .query((rs, row) -> new Row(rs.getLong("seq"), rs.getString("document")))
        .list();
  }

  /** The footprints version: raised in the transaction of every footprint insert. */
  long version() {
    return jdbc.sql("SELECT version FROM footprints_version WHERE id").query(Long.class).single();
  }

  Optional<String> document(String id) {
    return jdbc.sql("SELECT document FROM footprints WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  private static void overlap(
      StringBuilder sql, List<Object> params, String column, List<String> values) {
    if (!values.isEmpty()) {
      sql.append(" AND ").append(column).append(" && ?::text[]");
      params.add(values.toArray(String[]::new));
    }
  }
}
