-- Read models kept from other services' events: only what the rules need.
-- Organisations: their name (registry) and whether they hold an active DGC association (accreditation).
CREATE TABLE organization (
    id                  UUID PRIMARY KEY,
    legal_name          TEXT,
    registry_version    BIGINT      NOT NULL DEFAULT -1,
    dgc_status          TEXT,
    dgc_as_of           TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL
);

-- Representatives' memberships and dates of birth, for the youth share.
CREATE TABLE representative (
    id               UUID PRIMARY KEY,
    organization_id  UUID        NOT NULL,
    date_of_birth    DATE,
    end_date         DATE,
    updated_at       TIMESTAMPTZ NOT NULL
);

-- People and organisations under OHCHR protection who consented to UN entities knowing it: never named.
CREATE TABLE protected_person (
    registry_id  UUID PRIMARY KEY,
    flagged_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE event (
    id                        UUID PRIMARY KEY,
    kind                      TEXT        NOT NULL,
    titles                    JSONB       NOT NULL,
    descriptions              JSONB       NOT NULL DEFAULT '{}',
    starts_at                 TIMESTAMPTZ NOT NULL,
    ends_at                   TIMESTAMPTZ NOT NULL,
    time_zone                 TEXT        NOT NULL,
    venue_mode                TEXT        NOT NULL,
    venue                     TEXT,
    online_url                TEXT,
    interpretation_languages  TEXT[]      NOT NULL DEFAULT '{}',
    accessibility_notes       TEXT,
    status                    TEXT        NOT NULL,
    capacity                  INTEGER     NOT NULL,
    registration_opens_at     TIMESTAMPTZ NOT NULL,
    registration_closes_at    TIMESTAMPTZ NOT NULL,
    per_organization_limit    INTEGER     NOT NULL,
    youth_share_percent       INTEGER     NOT NULL DEFAULT 0,
    invitation_only           BOOLEAN     NOT NULL DEFAULT FALSE,
    lead_organization_id      UUID,
    proposal_id               UUID,
    cancellation_reason       TEXT,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    version                   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT event_times CHECK (ends_at > starts_at),
    CONSTRAINT event_capacity CHECK (capacity > 0),
    CONSTRAINT event_youth_share CHECK (youth_share_percent BETWEEN 0 AND 100)
);
CREATE INDEX event_upcoming ON event (starts_at, id) WHERE status = 'published';

-- The programme of a conference: sessions, rooms and speakers.
CREATE TABLE event_session (
    id          UUID PRIMARY KEY,
    event_id    UUID        NOT NULL REFERENCES event (id),
    title       TEXT        NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    room        TEXT,
    speakers    JSONB       NOT NULL DEFAULT '[]',
    CONSTRAINT event_session_times CHECK (ends_at > starts_at)
);
CREATE INDEX event_session_event ON event_session (event_id, starts_at);

CREATE TABLE proposal (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    kind              TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    summary           TEXT        NOT NULL,
    language          TEXT        NOT NULL,
    preferred_date    DATE,
    state             TEXT        NOT NULL,
    decision_reason   TEXT,
    duplicate_of      UUID REFERENCES proposal (id),
    event_id          UUID REFERENCES event (id),
    submitted_by      TEXT        NOT NULL,
    submitted_at      TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX proposal_organization ON proposal (organization_id, submitted_at DESC);
CREATE INDEX proposal_state ON proposal (state, submitted_at);

CREATE TABLE invitation (
    id          UUID PRIMARY KEY,
    event_id    UUID        NOT NULL REFERENCES event (id),
    email       TEXT        NOT NULL,
    code        TEXT        NOT NULL UNIQUE,
    used_by     UUID,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX invitation_one_per_email ON invitation (event_id, lower(email));

CREATE TABLE registration (
    id                  UUID PRIMARY KEY,
    event_id            UUID        NOT NULL REFERENCES event (id),
    organization_id     UUID        NOT NULL,
    representative_id   UUID        NOT NULL,
    full_name           TEXT        NOT NULL,
    email               TEXT        NOT NULL,
    youth               BOOLEAN     NOT NULL,
    status              TEXT        NOT NULL,
    -- first come, first served: the order of the waiting list
    queued_at           TIMESTAMPTZ NOT NULL,
    sequence            BIGSERIAL,
    check_in_code       TEXT        NOT NULL UNIQUE,
    registered_by       TEXT        NOT NULL,
    status_changed_at   TIMESTAMPTZ NOT NULL,
    cancellation_reason TEXT
);
CREATE INDEX registration_event_status ON registration (event_id, status, sequence);
CREATE INDEX registration_organization ON registration (organization_id, event_id);
-- one live registration per person and event
CREATE UNIQUE INDEX registration_one_per_person ON registration (event_id, representative_id)
    WHERE status IN ('confirmed', 'waitlisted', 'attended');

CREATE TABLE feedback (
    registration_id  UUID PRIMARY KEY REFERENCES registration (id),
    event_id         UUID        NOT NULL REFERENCES event (id),
    overall          INTEGER     NOT NULL CHECK (overall BETWEEN 1 AND 5),
    usefulness       INTEGER     NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    would_recommend  BOOLEAN     NOT NULL,
    comment          TEXT,
    submitted_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX feedback_event ON feedback (event_id);
