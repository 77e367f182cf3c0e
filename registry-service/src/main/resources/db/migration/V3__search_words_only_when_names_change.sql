-- V2's update trigger ran for every update of an organisation, also when its names did not change (an accreditation
-- summary, a status): now a row trigger that fires only when search_text changed, tested in C before any call.
DROP TRIGGER organization_search_words_updated ON organization;

CREATE FUNCTION remember_search_words_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (word)
    SELECT DISTINCT w FROM unnest(string_to_array(NEW.search_text, ' ')) AS w
    WHERE length(w) >= 3
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER organization_search_words_updated AFTER UPDATE OF search_text ON organization
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
    EXECUTE FUNCTION remember_search_words_of_row();
