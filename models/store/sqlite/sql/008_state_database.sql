-- newsdesk cache, schema 8: the person's marks move to the state database
-- beside the cache (attached as "state", see statedatabase.h), where a
-- damaged or deleted cache cannot take them. The files this cache imported
-- become sources the state database remembers, so that a cache can be rebuilt
-- from them.
--
-- A transaction across attached databases in WAL mode is not atomic: the
-- copy is committed first (COMMIT below: SqliteSchema commits there with the
-- cache still at schema 7 and begins again), and only then the cache's table
-- is dropped. A process that dies between the two runs this step again, and
-- INSERT OR IGNORE makes the second copy harmless.
INSERT OR IGNORE INTO state.item_state(key, read, starred)
    SELECT key, read, starred FROM main.item_state;
INSERT OR IGNORE INTO state.sources(path, added_at)
    SELECT path, imported_at FROM main.files;
COMMIT;
DROP TABLE IF EXISTS main.item_state;
