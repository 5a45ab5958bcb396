package org.greenvalue.issuer.issuing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.status.TakenEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every credential the issuer has issued. */
@Repository
public class IssuedCredentials {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<TakenEntry>> ENTRIES = new TypeReference<>() {};

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
            entries(c.statusEntries()),
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

  /** Footprints served on the PACT API show their ΔCO2 and assurances: pages must be rendered. */
  private void raiseFootprintsVersion() {
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

  /** A revoked credential leaves the footprints' PACT extension: their pages must be rendered. */
  void setStatus(String id, String purpose, boolean set) {
    String column = "revocation".equals(purpose) ? "revoked" : "suspended";
    jdbc.sql("UPDATE issued_credentials SET " + column + " = ? WHERE id = ?")
        .params(set, id)
        .update();
    if ("revocation".equals(purpose)) {
      raiseFootprintsVersion();
    }
  }

  Status status(String id) {
    return jdbc.sql("SELECT revoked, suspended FROM issued_credentials WHERE id = ?")
        .param(id)
        .query((rs, row) -> new Status(rs.getBoolean("revoked"), rs.getBoolean("suspended")))
        .single();
  }

  /** Whether the credential is revoked or suspended, as last set through the issuer. */
  record Status(boolean revoked, boolean suspended) {}

  private static IssuedCredential credential(ResultSet rs) throws SQLException {
    try {
      return new IssuedCredential(
          rs.getString("id"),
          rs.getString("org_id"),
          rs.getString("kind"),
          SecuringFormat.ofLabel(rs.getString("format")).orElseThrow(),
          rs.getString("digest"),
          rs.getString("credential"),
          JSON.readValue(rs.getString("status_entries"), ENTRIES),
          rs.getString("evidence_digest"),
          rs.getString("evidence_root"),
          rs.getTimestamp("created_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored status entries are unreadable", e);
    }
  }

  private static String entries(List<TakenEntry> entries) {
    try {
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
