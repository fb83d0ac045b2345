-- newsdesk cache, schema 8: the person's marks move to the state database
-- beside the cache (attached as "state", see statedatabase.h), where a
-- damaged or deleted cache cannot take them. The files this cache imported
-- become sources the state database remembers, so that a cache can be rebuilt
-- from them. (Idempotent: a step whose commit failed runs again.)
INSERT OR IGNORE INTO state.item_state(key, read, starred)
    SELECT key, read, starred FROM main.item_state;
INSERT OR IGNORE INTO state.sources(path, added_at)
    SELECT path, imported_at FROM main.files;
DROP TABLE main.item_state;
