-- Transactional outbox: a service writes its state change and the event describing it in one transaction; the
-- relay (OutboxRelay) publishes unsent rows to Kafka and marks them sent.
CREATE TABLE outbox_event (
    position       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    topic          TEXT        NOT NULL,
    event_type     TEXT        NOT NULL,
    source         TEXT        NOT NULL,
    aggregate_id   TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    payload        JSON        NOT NULL, -- json, not jsonb: published byte for byte as the service wrote it
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at        TIMESTAMPTZ,
    attempts       INTEGER     NOT NULL DEFAULT 0,
    last_error     TEXT
);

-- the relay reads only what is still to send, in commit order
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- wake every relay replica as soon as a transaction that wrote events commits (NOTIFY is delivered on commit)
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('civicspace_outbox', '');
    RETURN NULL;
END $$;

CREATE TRIGGER outbox_event_inserted
    AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
