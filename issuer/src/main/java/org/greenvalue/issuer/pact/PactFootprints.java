package org.greenvalue.issuer.pact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads served footprints: each row's document as stored, with the green value extension the
 * footprint has now ({@link GreenValueExtensions}).
 */
@Repository
class PactFootprints {
  private static final String COLUMNS = "seq, org_id, credential_id, product_ids, document";

  private final JdbcClient jdbc;
  private final GreenValueExtensions extensions;

  PactFootprints(JdbcClient jdbc, GreenValueExtensions extensions) {
    this.jdbc = jdbc;
    this.extensions = extensions;
  }

  /** A row of a page: its cursor and its document. */
  record Row(long seq, String document) {}

  /** Rows and the revocation lists read for their extensions (list id to its encodedList). */
  record Rows(List<Row> rows, Map<Long, String> revocationLists) {}

  /** Up to {@code limit + 1} rows, so the caller knows whether there is a next page. */
  Rows page(FootprintQuery q) {
    Select select = pageSelect(q);
    List<GreenValueExtensions.Stored> stored =
        jdbc.sql(select.sql()).params(select.params()).query(PactFootprints::stored).list();
    GreenValueExtensions.Served served = extensions.serve(stored);
    List<Row> rows = new ArrayList<>(stored.size());
    for (int i = 0; i < stored.size(); i++) {
      rows.add(new Row(stored.get(i).seq(), served.documents().get(i)));
    }
    return new Rows(rows, served.revocationLists());
  }

  /** A query and its positional parameters. */
  record Select(String sql, List<Object> params) {}

  /**
   * The page of {@code q}, up to {@code limit + 1} rows. Text filters compare lower-cased on both
   * sides, through the {@code pact_lower} GIN indexes; the validity filters read the validity
   * period (the footprint's own, or its default) through B-tree indexes. See migration V11.
   */
  static Select pageSelect(FootprintQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM footprints WHERE seq > ?");
    List<Object> params = new ArrayList<>();
    params.add(q.after());
    overlap(sql, params, "product_ids", q.productIds());
    overlap(sql, params, "company_ids", q.companyIds());
    overlap(sql, params, "geographies", q.geographies());
    overlap(sql, params, "classifications", q.classifications());
    if (q.validOn() != null) {
      // the end of a validity period is excluded (PACT v3 section "Validity Period")
      sql.append(" AND validity_start <= ? AND ? < validity_end");
      params.add(Timestamp.from(q.validOn()));
      params.add(Timestamp.from(q.validOn()));
    }
    if (q.validAfter() != null) {
      sql.append(" AND validity_start > ?");
      params.add(Timestamp.from(q.validAfter()));
    }
    if (q.validBefore() != null) {
      sql.append(" AND validity_end < ?");
      params.add(Timestamp.from(q.validBefore()));
    }
    if (!q.organisations().isEmpty()) {
      sql.append(" AND org_id = ANY(?::text[])");
      params.add(q.organisations().toArray(String[]::new));
    }
    if (q.status() != null) {
      sql.append(" AND lower(status) = lower(?)");
      params.add(q.status());
    }
    sql.append(" ORDER BY seq LIMIT ?");
    params.add(q.limit() + 1);
    return new Select(sql.toString(), List.copyOf(params));
  }

  private static GreenValueExtensions.Stored stored(ResultSet rs, int row) throws SQLException {
    return new GreenValueExtensions.Stored(
        rs.getLong("seq"),
        rs.getString("org_id"),
        rs.getString("credential_id"),
        List.of((String[]) rs.getArray("product_ids").getArray()),
        rs.getString("document"));
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

  /** Finds a footprint by its id in any letter case (index {@code footprints_id_ci}). */
  static final String DOCUMENT =
      """
      SELECT f.seq, f.org_id, f.credential_id, f.product_ids, f.document
      FROM footprints f JOIN pact_client_bindings b
        ON b.org_id = f.org_id AND b.client_id = ? WHERE lower(f.id) = lower(?)""";

  /**
   * The footprint of id {@code id} in any letter case, if it is one of an organisation {@code
   * clientId} is bound to.
   */
  Optional<String> document(String id, String clientId) {
    return jdbc.sql(DOCUMENT)
        .params(clientId, id)
        .query(PactFootprints::stored)
        .optional()
        .map(stored -> extensions.serve(List.of(stored)).documents().get(0));
  }

  private static void overlap(
      StringBuilder sql, List<Object> params, String column, List<String> values) {
    if (!values.isEmpty()) {
      sql.append(" AND pact_lower(").append(column).append(") && pact_lower(?::text[])");
      params.add(values.toArray(String[]::new));
    }
  }
}
