-- Read model of the registry, kept from registry events: only what the rules need.
CREATE TABLE organization (
    id                    UUID PRIMARY KEY,
    legal_name            TEXT        NOT NULL,
    type                  TEXT        NOT NULL,
    headquarters_country  CHAR(2)     NOT NULL,
    themes                TEXT[]      NOT NULL DEFAULT '{}',
    status                TEXT        NOT NULL,
    -- the registry's version of the profile: an older snapshot never overwrites a newer one
    registry_version      BIGINT      NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);

-- Representatives' memberships, minimised: the date of birth is for the youth-pass rule only.
CREATE TABLE representative (
    id               UUID PRIMARY KEY,
    organization_id  UUID        NOT NULL,
    date_of_birth    DATE,
    start_date       DATE        NOT NULL,
    end_date         DATE,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX representative_organization ON representative (organization_id);

CREATE TABLE committee_session (
    id             UUID PRIMARY KEY,
    track          TEXT        NOT NULL,
    name           TEXT        NOT NULL,
    starts_on      DATE        NOT NULL,
    ends_on        DATE        NOT NULL,
    member_states  TEXT[]      NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT committee_session_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX committee_session_order ON committee_session (starts_on DESC, id);

CREATE TABLE application (
    id                      UUID PRIMARY KEY,
    organization_id         UUID        NOT NULL,
    track                   TEXT        NOT NULL,
    -- ECOSOC: the category asked for; on a change of category, the accreditation it changes
    requested_category      TEXT,
    changes_accreditation   UUID,
    state                   TEXT        NOT NULL,
    declarations            JSONB       NOT NULL,
    screening               JSONB,
    session_id              UUID REFERENCES committee_session (id),
    deferral_count          INTEGER     NOT NULL DEFAULT 0,
    reconsideration_used    BOOLEAN     NOT NULL DEFAULT FALSE,
    recommended_category    TEXT,
    decision_reasons        TEXT,
    -- copied from the read model at submission, so that statistics keep the applicant as it was
    region                  TEXT,
    organization_type       TEXT,
    themes                  TEXT[]      NOT NULL DEFAULT '{}',
    created_by              TEXT        NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    submitted_at            TIMESTAMPTZ,
    decided_at              TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX application_organization ON application (organization_id, created_at DESC);
CREATE INDEX application_state ON application (state, updated_at DESC);
CREATE INDEX application_session ON application (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX application_decided ON application (track, decided_at) WHERE decided_at IS NOT NULL;
-- one open application per organisation and track
CREATE UNIQUE INDEX application_one_open ON application (organization_id, track)
    WHERE state NOT IN ('granted', 'rejected', 'withdrawn');

-- Append-only: who moved an application, when, why. Never updated or deleted.
CREATE TABLE application_history (
    id              BIGSERIAL PRIMARY KEY,
    application_id  UUID        NOT NULL REFERENCES application (id),
    from_state      TEXT,
    to_state        TEXT        NOT NULL,
    actor           TEXT        NOT NULL,
    reason          TEXT,
    session_id      UUID,
    occurred_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX application_history_application ON application_history (application_id, id);
CREATE INDEX application_history_session ON application_history (session_id, to_state) WHERE session_id IS NOT NULL;

CREATE FUNCTION application_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'application_history is append-only';
END $$;
CREATE TRIGGER application_history_append_only BEFORE UPDATE OR DELETE ON application_history
    FOR EACH ROW EXECUTE FUNCTION application_history_is_append_only();

CREATE TABLE question (
    id              UUID PRIMARY KEY,
    application_id  UUID        NOT NULL REFERENCES application (id),
    session_id      UUID REFERENCES committee_session (id),
    kind            TEXT        NOT NULL,
    member_state    CHAR(2),
    text            TEXT        NOT NULL,
    asked_by        TEXT        NOT NULL,
    asked_at        TIMESTAMPTZ NOT NULL,
    response_due    DATE        NOT NULL,
    answer          TEXT,
    answered_by     TEXT,
    answered_at     TIMESTAMPTZ
);
CREATE INDEX question_application ON question (application_id, asked_at);
CREATE INDEX question_member_state ON question (member_state) WHERE member_state IS NOT NULL;

CREATE TABLE accreditation (
    id                  UUID PRIMARY KEY,
    organization_id     UUID        NOT NULL,
    track               TEXT        NOT NULL,
    category            TEXT,
    status              TEXT        NOT NULL,
    granted_on          DATE        NOT NULL,
    application_id      UUID        NOT NULL REFERENCES application (id),
    next_report_due     DATE,
    status_reason       TEXT,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX accreditation_one_per_track ON accreditation (organization_id, track) WHERE status <> 'withdrawn';
CREATE INDEX accreditation_report_due ON accreditation (next_report_due) WHERE status = 'active';

CREATE TABLE quadrennial_report (
    id                UUID PRIMARY KEY,
    accreditation_id  UUID        NOT NULL REFERENCES accreditation (id),
    period_ending     DATE        NOT NULL,
    summary           TEXT        NOT NULL,
    submitted_by      TEXT        NOT NULL,
    submitted_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE designation (
    id                 UUID PRIMARY KEY,
    accreditation_id   UUID        NOT NULL REFERENCES accreditation (id),
    organization_id    UUID        NOT NULL,
    representative_id  UUID        NOT NULL,
    year               INTEGER     NOT NULL,
    duty_station       TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    valid_from         DATE        NOT NULL,
    valid_to           DATE        NOT NULL,
    issued_by          TEXT        NOT NULL,
    issued_at          TIMESTAMPTZ NOT NULL,
    revoked_at         TIMESTAMPTZ,
    revocation_reason  TEXT
);
CREATE INDEX designation_accreditation ON designation (accreditation_id, year) WHERE status = 'issued';
-- a person holds at most one pass per accreditation, year and duty station
CREATE UNIQUE INDEX designation_one_per_person ON designation (accreditation_id, representative_id, year, duty_station)
    WHERE status = 'issued';
