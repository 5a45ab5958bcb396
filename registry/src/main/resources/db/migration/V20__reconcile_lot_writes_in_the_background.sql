-- The request behind a lot write left unconfirmed (lot_pending_writes), kept so that the
-- registry can finish it by itself once its transaction is mined (PendingLotWriteReconciler):
-- replayed as its client (same Idempotency-Key, so the same ids and the stored answer), it records
-- the mined transaction as a retry would. Never sent again by the registry: a transaction that was
-- dropped or reverted settles the request as abandoned, and only the client may try again.
CREATE TABLE lot_write_requests (
  write_id        TEXT        PRIMARY KEY,
  client_id       TEXT        NOT NULL,
  idempotency_key TEXT        NOT NULL,
  operation       TEXT        NOT NULL,
  request         TEXT        NOT NULL,
  base_url        TEXT        NOT NULL,
  recorded_at     TIMESTAMPTZ NOT NULL,
  settled_at      TIMESTAMPTZ,
  outcome         TEXT
);
CREATE INDEX lot_write_requests_unsettled ON lot_write_requests (recorded_at)
  WHERE settled_at IS NULL;
