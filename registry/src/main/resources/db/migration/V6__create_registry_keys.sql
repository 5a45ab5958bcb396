-- The registry's own signing keys, the secret sealed under a data key that the master key wraps.
CREATE TABLE registry_keys (
  id               TEXT PRIMARY KEY,
  key_type         TEXT        NOT NULL,
  public_multikey  TEXT        NOT NULL,
  wrapped_data_key BYTEA       NOT NULL,
  sealed_secret    BYTEA       NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL
);
