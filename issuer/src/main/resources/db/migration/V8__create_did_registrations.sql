-- Each change of a did:web organisation's DID document (creation, rotation, a key revoked for
-- compromise), written in the transaction that makes the change and registered with the registry's
-- POST /dids/versions by a worker, in version order per DID, with backoff while the registry is
-- away or does not know the organisation yet.
CREATE TABLE did_registrations (
  did             TEXT        NOT NULL,
  version         INT         NOT NULL CHECK (version >= 1),
  org_id          TEXT        NOT NULL REFERENCES organisations (id),
  document        TEXT        NOT NULL,
  change_kind     TEXT        NOT NULL
                  CHECK (change_kind IN ('CREATED', 'ROTATED', 'KEY_COMPROMISED')),
  key_id          TEXT,
  compromised_at  TIMESTAMPTZ,
  valid_from      TIMESTAMPTZ NOT NULL,
  state           TEXT        NOT NULL CHECK (state IN ('QUEUED', 'REGISTERED', 'REFUSED')),
  attempts        INT         NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error      TEXT,
  digest          TEXT,
  registered_at   TIMESTAMPTZ,
  PRIMARY KEY (did, version)
);
CREATE INDEX did_registrations_due ON did_registrations (next_attempt_at) WHERE state = 'QUEUED';

-- A key revoked for compromise: no longer used for signing and no longer in the DID document; the
-- registry's DID history keeps it for credentials anchored before the compromise.
ALTER TABLE organisation_keys ADD COLUMN compromised_at TIMESTAMPTZ;
