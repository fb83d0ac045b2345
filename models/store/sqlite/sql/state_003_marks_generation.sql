-- newsdesk state database, schema 3 (issue 15). (Idempotent, like schema 2: a
-- step whose version was not written runs again.)
-- marks_generation: advanced by every change of a read mark, by triggers, so
-- that whoever writes item_state (this program, another one, the sqlite3
-- shell) tells the cache's mirror of the read marks (read_items, schema 11)
-- that it must be built again. The cache keeps the generation it matches.
CREATE TABLE IF NOT EXISTS marks_generation (
    n INTEGER NOT NULL
);
INSERT INTO marks_generation(n) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM marks_generation);
CREATE TRIGGER IF NOT EXISTS read_mark_added AFTER INSERT ON item_state WHEN new.read BEGIN UPDATE marks_generation SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS read_mark_changed AFTER UPDATE OF read ON item_state WHEN old.read IS NOT new.read BEGIN UPDATE marks_generation SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS read_mark_removed AFTER DELETE ON item_state WHEN old.read BEGIN UPDATE marks_generation SET n = n + 1; END;
-- The starred items, few among many: "starred first" and "only starred" start from them.
CREATE INDEX IF NOT EXISTS item_state_starred ON item_state(key) WHERE starred;
-- When the person last visited the cache (the window records it as it closes), ms since the epoch.
CREATE TABLE IF NOT EXISTS visits (
    last_visit INTEGER NOT NULL
);
