-- An event's registrations are listed in cursor pages in the order they were made (sequence, id), the waiting
-- list's order: the index reads each page from where the last ended, whatever the registrations' status.
CREATE INDEX registration_event_order ON registration (event_id, sequence, id);
