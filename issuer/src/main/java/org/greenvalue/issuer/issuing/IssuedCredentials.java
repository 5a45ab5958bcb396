package org.greenvalue.issuer.issuing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.status.TakenEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every credential the issuer has issued. */
@Repository
public class IssuedCredentials {
  private final JdbcClient jdbc;

  IssuedCredentials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inside the issuing transaction. A credential a footprint's PACT extension shows (a ΔCO2 of a
   * product, an assurance) raises the footprints version in the same transaction, so a cached PACT
   * page rendered before it is no longer current once it commits.
   */
  void insert(IssuedCredential c, CredentialLinks links) {
    jdbc.sql(
            """
            INSERT INTO issued_credentials (id, org_id, kind, format, digest, credential,
              status_entries, evidence_digest, evidence_root, created_at, product_id, assures)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.id(),
            c.orgId(),
            c.kind(),
            c.format().label(),
            c.digest(),
            c.secured(),
            TakenEntry.stored(c.statusEntries()),
            c.evidenceDigest(),
            c.evidenceRoot(),
            Timestamp.from(c.createdAt()),
            links.productId(),
            links.assures())
        .update();
    if (links.shownOnFootprints()) {
      raiseFootprintsVersion();
    }
  }

  /**
   * Footprints served on the PACT API show their ΔCO2 and assurances (unless revoked): pages must
   * be rendered again.
   */
  void raiseFootprintsVersion() {
    int raised = jdbc.sql("UPDATE footprints_version SET version = version + 1").update();
    if (raised != 1) {
      throw new IllegalStateException("footprints_version must hold one row, not " + raised);
    }
  }

  public Optional<IssuedCredential> find(String id) {
    return jdbc.sql("SELECT * FROM issued_credentials WHERE id = ?")
        .param(id)
        .query((rs, row) -> credential(rs))
        .optional();
  }

  public Optional<IssuedCredential> findByDigest(String digest) {
    return jdbc.sql("SELECT * FROM issued_credentials WHERE digest = ?")
        .param(digest)
        .query((rs, row) -> credential(rs))
        .optional();
  }

  boolean exists(String id) {
    return jdbc.sql("SELECT count(*) FROM issued_credentials WHERE id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  private static IssuedCredential credential(ResultSet rs) throws SQLException {
    return new IssuedCredential(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("kind"),
        SecuringFormat.ofLabel(rs.getString("format")).orElseThrow(),
        rs.getString("digest"),
        rs.getString("credential"),
        TakenEntry.listOf(rs.getString("status_entries")),
        rs.getString("evidence_digest"),
        rs.getString("evidence_root"),
        rs.getTimestamp("created_at").toInstant());
  }
}
