-- Green-value lots as GreenValueLedger holds them, in integer grams CO2e. A lot minted from a ΔCO2
-- credential has no parent; a transfer creates a child lot. The running totals are updated under
-- the lot's row lock, in the same transaction that records the confirmed chain write.
CREATE TABLE lots (
  id                UUID          PRIMARY KEY,
  chain_lot_id      TEXT          NOT NULL UNIQUE,
  parent_id         UUID          REFERENCES lots (id),
  owner             TEXT          NOT NULL,
  credential_digest TEXT          NOT NULL,
  credential_id     TEXT,
  project_id        TEXT          NOT NULL,
  facility_id       TEXT          NOT NULL,
  period_start      TIMESTAMPTZ   NOT NULL,
  period_end        TIMESTAMPTZ   NOT NULL,
  quantity_grams    NUMERIC(78,0) NOT NULL CHECK (quantity_grams > 0),
  allocated_grams   NUMERIC(78,0) NOT NULL DEFAULT 0 CHECK (allocated_grams >= 0),
  retired_grams     NUMERIC(78,0) NOT NULL DEFAULT 0 CHECK (retired_grams >= 0),
  transferred_grams NUMERIC(78,0) NOT NULL DEFAULT 0 CHECK (transferred_grams >= 0),
  created_at        TIMESTAMPTZ   NOT NULL,
  CHECK (allocated_grams + retired_grams + transferred_grams <= quantity_grams)
);
-- One minted lot per credential (the contract's rule, kept here too).
CREATE UNIQUE INDEX lots_one_per_credential ON lots (credential_digest) WHERE parent_id IS NULL;
CREATE INDEX lots_by_parent ON lots (parent_id);

-- Every confirmed lot operation, with where it is on chain. Append-only.
CREATE TABLE lot_events (
  id               BIGSERIAL     PRIMARY KEY,
  lot_id           UUID          NOT NULL REFERENCES lots (id),
  kind             TEXT          NOT NULL
                   CHECK (kind IN ('MINTED', 'TRANSFERRED_IN', 'TRANSFERRED_OUT', 'ALLOCATED', 'RETIRED')),
  grams            NUMERIC(78,0) NOT NULL CHECK (grams > 0),
  counterparty     TEXT,
  client_id        TEXT          NOT NULL,
  at               TIMESTAMPTZ   NOT NULL,
  chain_id         BIGINT        NOT NULL,
  contract_address TEXT          NOT NULL,
  tx_hash          TEXT          NOT NULL,
  block_number     BIGINT        NOT NULL,
  block_time       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX lot_events_by_lot ON lot_events (lot_id, id);
CREATE INDEX lot_events_allocations ON lot_events (counterparty) WHERE kind = 'ALLOCATED';

CREATE TRIGGER lot_events_append_only BEFORE UPDATE OR DELETE ON lot_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
