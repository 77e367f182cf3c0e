-- Trigram matching for name search that tolerates small typos (pg_trgm is a trusted extension: the database
-- owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SEQUENCE organization_fallback_number START 1;

CREATE TABLE organization (
    id                       UUID PRIMARY KEY,
    identifier_agency        TEXT        NOT NULL,
    identifier_number        TEXT        NOT NULL,
    legal_name               TEXT        NOT NULL,
    acronym                  TEXT,
    other_names              JSONB       NOT NULL DEFAULT '{}',
    -- all names, lower case and without accents (computed by the service), for search
    search_text              TEXT        NOT NULL,
    type                     TEXT        NOT NULL,
    headquarters_country     CHAR(2)     NOT NULL,
    countries_of_operation   TEXT[]      NOT NULL DEFAULT '{}',
    themes                   TEXT[]      NOT NULL DEFAULT '{}',
    working_languages        TEXT[]      NOT NULL DEFAULT '{}',
    year_founded             INTEGER,
    website                  TEXT,
    contact_email            TEXT,
    contact_phone            TEXT,
    contact_address          TEXT,
    status                   TEXT        NOT NULL,
    status_reason            TEXT,
    parent_id                UUID REFERENCES organization (id),
    dgc_associated_since     DATE,
    dgc_as_of                TIMESTAMPTZ,
    ecosoc_status            TEXT,
    ecosoc_since             DATE,
    ecosoc_as_of             TIMESTAMPTZ,
    registered_at            TIMESTAMPTZ NOT NULL,
    activated_at             TIMESTAMPTZ,
    updated_at               TIMESTAMPTZ NOT NULL,
    version                  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT organization_identifier_unique UNIQUE (identifier_agency, identifier_number),
    CONSTRAINT organization_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX organization_search_trgm ON organization USING gin (search_text gin_trgm_ops);
CREATE INDEX organization_name_order ON organization (lower(legal_name), id);
CREATE INDEX organization_registered_order ON organization (registered_at DESC, id DESC);
CREATE INDEX organization_country ON organization (headquarters_country);
CREATE INDEX organization_type ON organization (type);
CREATE INDEX organization_status ON organization (status);
CREATE INDEX organization_themes ON organization USING gin (themes);
CREATE INDEX organization_parent ON organization (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX organization_activated ON organization (activated_at DESC) WHERE activated_at IS NOT NULL;
CREATE INDEX organization_dgc_since ON organization (dgc_associated_since DESC) WHERE dgc_associated_since IS NOT NULL;

-- A person's membership of an organisation. Personal data (e-mail, date of birth) is restricted: never public.
CREATE TABLE representative (
    id               UUID PRIMARY KEY,
    organization_id  UUID        NOT NULL REFERENCES organization (id),
    full_name        TEXT        NOT NULL,
    role             TEXT        NOT NULL,
    email            TEXT,
    date_of_birth    DATE,
    start_date       DATE        NOT NULL,
    end_date         DATE,
    created_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT representative_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX representative_organization ON representative (organization_id, start_date, id);
