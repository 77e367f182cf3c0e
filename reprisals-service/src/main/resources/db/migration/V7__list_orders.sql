-- A case's consents, risk assessments and possible duplicates, and the overdue first responses, are listed in cursor
-- pages in a fixed order (time, then id; or case id): each index reads a page from where the last one ended.
CREATE INDEX consent_case_order ON consent (case_id, given_at, id);
DROP INDEX consent_case;

CREATE INDEX risk_assessment_case_order ON risk_assessment (case_id, assessed_at, id);
DROP INDEX risk_assessment_case;

-- a case's own digests, then the other cases with the same digest in case order
CREATE INDEX victim_blind_index_case ON victim_blind_index (case_id, digest);
CREATE INDEX victim_blind_index_digest_case ON victim_blind_index (digest, case_id);
DROP INDEX victim_blind_index_digest;

CREATE INDEX reprisal_case_first_response_order ON reprisal_case (first_response_due_at, id)
    WHERE first_response_at IS NULL AND first_response_due_at IS NOT NULL;
DROP INDEX reprisal_case_first_response_due;
