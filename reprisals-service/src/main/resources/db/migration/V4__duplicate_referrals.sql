-- A new case that shares a name or contact with a case its reporter may not see: the reporter is told nothing, the
-- supervisors decide whether the two are linked.
CREATE TABLE duplicate_referral (
    id                UUID PRIMARY KEY,
    case_id           UUID        NOT NULL REFERENCES reprisal_case (id),
    matching_case_id  UUID        NOT NULL REFERENCES reprisal_case (id),
    referred_at       TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL,
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ
);
CREATE INDEX duplicate_referral_status ON duplicate_referral (status, referred_at, id);
