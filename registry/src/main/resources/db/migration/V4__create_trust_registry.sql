-- The current status per DID and credential type: one row to lock while a change goes to chain.
CREATE TABLE trust_subjects (
  did             TEXT NOT NULL,
  credential_type TEXT NOT NULL,
  role            TEXT NOT NULL,
  status          TEXT NOT NULL,
  PRIMARY KEY (did, credential_type)
);

-- Every accreditation and status change, as recorded on chain (effective at block time).
CREATE TABLE trust_events (
  id                    BIGSERIAL PRIMARY KEY,
  did                   TEXT        NOT NULL,
  credential_type       TEXT        NOT NULL,
  kind                  TEXT        NOT NULL CHECK (kind IN ('ACCREDITED', 'STATUS_CHANGED')),
  status                TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
  role                  TEXT,
  valid_from            TIMESTAMPTZ,
  valid_until           TIMESTAMPTZ,
  accrediting_authority TEXT,
  reason                TEXT,
  client_id             TEXT        NOT NULL,
  requested_at          TIMESTAMPTZ NOT NULL,
  chain_id              BIGINT      NOT NULL,
  contract_address      TEXT        NOT NULL,
  tx_hash               TEXT        NOT NULL,
  block_number          BIGINT,
  block_time            TIMESTAMPTZ,
  FOREIGN KEY (did, credential_type) REFERENCES trust_subjects (did, credential_type)
);
CREATE INDEX trust_events_by_subject ON trust_events (did, credential_type, id);

CREATE TRIGGER trust_events_append_only BEFORE UPDATE OR DELETE ON trust_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
