-- Every credential issued, exactly as handed out, with its digest and status list entries.
CREATE TABLE issued_credentials (
  id              TEXT        PRIMARY KEY,
  org_id          TEXT        NOT NULL REFERENCES organisations (id),
  kind            TEXT        NOT NULL,
  format          TEXT        NOT NULL,
  digest          TEXT        NOT NULL UNIQUE,
  credential      TEXT        NOT NULL,
  status_entries  TEXT        NOT NULL,
  evidence_digest TEXT,
  evidence_root   TEXT,
  revoked         BOOLEAN     NOT NULL DEFAULT FALSE,
  suspended       BOOLEAN     NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX issued_credentials_org ON issued_credentials (org_id, created_at);

-- The issuer-side anchoring outbox: written in the same transaction as the credential, drained by
-- a worker into the registry's POST /anchors with backoff while the registry is away.
CREATE TABLE anchor_outbox (
  digest          TEXT        PRIMARY KEY,
  credential_id   TEXT        NOT NULL REFERENCES issued_credentials (id),
  state           TEXT        NOT NULL CHECK (state IN ('QUEUED', 'SUBMITTED', 'ANCHORED', 'REFUSED')),
  attempts        INT         NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error      TEXT,
  submitted_at    TIMESTAMPTZ,
  created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX anchor_outbox_due ON anchor_outbox (next_attempt_at) WHERE state = 'QUEUED';
