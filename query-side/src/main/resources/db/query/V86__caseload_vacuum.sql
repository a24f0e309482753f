-- A caseload page and its count read the coach's index alone (an index-only scan) as long as the
-- table's pages are known to be all-visible, which only a vacuum records. Every event a participant
-- gets updates their row, and by default a table is vacuumed once a fifth of its rows have changed.
-- With 103,300 rows of which 19 % were updated since the last vacuum, spread over almost every page,
-- the count of a coach's 8,300 fetched every row from the table (9-12 ms) and page 80 half of them
-- (3-5 ms); right after a vacuum the count took 1-2 ms (PostgreSQL 15, EXPLAIN ANALYZE). Vacuumed
-- once one row in a hundred has changed, the caseload stays readable from its indexes; a vacuum of
-- the table takes a fraction of a second. A rebuild's copy of the table keeps these settings
-- (RebuildTables).
ALTER TABLE caseload SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
