-- One row counting footprint inserts, raised in the transaction of each insert. A PACT listing page
-- rendered at version n is current while the count is still n. The highest footprints.seq cannot
-- serve: BIGSERIAL values commit out of order, so an earlier seq can appear after a later one.
CREATE TABLE footprints_version (
  id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
  version BIGINT  NOT NULL
);
INSERT INTO footprints_version (id, version) VALUES (TRUE, 0);
