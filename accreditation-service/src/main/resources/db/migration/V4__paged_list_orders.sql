-- Five more lists are read in cursor pages, each in an order of columns that never change, so that following next
-- neither loses nor repeats a row; each index reads a page from where the last one ended.
-- Accreditations whose quadrennial report is overdue: the longest overdue (earliest due) first. The daily check
-- that suspends them reads the same index.
DROP INDEX accreditation_report_due;
CREATE INDEX accreditation_report_due ON accreditation (next_report_due, id) WHERE status = 'active';
-- An accreditation's quadrennial reports: the latest period first, of one period the latest submitted first.
DROP INDEX quadrennial_report_accreditation;
CREATE INDEX quadrennial_report_accreditation
    ON quadrennial_report (accreditation_id, period_ending DESC, submitted_at DESC, id);
-- A session's agenda, in the order its applications were placed on it (the history rows of the placements); the
-- session summary's counts read the same index. An application's history, oldest step first, is read by
-- application_history_application (application_id, id).
DROP INDEX application_history_session;
CREATE INDEX application_history_session ON application_history (session_id, to_state, id)
    WHERE session_id IS NOT NULL;
-- An organisation's grounds pass designations: the newest year first, within a year in the order issued.
CREATE INDEX designation_organization_order ON designation (organization_id, year DESC, issued_at, id);
