package org.greenvalue.registry.organisations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, their DIDs and their member clients. */
@Repository
class OrganisationRepository {
  private final JdbcClient jdbc;

  OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Organisation> find(String id) {
    return jdbc.sql("SELECT id, name FROM organisations WHERE id = ?")
        .param(id)
        .query((rs, row) -> rs.getString("name"))
        .optional()
        .map(name -> new Organisation(id, name, dids(id), clients(id)));
  }

  /** The organisation row, locked for an update. */
  boolean lock(String id) {
    return jdbc.sql("SELECT id FROM organisations WHERE id = ? FOR UPDATE")
        .param(id)
        .query(String.class)
        .optional()
        .isPresent();
  }

  Optional<String> ownerOfDid(String did) {
    return jdbc.sql("SELECT organisation_id FROM organisation_dids WHERE did = ?")
        .param(did)
        .query(String.class)
        .optional();
  }

  List<String> organisationsOfClient(String clientId) {
    return jdbc.sql(
            "SELECT organisation_id FROM organisation_clients WHERE client_id = ? ORDER BY 1")
        .param(clientId)
        .query(String.class)
        .list();
  }

  /** Inserts the organisation; false when its id is taken. */
  boolean insert(Organisation organisation, Instant now) {
    Timestamp at = Timestamp.from(now);
    return jdbc.sql(
                """
                INSERT INTO organisations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
            .params(organisation.id(), organisation.name(), at, at)
            .update()
        == 1;
  }

  /**
   * Replaces name, DIDs and clients of an existing (locked) organisation; false when a DID belongs
   * to another organisation.
   */
  boolean replace(Organisation organisation, Instant now) {
    jdbc.sql("UPDATE organisations SET name = ?, updated_at = ? WHERE id = ?")
        .params(organisation.name(), Timestamp.from(now), organisation.id())
        .update();
    jdbc.sql("DELETE FROM organisation_dids WHERE organisation_id = ?")
        .param(organisation.id())
        .update();
    jdbc.sql("DELETE FROM organisation_clients WHERE organisation_id = ?")
        .param(organisation.id())
        .update();
    return members(organisation);
  }

  /** Adds the DIDs and clients; false when a DID belongs to another organisation. */
  boolean members(Organisation organisation) {
    for (String did : organisation.dids()) {
      int added =
          jdbc.sql(
                  """
                  INSERT INTO organisation_dids (did, organisation_id) VALUES (?, ?)
                  ON CONFLICT DO NOTHING""")
              .params(did, organisation.id())
              .update();
      if (added == 0) {
        return false;
      }
    }
    for (String client : organisation.clients()) {
      jdbc.sql(
              """
              INSERT INTO organisation_clients (organisation_id, client_id) VALUES (?, ?)
              ON CONFLICT DO NOTHING""")
          .params(organisation.id(), client)
          .update();
    }
    return true;
  }

  private List<String> dids(String id) {
    return jdbc.sql("SELECT did FROM organisation_dids WHERE organisation_id = ? ORDER BY did")
        .param(id)
        .query(String.class)
        .list();
  }

  private List<String> clients(String id) {
    return jdbc.sql(
            """
            SELECT client_id FROM organisation_clients WHERE organisation_id = ?
            ORDER BY client_id""")
        .param(id)
        .query(String.class)
        .list();
  }
}
