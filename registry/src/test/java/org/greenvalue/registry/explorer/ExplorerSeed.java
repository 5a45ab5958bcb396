package org.greenvalue.registry.explorer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk rows straight in SQL for plan checks and latency figures: {@code lots} lots (the second half
 * transferred out of the first, each with its transfer record), three events each, an allocation of
 * every lot of the first half with one claim on it, a retirement per five lots, 1,000 organisations
 * with a DID and ten accredited types each (two trust events per type), an anchored batch per ten
 * lots. Ids and hashes derive from {@code prefix} and the row number.
 */
final class ExplorerSeed {
  static final int ORGANISATIONS = 1_000;

  private ExplorerSeed() {}

  /** The id of seeded lot {@code n}: the UUID spelled by the MD5 of its name, as in the SQL. */
  static UUID lotId(String prefix, int n) {
    try {
      byte[] md5 =
          MessageDigest.getInstance("MD5")
              .digest((prefix + "-lot-" + n).getBytes(StandardCharsets.UTF_8));
      ByteBuffer bytes = ByteBuffer.wrap(md5);
      return new UUID(bytes.getLong(), bytes.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The transaction hash the seed gives row {@code n} of {@code kind}. */
  static String txHash(String kind, int n) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      return "0x"
          + HexFormat.of().formatHex(sha.digest((kind + n).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void seed(JdbcClient jdbc, String prefix, int lots) {
    int half = lots / 2;
    String lotUuid = "md5(:p || '-lot-' || %s)::uuid";
    jdbc.sql(
            """
            INSERT INTO organisations (id, name, created_at, updated_at)
            SELECT :p || '-org-' || g, 'Organisation ' || g, now(), now()
            FROM generate_series(1, :orgs) g""")
        .param("p", prefix)
        .param("orgs", ORGANISATIONS)
        .update();
    jdbc.sql(
            """
            INSERT INTO organisation_dids (did, organisation_id)
            SELECT 'did:web:' || :p || '-' || g || '.example', :p || '-org-' || g
            FROM generate_series(1, :orgs) g""")
        .param("p", prefix)
        .param("orgs", ORGANISATIONS)
        .update();
    jdbc.sql(
            ("""
            INSERT INTO lots (id, chain_lot_id, parent_id, owner, credential_digest, project_id,
              facility_id, period_start, period_end, quantity_grams, created_at)
            SELECT %s, md5(:p || '-chain-' || g),
              CASE WHEN g > :half THEN %s END,
              :p || '-org-' || (g %% :orgs + 1), 'sha256:' || md5(:p || g) || md5(g || :p),
              'urn:gvr:project:' || :p || '-' || (g %% 5000), 'urn:gvr:facility:' || :p || '-' || (g %% 2000),
              '2025-01-01', '2026-01-01', 1000000000, now() - (:lots - g) * interval '1 second'
            FROM generate_series(1, :lots) g""")
                .formatted(lotUuid.formatted("g"), lotUuid.formatted("(g - :half)")))
        .param("p", prefix)
        .param("half", half)
        .param("orgs", ORGANISATIONS)
        .param("lots", lots)
        .update();
    jdbc.sql(
            ("""
            INSERT INTO lot_events (lot_id, kind, grams, counterparty, client_id, at, chain_id,
              contract_address, tx_hash, block_number, block_time)
            SELECT %s, k.kind, 1000000, NULL, 'seed', now(), 31337, '0xseed',
              '0x' || encode(sha256(convert_to(:p || '-event' || (3 * g + k.n), 'UTF8')), 'hex'),
              3 * g + k.n, now()
            FROM generate_series(1, :lots) g
            CROSS JOIN (VALUES (0, 'MINTED'), (1, 'ALLOCATED'), (2, 'RETIRED')) AS k(n, kind)""")
                .formatted(lotUuid.formatted("g")))
        .param("p", prefix)
        .param("lots", lots)
        .update();
    jdbc.sql(
            ("""
            INSERT INTO retirements (id, chain_retirement_id, lot_id, grams, beneficiary, purpose,
              retired_at, certificate, client_id, chain_id, contract_address, tx_hash, block_number,
              retired_by)
            SELECT md5(:p || '-retirement-' || g)::uuid, md5(:p || '-ret-' || g), %s,
              1000000, 'Beneficiary ' || g, 'Scope 3', now() - (:lots - g) * interval '1 second',
              '{"credentialSubject":{"type":"RetirementCertificate"}}', 'seed', 31337, '0xseed',
              '0x' || encode(sha256(convert_to(:p || '-retirement' || g, 'UTF8')), 'hex'), g,
              :p || '-org-' || (g %% :orgs + 1)
            FROM generate_series(1, :lots, 5) g""")
                .formatted(lotUuid.formatted("g")))
        .param("p", prefix)
        .param("lots", lots)
        .param("orgs", ORGANISATIONS)
        .update();
    custody(jdbc, prefix, lots);
    jdbc.sql(
            """
            INSERT INTO trust_subjects (did, credential_type, role, status)
            SELECT 'did:web:' || :p || '-' || g || '.example', 'Type' || t, 'ISSUER', 'ACTIVE'
            FROM generate_series(1, :orgs) g CROSS JOIN generate_series(1, 10) t""")
        .param("p", prefix)
        .param("orgs", ORGANISATIONS)
        .update();
    jdbc.sql(
            """
            INSERT INTO trust_events (did, credential_type, kind, status, role, valid_from,
              valid_until, client_id, requested_at, chain_id, contract_address, tx_hash,
              block_number, block_time)
            SELECT 'did:web:' || :p || '-' || g || '.example', 'Type' || t, k.kind, 'ACTIVE',
              'ISSUER', '2025-01-01', '2030-01-01', 'seed', now(), 31337, '0xseed',
              '0x' || encode(sha256(convert_to(:p || '-trust' || g || '-' || t || k.kind, 'UTF8')), 'hex'),
              g, now()
            FROM generate_series(1, :orgs) g CROSS JOIN generate_series(1, 10) t
            CROSS JOIN (VALUES ('ACCREDITED'), ('STATUS_CHANGED')) AS k(kind)""")
        .param("p", prefix)
        .param("orgs", ORGANISATIONS)
        .update();
    jdbc.sql(
            """
            INSERT INTO anchor_batches (batch_id, root, leaf_count, state, prepared_at, chain_id,
              contract, tx_hash, block_number, block_time)
            SELECT md5(:p || '-batch-' || g), md5(:p || '-root-' || g), 10, 'ANCHORED', now(),
              31337, '0xseed',
              '0x' || encode(sha256(convert_to(:p || '-batch' || g, 'UTF8')), 'hex'), g, now()
            FROM generate_series(1, :batches) g""")
        .param("p", prefix)
        .param("batches", lots / 10)
        .update();
    for (String table :
        new String[] {
          "lots",
          "lot_events",
          "lot_transfers",
          "allocations",
          "allocation_claims",
          "retirements",
          "trust_subjects",
          "trust_events",
          "anchor_batches",
          "organisations",
          "organisation_dids"
        }) {
      jdbc.sql("ANALYZE " + table).update();
    }
  }

  /** Transfers into the second half of the lots; an allocation and a claim per first-half lot. */
  private static void custody(JdbcClient jdbc, String prefix, int lots) {
    int half = lots / 2;
    String lotUuid = "md5(:p || '-lot-' || %s)::uuid";
    String ledger =
        "31337, '0xseed', '0x' || encode(sha256(convert_to(:p || '-%s' || g, 'UTF8')), 'hex'), g, now()";
    jdbc.sql(
            ("""
            INSERT INTO lot_transfers (id, lot_id, child_lot_id, transferor, transferee, grams,
              delivery_reference, record, client_id, chain_id, contract_address, tx_hash,
              block_number, block_time)
            SELECT md5(:p || '-transfer-' || g)::uuid, %s, %s, :p || '-from-' || g,
              :p || '-to-' || g, 1000000000, 'INV-' || g, '{}', 'seed', %s
            FROM generate_series(:half + 1, :lots) g""")
                .formatted(
                    lotUuid.formatted("(g - :half)"),
                    lotUuid.formatted("g"),
                    ledger.formatted("transfer")))
        .param("p", prefix)
        .param("half", half)
        .param("lots", lots)
        .update();
    jdbc.sql(
            ("""
            INSERT INTO allocations (id, chain_allocation_id, lot_id, owner, product_batch_id,
              site_id, period_start, period_end, grams, claimed_grams, client_id, chain_id,
              contract_address, tx_hash, block_number, block_time)
            SELECT md5(:p || '-allocation-' || g)::uuid, md5(:p || '-chain-allocation-' || g), %s,
              :p || '-org-' || g, 'batch-' || g, 'site-' || (g %% 100), '2026-01-01',
              '2026-04-01', 1000000, 1000000, 'seed', %s
            FROM generate_series(1, :half) g""")
                .formatted(lotUuid.formatted("g"), ledger.formatted("allocation")))
        .param("p", prefix)
        .param("half", half)
        .update();
    jdbc.sql(
            ("""
            INSERT INTO allocation_claims (allocation_id, credential_id, grams, client_id, at,
              chain_id, contract_address, tx_hash, block_number, block_time)
            SELECT md5(:p || '-allocation-' || g)::uuid, 'urn:uuid:' || md5(:p || '-vc-' || g)::uuid,
              1000000, 'seed', now(), %s
            FROM generate_series(1, :half) g""")
                .formatted(ledger.formatted("claim")))
        .param("p", prefix)
        .param("half", half)
        .update();
  }
}
