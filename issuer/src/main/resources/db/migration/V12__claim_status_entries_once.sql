-- Each status list entry is carried by at most one credential: the entries the issuer took from
-- its pool or the registry, and those a caller brought in its own credentialStatus (allocated by
-- the registry to the caller's organisation). The list id is the registry's, unique across
-- purposes. Entries of credentials issued before this table are claimed here.
CREATE TABLE status_entry_claims (
  list_id       BIGINT NOT NULL,
  list_index    INT    NOT NULL,
  credential_id TEXT   NOT NULL REFERENCES issued_credentials (id),
  PRIMARY KEY (list_id, list_index)
);

INSERT INTO status_entry_claims (list_id, list_index, credential_id)
SELECT (entry ->> 'listId')::BIGINT, (entry ->> 'index')::INT, c.id
FROM issued_credentials c, jsonb_array_elements(c.status_entries::jsonb) AS entry
ON CONFLICT DO NOTHING;
