-- Visibility by relationship.
--
-- An engagement: a supplier organisation lets an assurance provider organisation see its evidence
-- packs (all of them, or the listed manifest digests) and assure its claims over them, from
-- valid_from (inclusive) until valid_until (exclusive), or until the supplier ends it early
-- (ended_at). Rows are never deleted: who granted and who ended an engagement stays on record.
CREATE TABLE engagements (
  id           TEXT        PRIMARY KEY,
  supplier_org TEXT        NOT NULL REFERENCES organisations (id),
  provider_org TEXT        NOT NULL REFERENCES organisations (id),
  packs        TEXT[]      NOT NULL,
  valid_from   TIMESTAMPTZ NOT NULL,
  valid_until  TIMESTAMPTZ NOT NULL,
  granted_by   TEXT        NOT NULL,
  granted_at   TIMESTAMPTZ NOT NULL,
  ended_by     TEXT,
  ended_at     TIMESTAMPTZ,
  CHECK (supplier_org <> provider_org),
  CHECK (valid_from < valid_until),
  CHECK ((ended_by IS NULL) = (ended_at IS NULL))
);
CREATE INDEX engagements_supplier ON engagements (supplier_org, granted_at);
CREATE INDEX engagements_provider ON engagements (provider_org, supplier_org);

-- The PACT clients (OAuth2 client ids of /auth/token) an organisation lets read its footprints.
CREATE TABLE pact_client_bindings (
  client_id TEXT        NOT NULL,
  org_id    TEXT        NOT NULL REFERENCES organisations (id),
  bound_by  TEXT        NOT NULL,
  bound_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (client_id, org_id)
);

-- The organisations a footprint request concerns: the requesting client's bound organisations
-- (limited by the recipient's), whose members alone may read the request and its answer.
ALTER TABLE pact_request_replies ADD COLUMN org_ids TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX pact_request_replies_orgs ON pact_request_replies USING GIN (org_ids);
