-- Status list entries allocated ahead from the registry, per issuer DID and purpose, so issuing
-- does not wait on the registry; each is taken by exactly one credential.
CREATE TABLE status_entry_pool (
  id         TEXT        PRIMARY KEY,
  issuer_did TEXT        NOT NULL,
  purpose    TEXT        NOT NULL,
  entry      TEXT        NOT NULL,
  list_id    BIGINT      NOT NULL,
  list_index INT         NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX status_entry_pool_take ON status_entry_pool (issuer_did, purpose);
