-- Indexes for the public explorer (/explorer/api): every list is read by keyset (newest first, or
-- by id), every search and every "what did this transaction write" lookup by an index, so the
-- pages stay fast with hundreds of thousands of lots. Indexes only: no table changes.

-- Lots newest first, overall and by owner, project and facility (the search).
CREATE INDEX lots_by_created ON lots (created_at, id);
CREATE INDEX lots_by_owner_created ON lots (owner, created_at, id);
CREATE INDEX lots_by_project_created ON lots (project_id, created_at, id);
CREATE INDEX lots_by_facility_created ON lots (facility_id, created_at, id);
-- A lot's children (transfers out) in order.
CREATE INDEX lots_by_parent_created ON lots (parent_id, created_at, id);

-- Retirements newest first.
CREATE INDEX retirements_by_time ON retirements (retired_at, id);
CREATE INDEX retirements_by_lot_time ON retirements (lot_id, retired_at, id);

-- The records each transaction wrote.
CREATE INDEX lot_events_by_tx ON lot_events (tx_hash);
CREATE INDEX retirements_by_tx ON retirements (tx_hash);
CREATE INDEX trust_events_by_tx ON trust_events (tx_hash);
CREATE INDEX anchor_batches_by_tx ON anchor_batches (tx_hash);

-- An organisation's accreditation history: the trust events of its DIDs in order.
CREATE INDEX trust_events_by_did ON trust_events (did, id);
