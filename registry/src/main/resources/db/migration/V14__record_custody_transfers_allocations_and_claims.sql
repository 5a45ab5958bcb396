-- Issue 15: green value along the supply chain. Transfers keep their delivery reference and the
-- transfer record the registry signed; allocations have ids, a site and a period, and downstream
-- credentials claim them; retirements name a reason and a claim period and may retire an
-- allocation; minted lots keep the credentials they were minted from.

-- The credentials a lot was minted from, as submitted (JSON object text or compact JWS); null for
-- lots minted before this migration and for lots created by transfers.
ALTER TABLE lots ADD COLUMN reduction_credential TEXT;
ALTER TABLE lots ADD COLUMN assurance_credential TEXT;

-- Every transfer: the source lot, the child lot it created and the signed transfer record.
-- Append-only.
CREATE TABLE lot_transfers (
  id                 UUID          PRIMARY KEY,
  lot_id             UUID          NOT NULL REFERENCES lots (id),
  child_lot_id       UUID          NOT NULL UNIQUE REFERENCES lots (id),
  transferor         TEXT          NOT NULL,
  transferee         TEXT          NOT NULL CHECK (transferee <> transferor),
  grams              NUMERIC(78,0) NOT NULL CHECK (grams > 0),
  delivery_reference TEXT          NOT NULL
                     CHECK (char_length(delivery_reference) BETWEEN 1 AND 256),
  record             TEXT          NOT NULL,
  client_id          TEXT          NOT NULL,
  chain_id           BIGINT        NOT NULL,
  contract_address   TEXT          NOT NULL,
  tx_hash            TEXT          NOT NULL,
  block_number       BIGINT        NOT NULL,
  block_time         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX lot_transfers_by_lot ON lot_transfers (lot_id);

CREATE TRIGGER lot_transfers_append_only BEFORE UPDATE OR DELETE ON lot_transfers
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Allocations of part of a lot to a product batch of a site for a period (mass balance). The
-- claimed and retired totals grow under the allocation's row lock; neither exceeds the quantity.
CREATE TABLE allocations (
  id                  UUID          PRIMARY KEY,
  chain_allocation_id TEXT          NOT NULL UNIQUE,
  lot_id              UUID          NOT NULL REFERENCES lots (id),
  owner               TEXT          NOT NULL,
  product_batch_id    TEXT          NOT NULL,
  site_id             TEXT          NOT NULL,
  period_start        TIMESTAMPTZ   NOT NULL,
  period_end          TIMESTAMPTZ   NOT NULL,
  grams               NUMERIC(78,0) NOT NULL CHECK (grams > 0),
  claimed_grams       NUMERIC(78,0) NOT NULL DEFAULT 0 CHECK (claimed_grams >= 0),
  retired_grams       NUMERIC(78,0) NOT NULL DEFAULT 0 CHECK (retired_grams >= 0),
  client_id           TEXT          NOT NULL,
  chain_id            BIGINT        NOT NULL,
  contract_address    TEXT          NOT NULL,
  tx_hash             TEXT          NOT NULL,
  block_number        BIGINT        NOT NULL,
  block_time          TIMESTAMPTZ   NOT NULL,
  CHECK (period_start < period_end),
  CHECK (claimed_grams <= grams),
  CHECK (retired_grams <= grams)
);
CREATE INDEX allocations_by_lot ON allocations (lot_id);
CREATE INDEX allocations_by_owner ON allocations (owner);
CREATE INDEX allocations_by_product_batch ON allocations (product_batch_id);

-- What each downstream credential claimed of an allocation: one claim per credential and
-- allocation. Append-only.
CREATE TABLE allocation_claims (
  allocation_id    UUID          NOT NULL REFERENCES allocations (id),
  credential_id    TEXT          NOT NULL,
  grams            NUMERIC(78,0) NOT NULL CHECK (grams > 0),
  client_id        TEXT          NOT NULL,
  at               TIMESTAMPTZ   NOT NULL,
  chain_id         BIGINT        NOT NULL,
  contract_address TEXT          NOT NULL,
  tx_hash          TEXT          NOT NULL,
  block_number     BIGINT        NOT NULL,
  block_time       TIMESTAMPTZ   NOT NULL,
  PRIMARY KEY (allocation_id, credential_id)
);
CREATE INDEX allocation_claims_by_credential ON allocation_claims (credential_id);

CREATE TRIGGER allocation_claims_append_only BEFORE UPDATE OR DELETE ON allocation_claims
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Retirements: a reason and a claim period (null for retirements before this migration), and the
-- allocation retired, when it was one. The purpose becomes optional.
ALTER TABLE retirements ADD COLUMN reason TEXT
  CHECK (reason IN ('OFFSET', 'INVENTORY_ACCOUNTING', 'INCENTIVE_PROGRAMME', 'GREEN_FINANCE'));
ALTER TABLE retirements ADD COLUMN claim_period_start TIMESTAMPTZ;
ALTER TABLE retirements ADD COLUMN claim_period_end TIMESTAMPTZ;
ALTER TABLE retirements ADD COLUMN allocation_id UUID REFERENCES allocations (id);
ALTER TABLE retirements ALTER COLUMN purpose DROP NOT NULL;
ALTER TABLE retirements ADD CHECK (claim_period_start < claim_period_end);
CREATE INDEX retirements_by_allocation ON retirements (allocation_id)
  WHERE allocation_id IS NOT NULL;

-- Claims are lot events too (on the allocation's lot).
ALTER TABLE lot_events DROP CONSTRAINT lot_events_kind_check;
ALTER TABLE lot_events ADD CONSTRAINT lot_events_kind_check CHECK (kind IN
  ('MINTED', 'TRANSFERRED_IN', 'TRANSFERRED_OUT', 'ALLOCATED', 'CLAIMED', 'RETIRED'));
