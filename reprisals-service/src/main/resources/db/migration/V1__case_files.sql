-- Reprisal case files. Plaintext columns hold only what statistics, deadlines and events need (closed lists,
-- countries, dates); everything identifying is in BYTEA columns sealed with the case's data key (AES-GCM).

CREATE TABLE reprisal_case (
    id                     UUID PRIMARY KEY,
    reference              TEXT        NOT NULL UNIQUE,
    version                BIGINT      NOT NULL,
    status                 TEXT        NOT NULL,
    country                CHAR(2)     NOT NULL,
    primary_act_type       TEXT        NOT NULL,
    un_mechanism           TEXT        NOT NULL,
    risk_level             TEXT,
    intake_channel         TEXT        NOT NULL,
    reported_at            TIMESTAMPTZ NOT NULL,
    first_response_due_at  TIMESTAMPTZ,
    first_response_at      TIMESTAMPTZ,
    overdue_alerted_at     TIMESTAMPTZ,
    closed_at              TIMESTAMPTZ,
    erased_at              TIMESTAMPTZ,
    annual_report          TEXT,
    -- SHA-256 of the follow-up secret of a secure intake; the secret itself is shown once and never stored
    follow_up_secret_hash  TEXT,
    -- the envelope: the case's data key wrapped by master key data_key_id; NULL once crypto-shredded
    data_key_id            TEXT,
    wrapped_data_key       BYTEA,
    -- narrative, exact location, engagement details and sources, sealed
    sealed_dossier         BYTEA,
    updated_at             TIMESTAMPTZ NOT NULL
);

CREATE INDEX reprisal_case_listing ON reprisal_case (reported_at DESC, id DESC);
CREATE INDEX reprisal_case_first_response_due ON reprisal_case (first_response_due_at)
    WHERE first_response_at IS NULL AND first_response_due_at IS NOT NULL;
CREATE INDEX reprisal_case_closed ON reprisal_case (closed_at) WHERE status = 'CLOSED' AND erased_at IS NULL;

CREATE TABLE case_victim (
    id         UUID PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES reprisal_case (id),
    kind       TEXT        NOT NULL,
    sealed     BYTEA,      -- name, contact, exact location, registry id; NULL once erased
    erased_at  TIMESTAMPTZ
);
CREATE INDEX case_victim_case ON case_victim (case_id);

-- keyed digests (HMAC-SHA256) of victims' names and contacts: exact-match duplicate detection without plaintext
CREATE TABLE victim_blind_index (
    victim_id  UUID NOT NULL REFERENCES case_victim (id),
    case_id    UUID NOT NULL REFERENCES reprisal_case (id),
    digest     TEXT NOT NULL,
    PRIMARY KEY (victim_id, digest)
);
CREATE INDEX victim_blind_index_digest ON victim_blind_index (digest);

CREATE TABLE case_act (
    id            UUID PRIMARY KEY,
    case_id       UUID    NOT NULL REFERENCES reprisal_case (id),
    act_type      TEXT    NOT NULL,
    occurred_on   DATE    NOT NULL,
    country       CHAR(2) NOT NULL,
    perpetrator   TEXT    NOT NULL
);
CREATE INDEX case_act_case ON case_act (case_id);

CREATE TABLE case_note (
    id        UUID PRIMARY KEY,
    case_id   UUID        NOT NULL REFERENCES reprisal_case (id),
    source    TEXT        NOT NULL,
    sealed    BYTEA       NOT NULL,
    added_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_note_case ON case_note (case_id);

CREATE TABLE case_assignment (
    id           UUID PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES reprisal_case (id),
    officer      TEXT        NOT NULL,
    assigned_by  TEXT        NOT NULL,
    assigned_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, officer)
);
CREATE INDEX case_assignment_officer ON case_assignment (officer);

CREATE TABLE consent (
    id            UUID PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES reprisal_case (id),
    victim_id     UUID        NOT NULL REFERENCES case_victim (id),
    given_by      TEXT        NOT NULL,
    channel       TEXT        NOT NULL,
    scopes        TEXT[]      NOT NULL,
    given_at      TIMESTAMPTZ NOT NULL,
    recorded_by   TEXT        NOT NULL,
    withdrawn_at  TIMESTAMPTZ
);
CREATE INDEX consent_case ON consent (case_id);

CREATE TABLE risk_assessment (
    id           UUID PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES reprisal_case (id),
    level        TEXT        NOT NULL,
    factors      TEXT[]      NOT NULL,
    assessed_at  TIMESTAMPTZ NOT NULL,
    assessed_by  TEXT        NOT NULL
);
CREATE INDEX risk_assessment_case ON risk_assessment (case_id, assessed_at);

CREATE TABLE protective_measure (
    id          UUID PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES reprisal_case (id),
    type        TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX protective_measure_case ON protective_measure (case_id);

CREATE TABLE follow_up_action (
    id            UUID PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES reprisal_case (id),
    kind          TEXT        NOT NULL,
    due_on        DATE        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    completed_at  TIMESTAMPTZ
);
CREATE INDEX follow_up_action_case ON follow_up_action (case_id);

-- Append-only, hash-chained audit log of every read and write of a case (AuditChain). audit_head holds the end of
-- the chain; locking it orders concurrent appends.
CREATE TABLE audit_entry (
    sequence       BIGINT PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    case_id        UUID,
    purpose        TEXT,
    outcome        TEXT        NOT NULL,
    previous_hash  TEXT        NOT NULL,
    hash           TEXT        NOT NULL
);
CREATE INDEX audit_entry_case ON audit_entry (case_id, sequence);

CREATE TABLE audit_head (
    id             SMALLINT PRIMARY KEY CHECK (id = 1),
    last_sequence  BIGINT NOT NULL,
    last_hash      TEXT   NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
