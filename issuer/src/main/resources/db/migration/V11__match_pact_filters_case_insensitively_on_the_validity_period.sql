-- PACT v3 ListFootprints (and RequestCreatedEvent) filters compare case-insensitively, and
-- validOn / validAfter / validBefore filter on the footprint's validity period.

-- The elements of an array, lower-cased: the key of the case-insensitive array filters.
CREATE FUNCTION pact_lower(texts TEXT[]) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT lower(t) FROM unnest(texts) AS t) $$;

-- An RFC 3339 date-time as an instant. Read with the time zone fixed to UTC, so that the result
-- never depends on the session (the footprint schema requires an offset anyway).
CREATE FUNCTION pact_instant(value TEXT) RETURNS TIMESTAMPTZ
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET timezone = 'UTC'
  AS $$ SELECT value::timestamptz $$;

-- The validity period as PACT v3 defines it (section "Validity Period"): from validityPeriodStart
-- (included) to validityPeriodEnd (excluded); a bound the footprint does not give is that of the
-- default period, 3 years from the end of the reference period (years counted in UTC). Derived from
-- the stored document, so every row, old or new, has it.
ALTER TABLE footprints
  ADD COLUMN validity_start TIMESTAMPTZ NOT NULL GENERATED ALWAYS AS (
    COALESCE(pact_instant(document::jsonb ->> 'validityPeriodStart'), period_end)) STORED,
  ADD COLUMN validity_end TIMESTAMPTZ NOT NULL GENERATED ALWAYS AS (
    COALESCE(
      pact_instant(document::jsonb ->> 'validityPeriodEnd'),
      (period_end AT TIME ZONE 'UTC' + INTERVAL '3 years') AT TIME ZONE 'UTC')) STORED;

CREATE INDEX footprints_validity_start ON footprints (validity_start);
CREATE INDEX footprints_validity_end ON footprints (validity_end);

-- The array filters read these (the exact-case indexes they replace are no longer used).
DROP INDEX footprints_product_ids;
DROP INDEX footprints_company_ids;
CREATE INDEX footprints_product_ids_ci ON footprints USING GIN (pact_lower(product_ids));
CREATE INDEX footprints_company_ids_ci ON footprints USING GIN (pact_lower(company_ids));
CREATE INDEX footprints_geographies_ci ON footprints USING GIN (pact_lower(geographies));
CREATE INDEX footprints_classifications_ci
  ON footprints USING GIN (pact_lower(classifications));

-- GetFootprint finds a footprint by its id in any letter case; two ids that differ only in case
-- name the same UUID, so they are one footprint.
CREATE UNIQUE INDEX footprints_id_ci ON footprints (lower(id));

-- The status filter (lower(status) = lower(?)). Most footprints are Active, so a listing of the
-- active ones reads in seq order; the index serves the few Deprecated ones, and its statistics tell
-- the planner which case it is in.
CREATE INDEX footprints_status_ci ON footprints (lower(status));
