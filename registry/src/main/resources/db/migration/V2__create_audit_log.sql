CREATE TABLE audit_log (
  id           BIGSERIAL PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL,
  client_id    TEXT        NOT NULL,
  action       TEXT        NOT NULL,
  subject      TEXT        NOT NULL,
  detail       JSONB       NOT NULL,
  tx_hash      TEXT,
  block_number BIGINT
);
CREATE INDEX audit_log_by_subject ON audit_log (subject, id);
CREATE INDEX audit_log_by_client ON audit_log (client_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
