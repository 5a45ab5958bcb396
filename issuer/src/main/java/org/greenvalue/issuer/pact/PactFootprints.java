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

  /**
   * What a PACT client sees now, in one query: the footprints version (raised in the transaction of
   * every footprint insert) and the organisations the client is bound to, sorted.
   */
  record Visible(long version, List<String> organisations) {}

  Visible visible(String clientId) {
    return jdbc.sql(
            """
            SELECT v.version, ARRAY(SELECT b.org_id FROM pact_client_bindings b
              WHERE b.client_id = ? ORDER BY b.org_id) AS orgs
            FROM footprints_version v WHERE v.id""")
        .param(clientId)
        .query(
            (rs, row) ->
                new Visible(
                    rs.getLong("version"), List.of((String[]) rs.getArray("orgs").getArray())))
        .single();
  }

  /** The organisations {@code clientId} is bound to, sorted. */
  List<String> boundOrganisations(String clientId) {
    return jdbc.sql("SELECT org_id FROM pact_client_bindings WHERE client_id = ? ORDER BY org_id")
        .param(clientId)
        .query(String.class)
        .list();
  }

  /** The footprint, if it is one of an organisation {@code clientId} is bound to. */
  Optional<String> document(String id, String clientId) {
    return jdbc.sql(
            """
            SELECT f.document FROM footprints f JOIN pact_client_bindings b
              ON b.org_id = f.org_id AND b.client_id = ? WHERE f.id = ?""")
        .params(clientId, id)
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
