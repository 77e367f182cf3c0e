-- Which victims' registry ids were flagged, so that a flag can be lifted when the consent it rested on is withdrawn
-- or the case closes. The registry id itself stays sealed in the victim's identity.
CREATE TABLE protection_flag (
    id           UUID PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES reprisal_case (id),
    victim_id    UUID        NOT NULL REFERENCES case_victim (id),
    flagged_at   TIMESTAMPTZ NOT NULL,
    lifted_at    TIMESTAMPTZ,
    lift_reason  TEXT
);
CREATE INDEX protection_flag_case ON protection_flag (case_id) WHERE lifted_at IS NULL;
