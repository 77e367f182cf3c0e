-- The words of every organisation's names, for the whole-word phases of relevance search: the organisations whose
-- names hold every word of a query, found through each word's list of organisations instead of through the trigram
-- index, whose lists for the trigrams of common words are long ("health education" as a phrase read 1,746 candidates
-- out of the trigram index in 60 ms at 1,000,000 organisations, and the word index finds the same in 10 ms,
-- docs/performance.md). search_text is words of letters and digits separated by single spaces (SearchText), which
-- the parser splits at the same places; the 'simple' configuration keeps every word as it is (no stemming, no
-- stop words). Search decides matches with its own whole-word test: this index only narrows.
-- IF NOT EXISTS: building it blocks writes to organization (10 s at 1,000,000 organisations), so on a large registry
-- an operator may build it beforehand with CREATE INDEX CONCURRENTLY and this name (docs/operations.md, Upgrade).
CREATE INDEX IF NOT EXISTS organization_words ON organization USING gin (to_tsvector('simple', search_text));
