package org.greenvalue.issuer.status;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which status list entries issued credentials carry: each at most once (the primary key makes a
 * second claim fail, also under concurrent issuing).
 */
@Repository
public class StatusClaims {
  private final JdbcClient jdbc;

  StatusClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean claimed(long listId, int index) {
    return jdbc.sql("SELECT count(*) FROM status_entry_claims WHERE list_id = ? AND list_index = ?")
            .params(listId, index)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * Inside the issuing transaction: claims the entries for {@code credentialId} and removes them
   * from the pool, so an entry a caller brought is never handed out again. A claimed entry makes it
   * fail with a duplicate key.
   */
  public void claim(String credentialId, List<TakenEntry> entries) {
    for (TakenEntry entry : entries) {
      jdbc.sql(
              "INSERT INTO status_entry_claims (list_id, list_index, credential_id) VALUES (?, ?, ?)")
          .params(entry.listId(), entry.index(), credentialId)
          .update();
      jdbc.sql("DELETE FROM status_entry_pool WHERE list_id = ? AND list_index = ?")
          .params(entry.listId(), entry.index())
          .update();
    }
  }
}
