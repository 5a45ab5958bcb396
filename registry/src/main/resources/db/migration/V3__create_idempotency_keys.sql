-- One row per (client, key): the request's fingerprint and the response it got.
CREATE TABLE idempotency_keys (
  client_id       TEXT        NOT NULL,
  idempotency_key TEXT        NOT NULL,
  request_hash    TEXT        NOT NULL,
  response_status INT,
  response_body   TEXT,
  created_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (client_id, idempotency_key)
);
