-- A lot write (mint, transfer, allocate, claim, retire) whose transaction was sent but not mined
-- within the receipt timeout. Written in its own transaction, so it outlives the request's
-- rollback: a retry of the same request (same ids, derived from the Idempotency-Key) finds the
-- transaction and records it if it was mined, instead of sending again and meeting a refusal.
-- Append-only: a write sent again (its first transaction unknown or reverted) adds a row.
CREATE TABLE lot_pending_writes (
  write_id TEXT        NOT NULL,
  tx_hash  TEXT        NOT NULL,
  sent_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (write_id, tx_hash)
);
CREATE INDEX lot_pending_writes_latest ON lot_pending_writes (write_id, sent_at DESC);
CREATE TRIGGER lot_pending_writes_append_only BEFORE UPDATE OR DELETE ON lot_pending_writes
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
