-- Answers to PACT RequestCreatedEvents received on POST /3/events: one row per request, holding the
-- RequestFulfilledEvent or RequestRejectedEvent to send to the requester's own /3/events (the
-- outbox a worker drains, retrying with backoff), or UNANSWERABLE when no recipient is configured
-- for the request's source.
CREATE TABLE pact_request_replies (
  request_source  TEXT        NOT NULL,
  request_id      TEXT        NOT NULL,
  state           TEXT        NOT NULL,
  reply_id        TEXT,
  reply_type      TEXT,
  reply           TEXT,
  attempts        INT         NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL,
  sent_at         TIMESTAMPTZ,
  PRIMARY KEY (request_source, request_id),
  FOREIGN KEY (request_source, request_id) REFERENCES pact_events (source, id),
  CHECK (state IN ('PENDING', 'SENT', 'REFUSED', 'ABANDONED', 'UNANSWERABLE'))
);
CREATE INDEX pact_request_replies_due ON pact_request_replies (next_attempt_at)
  WHERE state = 'PENDING';
