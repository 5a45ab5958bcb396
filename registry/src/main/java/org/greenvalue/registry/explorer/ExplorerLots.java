package org.greenvalue.registry.explorer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.greenvalue.registry.explorer.Cursors.TimeKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lots and their events, read by keyset on the indexes of V15 (never OFFSET). A search matches a
 * lot id exactly, or an owner, project or facility id: one ordered, limited index scan per
 * alternative, merged.
 */
@Repository
class ExplorerLots {
  static final String NEWEST = "ORDER BY created_at DESC, id DESC LIMIT :n";
  static final String BEFORE = " AND (created_at, id) < (:at, :id)";

  private final JdbcClient jdbc;

  ExplorerLots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The SQL of a search; {@code byId} adds the exact lot id alternative. */
  static String searchSql(boolean byQuery, boolean byId, boolean after) {
    String keyset = after ? BEFORE : "";
    if (!byQuery) {
      return "SELECT * FROM lots WHERE true" + keyset + " " + NEWEST;
    }
    List<String> parts = new ArrayList<>();
    for (String column : List.of("owner", "project_id", "facility_id")) {
      parts.add("(SELECT * FROM lots WHERE " + column + " = :q" + keyset + " " + NEWEST + ")");
    }
    if (byId) {
      parts.add("(SELECT * FROM lots WHERE id = :lot" + keyset + ")");
    }
    return "SELECT * FROM (" + String.join(" UNION ", parts) + ") found " + NEWEST;
  }

  static final String EVENTS =
      "SELECT * FROM lot_events WHERE lot_id = :lot AND id > :after ORDER BY id LIMIT :n";
  static final String CHILDREN =
      "SELECT * FROM lots WHERE parent_id = :lot AND (created_at, id) > (:at, :id)"
          + " ORDER BY created_at, id LIMIT :n";
  static final String EVENTS_BY_TX =
      "SELECT * FROM lot_events WHERE tx_hash = :tx ORDER BY id LIMIT :n";

  Page<LotSummary> search(String query, TimeKey after, int limit) {
    UUID lot = query == null ? null : Rows.urnUuid(query);
    var spec = jdbc.sql(searchSql(query != null, lot != null, after != null)).param("n", limit + 1);
    if (query != null) {
      spec = spec.param("q", query);
    }
    if (lot != null) {
      spec = spec.param("lot", lot);
    }
    if (after != null) {
      spec = spec.param("at", Timestamp.from(after.at())).param("id", after.id());
    }
    return Page.of(spec.query(Rows::lot).list(), limit, l -> Cursors.time(l.createdAt(), l.id()));
  }

  Optional<LotSummary> find(UUID id) {
    return jdbc.sql("SELECT * FROM lots WHERE id = :id")
        .param("id", id)
        .query(Rows::lot)
        .optional();
  }

  Page<LotEventView> events(UUID lot, Long after, int limit) {
    return Page.of(
        jdbc.sql(EVENTS)
            .param("lot", lot)
            .param("after", after == null ? 0L : after)
            .param("n", limit + 1)
            .query(Rows::lotEvent)
            .list(),
        limit,
        e -> Cursors.sequence(e.id()));
  }

  Page<LotSummary> children(UUID lot, TimeKey after, int limit) {
    TimeKey from = after == null ? new TimeKey(Instant.EPOCH, new UUID(0, 0)) : after;
    return Page.of(
        jdbc.sql(CHILDREN)
            .param("lot", lot)
            .param("at", Timestamp.from(from.at()))
            .param("id", from.id())
            .param("n", limit + 1)
            .query(Rows::lot)
            .list(),
        limit,
        l -> Cursors.time(l.createdAt(), l.id()));
  }

  /** The parent of {@code lot}, its parent, ... up to the root: one primary-key read per tier. */
  List<LotSummary> custodyUp(LotSummary lot, int maxTiers) {
    List<LotSummary> path = new ArrayList<>();
    Set<UUID> seen = new HashSet<>(List.of(lot.id()));
    UUID parent = lot.parentId();
    while (parent != null && path.size() < maxTiers && seen.add(parent)) {
      Optional<LotSummary> found = find(parent);
      if (found.isEmpty()) {
        break;
      }
      path.add(found.get());
      parent = found.get().parentId();
    }
    return path;
  }

  List<LotEventView> byTransaction(String txHash) {
    return jdbc.sql(EVENTS_BY_TX)
        .param("tx", txHash)
        .param("n", Cursors.MAX_LIMIT)
        .query(Rows::lotEvent)
        .list();
  }
}
