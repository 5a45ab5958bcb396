-- Organisations, registered by the trust authority: the DIDs they sign as and the OAuth2 clients
-- that may act for them. Every lot, status entry and retirement write is bound to one.
CREATE TABLE organisations (
  id         TEXT        PRIMARY KEY,
  name       TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

-- A DID belongs to at most one organisation.
CREATE TABLE organisation_dids (
  did             TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id)
);
CREATE INDEX organisation_dids_by_organisation ON organisation_dids (organisation_id);

-- A client may act for several organisations (the issuer service hosts many).
CREATE TABLE organisation_clients (
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  client_id       TEXT NOT NULL,
  PRIMARY KEY (organisation_id, client_id)
);
CREATE INDEX organisation_clients_by_client ON organisation_clients (client_id);

-- The organisation a status entry was allocated for; only its clients change the entry. Entries
-- allocated before this migration have none and stay with the client that allocated them.
ALTER TABLE status_entries ADD COLUMN organisation_id TEXT REFERENCES organisations (id);

-- The organisation that retired (the lot's owner), named in the certificate too.
ALTER TABLE retirements ADD COLUMN retired_by TEXT;
