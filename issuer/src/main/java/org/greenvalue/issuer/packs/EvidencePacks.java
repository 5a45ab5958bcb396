package org.greenvalue.issuer.packs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The packs the issuer holds, by manifest digest. */
@Repository
public class EvidencePacks {
  private final JdbcClient jdbc;

  EvidencePacks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredPack pack) {
    jdbc.sql(
            """
            INSERT INTO evidence_packs (manifest_digest, merkle_root, pack_id, org_id, size_bytes,
              files, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            pack.manifestDigest(),
            pack.merkleRoot(),
            pack.packId(),
            pack.orgId(),
            pack.sizeBytes(),
            pack.files(),
            Timestamp.from(pack.createdAt()))
        .update();
  }

  public Optional<StoredPack> find(String manifestDigest) {
    return jdbc.sql("SELECT * FROM evidence_packs WHERE manifest_digest = ?")
        .param(manifestDigest)
        .query((rs, row) -> pack(rs))
        .optional();
  }

  /** The organisation's packs, newest first, at most {@code limit}. */
  List<StoredPack> ofOrganisation(String orgId, int limit) {
    return jdbc.sql(
            "SELECT * FROM evidence_packs WHERE org_id = ? ORDER BY created_at DESC LIMIT ?")
        .params(orgId, limit)
        .query((rs, row) -> pack(rs))
        .list();
  }

  /**
   * Those of the organisation's packs among {@code digests}, newest first, at most {@code limit}.
   */
  List<StoredPack> ofOrganisation(String orgId, List<String> digests, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM evidence_packs WHERE org_id = ? AND manifest_digest = ANY(?::text[])
            ORDER BY created_at DESC LIMIT ?""")
        .params(orgId, digests.toArray(String[]::new), limit)
        .query((rs, row) -> pack(rs))
        .list();
  }

  private static StoredPack pack(ResultSet rs) throws SQLException {
    return new StoredPack(
        rs.getString("manifest_digest"),
        rs.getString("merkle_root"),
        rs.getString("pack_id"),
        rs.getString("org_id"),
        rs.getLong("size_bytes"),
        rs.getString("files"),
        rs.getTimestamp("created_at").toInstant());
  }
}
