package org.greenvalue.registry.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered organisations (by id) and the accreditation history of their DIDs. */
@Repository
class ExplorerTrust {
  static final String ORGANISATIONS =
      "SELECT id, name FROM organisations WHERE id > :after ORDER BY id LIMIT :n";
  static final String DIDS =
      "SELECT organisation_id, did FROM organisation_dids WHERE organisation_id IN (:ids)"
          + " ORDER BY organisation_id, did";
  static final String HISTORY =
      "SELECT * FROM trust_events WHERE did IN"
          + " (SELECT did FROM organisation_dids WHERE organisation_id = :org)"
          + " AND id > :after ORDER BY id LIMIT :n";
  static final String BY_TX = "SELECT * FROM trust_events WHERE tx_hash = :tx ORDER BY id LIMIT :n";

  private final JdbcClient jdbc;

  ExplorerTrust(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page<OrganisationSummary> organisations(String after, int limit) {
    List<String[]> rows =
        jdbc.sql(ORGANISATIONS)
            .param("after", after == null ? "" : after)
            .param("n", limit + 1)
            .query((rs, i) -> new String[] {rs.getString("id"), rs.getString("name")})
            .list();
    Page<String[]> page = Page.of(rows, limit, r -> Cursors.text(r[0]));
    Map<String, List<String>> dids = dids(page.items().stream().map(r -> r[0]).toList());
    return new Page<>(
        page.items().stream()
            .map(r -> new OrganisationSummary(r[0], r[1], dids.getOrDefault(r[0], List.of())))
            .toList(),
        page.next());
  }

  Optional<OrganisationSummary> organisation(String id) {
    return jdbc.sql("SELECT id, name FROM organisations WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> rs.getString("name"))
        .optional()
        .map(
            name ->
                new OrganisationSummary(id, name, dids(List.of(id)).getOrDefault(id, List.of())));
  }

  Page<TrustEventView> history(String organisation, Long after, int limit) {
    return Page.of(
        jdbc.sql(HISTORY)
            .param("org", organisation)
            .param("after", after == null ? 0L : after)
            .param("n", limit + 1)
            .query(Rows::trustEvent)
            .list(),
        limit,
        e -> Cursors.sequence(e.id()));
  }

  List<TrustEventView> byTransaction(String txHash) {
    return jdbc.sql(BY_TX)
        .param("tx", txHash)
        .param("n", Cursors.MAX_LIMIT)
        .query(Rows::trustEvent)
        .list();
  }

  private Map<String, List<String>> dids(List<String> organisations) {
    Map<String, List<String>> dids = new LinkedHashMap<>();
    if (organisations.isEmpty()) {
      return dids;
    }
    jdbc.sql(DIDS)
        .param("ids", organisations)
        .query(
            (rs, i) ->
                dids.computeIfAbsent(rs.getString("organisation_id"), k -> new ArrayList<>())
                    .add(rs.getString("did")))
        .list();
    return dids;
  }
}
