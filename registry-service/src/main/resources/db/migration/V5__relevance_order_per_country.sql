-- Searches for a text in a country list, in relevance order, first the organisations whose names hold the text as
-- whole words, by id. With no index in that order PostgreSQL either walked the primary key, testing every
-- organisation of every country (8,800 rows for "education" in Brazil), or read every match of the word and of the
-- country and sorted them: 50 to 80 ms at 1,000,000 organisations (docs/performance.md). In this order a page is the
-- first rows of the country whose names hold the text. It also serves whatever organization_country served.
CREATE INDEX organization_country_id ON organization (headquarters_country, id);
DROP INDEX organization_country;

-- Which of those plans is cheaper depends on how many names hold the word, which PostgreSQL estimates from the
-- column's histogram. With the default 100 entries it put "development" at 19,700 organisations of 1,000,000 where
-- 45,950 hold it, and chose the slower plan (52 ms against 3.7 ms); with 1,000 entries it estimated 49,900.
ALTER TABLE organization ALTER COLUMN search_text SET STATISTICS 1000;
