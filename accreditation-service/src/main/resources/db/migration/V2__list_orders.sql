-- Accreditations are listed newest grant first in cursor pages (granted_on DESC, id): the index reads each page
-- from where the last ended.
CREATE INDEX accreditation_grant_order ON accreditation (granted_on DESC, id);
