-- Idempotent consumers: one row per CloudEvent applied, keyed as CloudEvents identify an event (source + id).
-- The row is written in the same transaction as the event's effect, so a redelivery finds it and is skipped.
CREATE TABLE inbox_event (
    source       TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, event_id)
);

CREATE INDEX inbox_event_received_at ON inbox_event (received_at);
