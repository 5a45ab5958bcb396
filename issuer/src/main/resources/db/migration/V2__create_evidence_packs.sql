-- Evidence packs stored content-addressed: the ZIP lives in the pack directory under its manifest
-- digest; this row says whose it is and what it commits to.
CREATE TABLE evidence_packs (
  manifest_digest TEXT        PRIMARY KEY,
  merkle_root     TEXT        NOT NULL,
  pack_id         TEXT        NOT NULL,
  org_id          TEXT        NOT NULL REFERENCES organisations (id),
  size_bytes      BIGINT      NOT NULL,
  files           TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL
);
