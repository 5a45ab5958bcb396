package org.greenvalue.registry.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Status lists, their allocated entries, and each list's latest signed credential. */
@Repository
class StatusListRepository {
  private final JdbcClient jdbc;

  StatusListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A list of {@code purpose} with room left, locked for allocation. */
  Optional<ListRow> lockOpenList(String purpose, ListShape shape, double fillLimit) {
    return jdbc.sql(
            """
            SELECT %s FROM status_lists
            WHERE purpose = ? AND status_size = ? AND status_messages IS NOT DISTINCT FROM CAST(? AS TEXT)
              AND allocated < floor(size * ?) ORDER BY id LIMIT 1 FOR UPDATE"""
                .formatted(LIST_COLUMNS))
        .params(purpose, shape.statusSize(), shape.messagesJson(), fillLimit)
        .query(StatusListRepository::list)
        .optional();
  }

  ListRow create(String purpose, ListShape shape, int size) {
    return jdbc.sql(
            """
            INSERT INTO status_lists (purpose, size, status_size, status_messages)
            VALUES (?, ?, ?, ?) RETURNING %s"""
                .formatted(LIST_COLUMNS))
        .params(purpose, size, shape.statusSize(), shape.messagesJson())
        .query(StatusListRepository::list)
        .single();
  }

  Optional<ListRow> find(String purpose, long listId) {
    return jdbc.sql(
            "SELECT %s FROM status_lists WHERE id = ? AND purpose = ?".formatted(LIST_COLUMNS))
        .params(listId, purpose)
        .query(StatusListRepository::list)
        .optional();
  }

  private static final String LIST_COLUMNS =
      "id, size, allocated, version, status_size, status_messages";

  private static ListRow list(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ListRow(
        rs.getLong("id"),
        rs.getInt("size"),
        rs.getInt("allocated"),
        rs.getLong("version"),
        ListShape.stored(rs.getInt("status_size"), rs.getString("status_messages")));
  }

  /** Takes index {@code index} for an issuer; false when it was already taken. */
  boolean allocate(
      long listId, int index, String issuer, String organisation, String clientId, Instant now) {
    Timestamp at = Timestamp.from(now);
    boolean inserted =
        jdbc.sql(
                    """
                INSERT INTO status_entries (list_id, idx, issuer_did, organisation_id, client_id,
                  allocated_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(listId, index, issuer, organisation, clientId, at, at)
                .update()
            == 1;
    if (inserted) {
      jdbc.sql("UPDATE status_lists SET allocated = allocated + 1 WHERE id = ?")
          .param(listId)
          .update();
    }
    return inserted;
  }

  Optional<EntryRow> lockEntry(long listId, int index) {
    return entry(listId, index, " FOR UPDATE");
  }

  Optional<EntryRow> findEntry(long listId, int index) {
    return entry(listId, index, "");
  }

  private Optional<EntryRow> entry(long listId, int index, String lock) {
    return jdbc.sql(
            """
            SELECT issuer_did, organisation_id, client_id, status FROM status_entries
            WHERE list_id = ? AND idx = ?"""
                + lock)
        .params(listId, index)
        .query(
            (rs, row) ->
                new EntryRow(
                    rs.getString("issuer_did"),
                    rs.getString("organisation_id"),
                    rs.getString("client_id"),
                    rs.getInt("status")))
        .optional();
  }

  /** Sets an entry's status and bumps its list's version; returns the new version. */
  long setStatus(long listId, int index, int status, Instant now) {
    jdbc.sql("UPDATE status_entries SET status = ?, updated_at = ? WHERE list_id = ? AND idx = ?")
        .params(status, Timestamp.from(now), listId, index)
        .update();
    return jdbc.sql("UPDATE status_lists SET version = version + 1 WHERE id = ? RETURNING version")
        .param(listId)
        .query(Long.class)
        .single();
  }

  /** The entries whose status is not zero, with their values. */
  List<SetEntry> setEntries(long listId) {
    return jdbc.sql("SELECT idx, status FROM status_entries WHERE list_id = ? AND status <> 0")
        .param(listId)
        .query((rs, row) -> new SetEntry(rs.getInt("idx"), rs.getInt("status")))
        .list();
  }

  Optional<SignedList> signed(long listId) {
    return jdbc.sql(
            "SELECT version, credential, etag FROM status_list_credentials WHERE list_id = ?")
        .param(listId)
        .query(SignedList.class)
        .optional();
  }

  /** Stores a signed credential unless a newer version is already stored. */
  void saveSigned(long listId, SignedList signed, Instant now) {
    jdbc.sql(
            """
            INSERT INTO status_list_credentials (list_id, version, credential, etag, signed_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (list_id) DO UPDATE SET version = EXCLUDED.version,
              credential = EXCLUDED.credential, etag = EXCLUDED.etag, signed_at = EXCLUDED.signed_at
            WHERE status_list_credentials.version < EXCLUDED.version""")
        .params(listId, signed.version(), signed.credential(), signed.etag(), Timestamp.from(now))
        .update();
  }

  record ListRow(long id, int size, int allocated, long version, ListShape shape) {}

  record SetEntry(int index, int status) {}

  record EntryRow(String issuer, String organisation, String clientId, int status) {}
}
