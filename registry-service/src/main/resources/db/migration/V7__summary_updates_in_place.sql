-- Accreditation summaries change organisations by the thousand when decisions flow in (registry AccreditationSummaries).
-- Such an update changed an indexed column (dgc_associated_since, in organization_dgc_since) and found no room on a
-- full page, so PostgreSQL wrote a new row version into every index, the three GIN indexes among them. GIN queues
-- new entries in a pending list, and the update that finds the list full merges it into the index, which held a
-- batch of decisions up for a second or more (docs/performance.md, event propagation). Without an index on a summary
-- column and with room left on each page, a summary update is a heap-only tuple (HOT) update: no index is written.
-- organization_dgc_since served only the accreditation=dgc filter (a tenth of the organisations), which reads as well
-- from the filter's other indexes. The fill factor applies to pages written from now on.
DROP INDEX organization_dgc_since;
ALTER TABLE organization SET (fillfactor = 90);
