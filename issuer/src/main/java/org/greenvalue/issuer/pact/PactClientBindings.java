package org.greenvalue.issuer.pact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which PACT clients may read which organisation's footprints ({@code pact_client_bindings}).
 * Managed by the organisation's own clients; read by every PACT listing, get and request answer.
 */
@Repository
class PactClientBindings {
  private final JdbcClient jdbc;

  PactClientBindings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A PACT client bound to an organisation: by whom and when. */
  record Binding(String organisation, String clientId, String boundBy, Instant boundAt) {}

  /** False when the client was bound to the organisation already. */
  boolean bind(String orgId, String clientId, String by, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO pact_client_bindings (client_id, org_id, bound_by, bound_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(clientId, orgId, by, Timestamp.from(now))
            .update()
        == 1;
  }

  /** False when the client was not bound to the organisation. */
  boolean unbind(String orgId, String clientId) {
    return jdbc.sql("DELETE FROM pact_client_bindings WHERE org_id = ? AND client_id = ?")
            .params(orgId, clientId)
            .update()
        == 1;
  }

  List<Binding> of(String orgId) {
    return jdbc.sql(
            "SELECT * FROM pact_client_bindings WHERE org_id = ? ORDER BY bound_at, client_id")
        .param(orgId)
        .query(
            (rs, row) ->
                new Binding(
                    rs.getString("org_id"),
                    rs.getString("client_id"),
                    rs.getString("bound_by"),
                    rs.getTimestamp("bound_at").toInstant()))
        .list();
  }
}
