-- A chain can be lost (reset, or replaced by another): the batches anchored only there can never be
-- verified again. Their digests are anchored again in new batches, so a digest may now belong to
-- several batches, and have several receipts, of which only one is current.

-- The block hash of an anchored batch, so a later check tells whether the block is still on the
-- node's chain (null for batches anchored before this migration: their transaction is looked up).
ALTER TABLE anchor_batches ADD COLUMN block_hash TEXT;

-- A batch found missing from the current chain. Its receipts are superseded, its digests queued
-- again. Append-only.
CREATE TABLE anchor_batch_losses (
  batch    BIGINT      PRIMARY KEY REFERENCES anchor_batches (id),
  reason   TEXT        NOT NULL,
  found_at TIMESTAMPTZ NOT NULL
);
CREATE TRIGGER anchor_batch_losses_append_only BEFORE UPDATE OR DELETE ON anchor_batch_losses
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- A digest in one batch per anchoring: the lost batch and the new one.
ALTER TABLE anchor_batch_members DROP CONSTRAINT anchor_batch_members_pkey;
ALTER TABLE anchor_batch_members ADD PRIMARY KEY (digest, batch);

-- A receipt per anchoring; the current one is that of the batch not lost.
ALTER TABLE anchor_receipts DROP CONSTRAINT anchor_receipts_pkey;
ALTER TABLE anchor_receipts ADD PRIMARY KEY (digest, batch);

-- The receipts that still verify against the chain: one per digest at most.
CREATE VIEW current_anchor_receipts AS
  SELECT r.* FROM anchor_receipts r
  WHERE NOT EXISTS (SELECT 1 FROM anchor_batch_losses l WHERE l.batch = r.batch);

-- The same digests, queued again in the same order, give the same root on the new chain.
ALTER TABLE anchor_batches DROP CONSTRAINT anchor_batches_root_key;
CREATE INDEX anchor_batches_by_root ON anchor_batches (root);
