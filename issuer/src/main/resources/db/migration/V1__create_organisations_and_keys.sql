-- An organisation the issuer signs for: its DID and the OAuth2 clients allowed to act for it.
CREATE TABLE organisations (
  id         TEXT        PRIMARY KEY,
  name       TEXT        NOT NULL,
  did        TEXT        NOT NULL UNIQUE,
  did_method TEXT        NOT NULL CHECK (did_method IN ('web', 'key')),
  clients    TEXT[]      NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

-- Its keys: the public key in the clear, the secret sealed under a data key wrapped by the master
-- key. A rotated key stays (active = false) so its verification method stays in the DID document.
CREATE TABLE organisation_keys (
  id               TEXT        PRIMARY KEY,
  org_id           TEXT        NOT NULL REFERENCES organisations (id),
  key_type         TEXT        NOT NULL CHECK (key_type IN ('ED25519', 'P256')),
  public_multikey  TEXT        NOT NULL,
  wrapped_data_key BYTEA       NOT NULL,
  sealed_secret    BYTEA       NOT NULL,
  active           BOOLEAN     NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX organisation_keys_one_active ON organisation_keys (org_id, key_type) WHERE active;
