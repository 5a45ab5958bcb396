package org.greenvalue.issuer.engagements;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Engagements: inserted, ended early, never deleted. */
@Repository
class EngagementRepository {
  private final JdbcClient jdbc;

  EngagementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Engagement e) {
    jdbc.sql(
            """
            INSERT INTO engagements (id, supplier_org, provider_org, packs, valid_from,
              valid_until, granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            e.id(),
            e.supplier(),
            e.provider(),
            e.packs().toArray(String[]::new),
            Timestamp.from(e.validFrom()),
            Timestamp.from(e.validUntil()),
            e.grantedBy(),
            Timestamp.from(e.grantedAt()))
        .update();
  }

  Optional<Engagement> find(String supplier, String id) {
    return jdbc.sql("SELECT * FROM engagements WHERE supplier_org = ? AND id = ?")
        .params(supplier, id)
        .query((rs, row) -> engagement(rs))
        .optional();
  }

  /** Ends it at {@code now} unless it was ended already; false if it was. */
  boolean end(String supplier, String id, String by, Instant now) {
    return jdbc.sql(
                """
                UPDATE engagements SET ended_by = ?, ended_at = ?
                WHERE supplier_org = ? AND id = ? AND ended_at IS NULL""")
            .params(by, Timestamp.from(now), supplier, id)
            .update()
        == 1;
  }

  /** The supplier's engagements, newest first; only those of {@code providers} unless null. */
  List<Engagement> ofSupplier(String supplier, List<String> providers) {
    if (providers == null) {
      return jdbc.sql("SELECT * FROM engagements WHERE supplier_org = ? ORDER BY granted_at DESC")
          .param(supplier)
          .query((rs, row) -> engagement(rs))
          .list();
    }
    return jdbc.sql(
            """
            SELECT * FROM engagements WHERE supplier_org = ? AND provider_org = ANY(?::text[])
            ORDER BY granted_at DESC""")
        .params(supplier, providers.toArray(String[]::new))
        .query((rs, row) -> engagement(rs))
        .list();
  }

  /** The engagements of {@code supplier} with any of {@code providers} in force at {@code now}. */
  List<Engagement> inForce(String supplier, List<String> providers, Instant now) {
    Timestamp at = Timestamp.from(now);
    return jdbc.sql(
            """
            SELECT * FROM engagements WHERE supplier_org = ? AND provider_org = ANY(?::text[])
              AND valid_from <= ? AND ? < valid_until AND (ended_at IS NULL OR ? < ended_at)""")
        .params(supplier, providers.toArray(String[]::new), at, at, at)
        .query((rs, row) -> engagement(rs))
        .list();
  }

  private static Engagement engagement(ResultSet rs) throws SQLException {
    Array packs = rs.getArray("packs");
    Timestamp ended = rs.getTimestamp("ended_at");
    return new Engagement(
        rs.getString("id"),
        rs.getString("supplier_org"),
        rs.getString("provider_org"),
        Arrays.asList((String[]) packs.getArray()),
        rs.getTimestamp("valid_from").toInstant(),
        rs.getTimestamp("valid_until").toInstant(),
        rs.getString("granted_by"),
        rs.getTimestamp("granted_at").toInstant(),
        rs.getString("ended_by"),
        ended == null ? null : ended.toInstant());
  }
}
