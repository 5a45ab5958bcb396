-- The explorer's transaction view (/explorer/api/tx/{hash}) finds every record a transaction
-- wrote; transfers, allocations and claims (V14) join lot events, retirements, trust events and
-- anchor batches (V15) in being looked up by their transaction hash. Indexes only.
CREATE INDEX lot_transfers_by_tx ON lot_transfers (tx_hash);
CREATE INDEX allocations_by_tx ON allocations (tx_hash);
CREATE INDEX allocation_claims_by_tx ON allocation_claims (tx_hash);
