-- Retirements and the certificate credential the registry signed for each. Append-only.
CREATE TABLE retirements (
  id                  UUID          PRIMARY KEY,
  chain_retirement_id TEXT          NOT NULL UNIQUE,
  lot_id              UUID          NOT NULL REFERENCES lots (id),
  grams               NUMERIC(78,0) NOT NULL CHECK (grams > 0),
  beneficiary         TEXT          NOT NULL,
  purpose             TEXT          NOT NULL,
  retired_at          TIMESTAMPTZ   NOT NULL,
  certificate         TEXT          NOT NULL,
  client_id           TEXT          NOT NULL,
  chain_id            BIGINT        NOT NULL,
  contract_address    TEXT          NOT NULL,
  tx_hash             TEXT          NOT NULL,
  block_number        BIGINT        NOT NULL
);
CREATE INDEX retirements_by_lot ON retirements (lot_id);

CREATE TRIGGER retirements_append_only BEFORE UPDATE OR DELETE ON retirements
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
