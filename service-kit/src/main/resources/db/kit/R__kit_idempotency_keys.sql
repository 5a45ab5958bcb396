-- The service kit's idempotency keys: one row per (client, key) with the request's fingerprint and
-- the response it got. Repeatable and IF NOT EXISTS, so it sits beside any service's versioned
-- migrations (including one that already created this table).
CREATE TABLE IF NOT EXISTS idempotency_keys (
  client_id       TEXT        NOT NULL,
  idempotency_key TEXT        NOT NULL,
  request_hash    TEXT        NOT NULL,
  response_status INT,
  response_body   TEXT,
  created_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (client_id, idempotency_key)
);
