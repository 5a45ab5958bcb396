-- How a trust event recorded as pending (sent, not mined within the receipt timeout) was settled
-- from the chain later: APPLIED with its block and block time, or FAILED (reverted, or unknown to
-- the node). trust_events stays append-only; this table is too.
CREATE TABLE trust_event_settlements (
  event_id     BIGINT      PRIMARY KEY REFERENCES trust_events (id),
  outcome      TEXT        NOT NULL CHECK (outcome IN ('APPLIED', 'FAILED')),
  block_number BIGINT,
  block_time   TIMESTAMPTZ,
  reason       TEXT,
  settled_at   TIMESTAMPTZ NOT NULL,
  CHECK ((outcome = 'APPLIED') = (block_time IS NOT NULL))
);

CREATE TRIGGER trust_event_settlements_append_only BEFORE UPDATE OR DELETE
  ON trust_event_settlements FOR EACH ROW EXECUTE FUNCTION refuse_change();
