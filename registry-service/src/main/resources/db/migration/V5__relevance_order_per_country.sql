-- Searches for a text in a country list, in relevance order, first the organisations whose names hold the text as
-- whole words, by id. With no index in that order PostgreSQL either walked the primary key, testing every
-- organisation of every country (8,800 rows for "education" in Brazil), or read every match of the word and of the
-- country and sorted them: 50 to 80 ms at 1,000,000 organisations (docs/performance.md). In this order a page is the
-- first rows of the country whose names hold the text. It also serves whatever organization_country served.
CREATE INDEX organization_country_id ON organization (headquarters_country, id);
DROP INDEX organization_country;

