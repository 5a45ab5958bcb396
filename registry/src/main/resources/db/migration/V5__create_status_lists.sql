CREATE TABLE status_lists (
  id        BIGSERIAL PRIMARY KEY,
  purpose   TEXT   NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
  size      INT    NOT NULL CHECK (size >= 131072),
  allocated INT    NOT NULL DEFAULT 0,
  version   BIGINT NOT NULL DEFAULT 0
);

-- An allocated index; status 0 = not set, 1 = set (revoked or suspended).
CREATE TABLE status_entries (
  list_id      BIGINT      NOT NULL REFERENCES status_lists (id),
  idx          INT         NOT NULL,
  issuer_did   TEXT        NOT NULL,
  client_id    TEXT        NOT NULL,
  status       SMALLINT    NOT NULL DEFAULT 0,
  allocated_at TIMESTAMPTZ NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (list_id, idx)
);
CREATE INDEX status_entries_set ON status_entries (list_id) WHERE status <> 0;

-- The signed credential of a list at one version: re-signed when the list has changed since.
CREATE TABLE status_list_credentials (
  list_id    BIGINT      PRIMARY KEY REFERENCES status_lists (id),
  version    BIGINT      NOT NULL,
  credential TEXT        NOT NULL,
  etag       TEXT        NOT NULL,
  signed_at  TIMESTAMPTZ NOT NULL
);
