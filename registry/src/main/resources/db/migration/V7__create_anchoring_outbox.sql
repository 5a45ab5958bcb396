-- Every digest ever submitted for anchoring, once (the digest is the natural key). Append-only.
CREATE TABLE anchor_outbox (
  seq          BIGSERIAL   PRIMARY KEY,
  digest       TEXT        NOT NULL UNIQUE,
  submitted_at TIMESTAMPTZ NOT NULL,
  client_id    TEXT        NOT NULL
);
CREATE TRIGGER anchor_outbox_append_only BEFORE UPDATE OR DELETE ON anchor_outbox
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The digests no batch has taken yet: a small queue, emptied as batches are prepared.
CREATE TABLE anchor_pending (
  seq    BIGINT PRIMARY KEY,
  digest TEXT   NOT NULL UNIQUE REFERENCES anchor_outbox (digest)
);

-- One Merkle batch: recorded (batch id, root, members) before its transaction is sent, so a batch
-- whose receipt was lost is found again on chain by its batch id after a restart.
CREATE TABLE anchor_batches (
  id           BIGSERIAL   PRIMARY KEY,
  batch_id     TEXT        NOT NULL UNIQUE,
  root         TEXT        NOT NULL UNIQUE,
  leaf_count   INT         NOT NULL CHECK (leaf_count > 0),
  state        TEXT        NOT NULL CHECK (state IN ('PREPARED', 'ANCHORED')),
  prepared_at  TIMESTAMPTZ NOT NULL,
  chain_id     BIGINT,
  contract     TEXT,
  tx_hash      TEXT,
  block_number BIGINT,
  block_time   TIMESTAMPTZ
);
CREATE INDEX anchor_batches_unfinished ON anchor_batches (id) WHERE state = 'PREPARED';

-- Which batch took a digest, at which leaf: the primary key keeps a digest in one batch only.
CREATE TABLE anchor_batch_members (
  digest     TEXT   PRIMARY KEY REFERENCES anchor_outbox (digest),
  batch      BIGINT NOT NULL REFERENCES anchor_batches (id),
  leaf_index INT    NOT NULL,
  UNIQUE (batch, leaf_index)
);

-- The receipt of every anchored digest, as contracts' AnchorReceiptJson writes it. Append-only.
CREATE TABLE anchor_receipts (
  digest      TEXT        PRIMARY KEY REFERENCES anchor_outbox (digest),
  batch       BIGINT      NOT NULL REFERENCES anchor_batches (id),
  receipt     TEXT        NOT NULL,
  anchored_at TIMESTAMPTZ NOT NULL
);
CREATE TRIGGER anchor_receipts_append_only BEFORE UPDATE OR DELETE ON anchor_receipts
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
