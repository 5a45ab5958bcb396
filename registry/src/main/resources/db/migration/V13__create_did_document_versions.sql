-- Every version of an organisation's DID document, in order, as registered with POST /dids/versions:
-- creation, each rotation, each key revoked for compromise (with the compromise time). A version is
-- valid from valid_from until the next version's valid_from. Its digest (over the JCS form of the
-- did, version, validFrom, document and change) is anchored through the anchoring outbox. Append-only.
CREATE TABLE did_document_versions (
  did            TEXT        NOT NULL,
  version        INT         NOT NULL CHECK (version >= 1),
  valid_from     TIMESTAMPTZ NOT NULL,
  document       TEXT        NOT NULL,
  change_kind    TEXT        NOT NULL
                 CHECK (change_kind IN ('CREATED', 'ROTATED', 'KEY_COMPROMISED')),
  key_id         TEXT,
  compromised_at TIMESTAMPTZ,
  digest         TEXT        NOT NULL UNIQUE REFERENCES anchor_outbox (digest),
  registered_at  TIMESTAMPTZ NOT NULL,
  client_id      TEXT        NOT NULL,
  PRIMARY KEY (did, version),
  CHECK ((change_kind = 'CREATED') = (version = 1)),
  CHECK ((change_kind = 'KEY_COMPROMISED') = (compromised_at IS NOT NULL AND key_id IS NOT NULL))
);

CREATE TRIGGER did_document_versions_append_only BEFORE UPDATE OR DELETE ON did_document_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
