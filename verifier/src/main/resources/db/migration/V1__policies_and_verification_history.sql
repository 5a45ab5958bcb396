-- Eligibility policies: one row per version; a new version never changes an old one.
CREATE TABLE policy_versions (
    name        TEXT        NOT NULL,
    version     INTEGER     NOT NULL CHECK (version >= 1),
    description TEXT        NOT NULL,
    rules       JSONB       NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (name, version)
);

-- What was verified, when, by whom, and the verdict (the full report is returned, not kept).
CREATE TABLE verification_history (
    id          BIGSERIAL   PRIMARY KEY,
    kind        TEXT        NOT NULL CHECK (kind IN ('CREDENTIAL', 'PRESENTATION')),
    digest      TEXT,
    issuer      TEXT,
    verdict     TEXT        NOT NULL,
    failures    INTEGER     NOT NULL,
    gaps        INTEGER     NOT NULL,
    client_id   TEXT        NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX verification_history_digest ON verification_history (digest);
