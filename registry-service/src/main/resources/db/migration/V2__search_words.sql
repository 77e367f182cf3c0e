-- The words of every organisation's names (search_text), for spelling correction: a query word that no name holds
-- is matched against this short list (trigram similarity, index backed) instead of against every organisation.
-- Words are added by the triggers below and never removed: a word left over from a renamed organisation only
-- makes a correction that finds nothing, and the search then falls back to similarity over all names.
CREATE TABLE search_word (
    word TEXT PRIMARY KEY
);
CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops);

-- statement-level, with the changed rows as a transition table: a bulk load adds its words in one INSERT
CREATE FUNCTION remember_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (word)
    SELECT DISTINCT w FROM changed, unnest(string_to_array(changed.search_text, ' ')) AS w
    WHERE length(w) >= 3
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER organization_search_words_inserted AFTER INSERT ON organization
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION remember_search_words();
CREATE TRIGGER organization_search_words_updated AFTER UPDATE ON organization
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION remember_search_words();

INSERT INTO search_word (word)
SELECT DISTINCT w FROM organization, unnest(string_to_array(search_text, ' ')) AS w
WHERE length(w) >= 3
ON CONFLICT DO NOTHING;
