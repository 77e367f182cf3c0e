-- Victims were listed by their random id, so "the first victim" of a case changed from one read to the next.
-- They are now kept in the order the report named them; cases reported before this keep id order (position 0).
ALTER TABLE case_victim ADD COLUMN reported_position SMALLINT NOT NULL DEFAULT 0;
