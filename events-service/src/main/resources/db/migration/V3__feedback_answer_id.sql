-- Staff read survey comments a page at a time. Each answer gets an id of its own to page by, so that neither the
-- listing nor its cursor ties a comment to the registration, and so to the person, that gave it.
ALTER TABLE feedback ADD COLUMN answer_id UUID NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX feedback_event_answers ON feedback (event_id, submitted_at, answer_id);
