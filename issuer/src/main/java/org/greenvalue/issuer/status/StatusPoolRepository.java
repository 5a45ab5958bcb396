package org.greenvalue.issuer.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.registry.client.StatusEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entries allocated ahead from the registry, each taken once. */
@Repository
class StatusPoolRepository {
  private final JdbcClient jdbc;

  StatusPoolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(String issuerDid, StatusEntry entry, Instant now) {
    jdbc.sql(
            """
            INSERT INTO status_entry_pool (id, issuer_did, purpose, entry, list_id, list_index,
              created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            UUID.randomUUID().toString(),
            issuerDid,
            entry.purpose(),
            entry.json(),
            entry.listId(),
            entry.index(),
            Timestamp.from(now))
        .update();
  }

  /** Removes and returns one entry; concurrent takers never get the same one. */
  Optional<TakenEntry> take(String issuerDid, String purpose) {
    return jdbc.sql(
            """
            DELETE FROM status_entry_pool WHERE id = (
              SELECT id FROM status_entry_pool WHERE issuer_did = ? AND purpose = ?
              LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING purpose, list_id, list_index, entry""")
        .params(issuerDid, purpose)
        .query(
            (rs, row) ->
                new TakenEntry(
                    rs.getString("purpose"),
                    rs.getLong("list_id"),
                    rs.getInt("list_index"),
                    rs.getString("entry")))
        .optional();
  }

  int count(String issuerDid, String purpose) {
    return jdbc.sql("SELECT count(*) FROM status_entry_pool WHERE issuer_did = ? AND purpose = ?")
        .params(issuerDid, purpose)
        .query(Integer.class)
        .single();
  }
}
