-- Applications are listed newest first in cursor pages (created_at DESC, id): staff read the whole list, a
-- representative their organisation's; each index reads a page from where the last ended.
CREATE INDEX application_list_order ON application (created_at DESC, id);
DROP INDEX application_organization;
CREATE INDEX application_organization ON application (organization_id, created_at DESC, id);
