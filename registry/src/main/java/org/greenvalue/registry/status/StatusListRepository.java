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
  Optional<ListRow> lockOpenList(String purpose, double fillLimit) {
    return jdbc.sql(
            """
            SELECT id, size, allocated, version FROM status_lists
            WHERE purpose = ? AND allocated < floor(size * ?) ORDER BY id LIMIT 1 FOR UPDATE""")
        .params(purpose, fillLimit)
        .query(ListRow.class)
        .optional();
  }

  ListRow create(String purpose, int size) {
    return jdbc.sql(
            """
            INSERT INTO status_lists (purpose, size) VALUES (?, ?)
            RETURNING id, size, allocated, version""")
        .params(purpose, size)
        .query(ListRow.class)
        .single();
  }

  Optional<ListRow> find(String purpose, long listId) {
    return jdbc.sql(
            "SELECT id, size, allocated, version FROM status_lists WHERE id = ? AND purpose = ?")
        .params(listId, purpose)
        .query(ListRow.class)
        .optional();
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
    return jdbc.sql(
            """
            SELECT issuer_did, organisation_id, client_id, status FROM status_entries
            WHERE list_id = ? AND idx = ? FOR UPDATE""")
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

  List<Integer> setIndexes(long listId) {
    return jdbc.sql("SELECT idx FROM status_entries WHERE list_id = ? AND status <> 0")
        .param(listId)
        .query(Integer.class)
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

  record ListRow(long id, int size, int allocated, long version) {}

  record EntryRow(String issuer, String organisation, String clientId, int status) {}
}
