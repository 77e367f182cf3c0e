-- Protection flags cover people and organisations and are lifted again: one row per registry id keeps the latest
-- decision (flagged or lifted) and its time, so that an older decision never overrides a newer one.
ALTER TABLE protected_person RENAME TO protection_flag;
ALTER TABLE protection_flag RENAME COLUMN flagged_at TO as_of;
ALTER TABLE protection_flag ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT TRUE;

-- A representative's own choice to be named to the public, recorded by their organisation in the registry
-- (default: not named). See docs/adr/0017-protection-flags-and-public-naming.md.
ALTER TABLE representative ADD COLUMN publicly_named BOOLEAN NOT NULL DEFAULT FALSE;
