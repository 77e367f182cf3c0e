-- Accreditations are listed newest grant first in cursor pages (granted_on DESC, id): the index reads each page
-- from where the last ended. Quadrennial reports are read per accreditation, latest period first.
CREATE INDEX accreditation_grant_order ON accreditation (granted_on DESC, id);
CREATE INDEX quadrennial_report_accreditation ON quadrennial_report (accreditation_id, period_ending DESC);
