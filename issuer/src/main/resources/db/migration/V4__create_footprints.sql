-- Footprints served on the PACT v3 API: the ProductFootprint with its credential as a data model
-- extension, ready to send, plus the columns the PACT filters use.
CREATE TABLE footprints (
  seq             BIGSERIAL   UNIQUE,
  id              TEXT        PRIMARY KEY,
  credential_id   TEXT        NOT NULL REFERENCES issued_credentials (id),
  org_id          TEXT        NOT NULL REFERENCES organisations (id),
  status          TEXT        NOT NULL,
  product_ids     TEXT[]      NOT NULL,
  company_ids     TEXT[]      NOT NULL,
  geographies     TEXT[]      NOT NULL,
  classifications TEXT[]      NOT NULL,
  period_start    TIMESTAMPTZ NOT NULL,
  period_end      TIMESTAMPTZ NOT NULL,
  document        TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX footprints_product_ids ON footprints USING GIN (product_ids);
CREATE INDEX footprints_company_ids ON footprints USING GIN (company_ids);

-- CloudEvents received on POST /3/events.
CREATE TABLE pact_events (
  id          TEXT        NOT NULL,
  source      TEXT        NOT NULL,
  type        TEXT        NOT NULL,
  client_id   TEXT        NOT NULL,
  body        TEXT        NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (source, id)
);
