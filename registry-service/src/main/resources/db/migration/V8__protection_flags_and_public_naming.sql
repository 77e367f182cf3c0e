-- A representative's own choice, recorded by their organisation, to be named to the public (default: not named).
ALTER TABLE representative ADD COLUMN publicly_named BOOLEAN NOT NULL DEFAULT FALSE;

-- The reprisals service's latest decision about a registry id (a representative or an organisation): flagged, or
-- lifted again; an older decision never overrides a newer one. See docs/adr/0017-protection-flags-and-public-naming.md.
CREATE TABLE protection_flag (
    registry_id  UUID PRIMARY KEY,
    flagged      BOOLEAN     NOT NULL,
    as_of        TIMESTAMPTZ NOT NULL
);
