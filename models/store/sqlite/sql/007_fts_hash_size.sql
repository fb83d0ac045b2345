-- Schema 7: the full-text index gathers up to 16 MB of new entries in memory
-- before it writes them out as a segment (FTS5's default is 1 MB). Fewer,
-- larger segments leave less merging: writing the index of 300,000 items took
-- 5.5 s with the default and 3.5 s with this (the sqlite3 shell, the same
-- table); an import's memory grows by at most the difference.
INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 16777216);
