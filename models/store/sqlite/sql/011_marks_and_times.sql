-- Schema 11 (issue 15): when each item came, the items with no category, and
-- a mirror of the read marks for the unread counts.
--
-- item_arrivals: when the cache first stored each item (ms since the epoch),
-- for the items stored from schema 11 on; an item without a row was stored
-- before (by an older newsdesk, before any visit was recorded: the state
-- database keeps visits from schema 3 on) and counts as arrived at 0, before
-- any visit. A narrow table of its own, so that the upgrade writes nothing
-- per item (rewriting every wide items row took 19.5 s at 1,000,000 items).
-- The "new since" filter reads it through arrivals_by_time.
CREATE TABLE item_arrivals (
    item_id  INTEGER PRIMARY KEY,
    added_at INTEGER NOT NULL
);
CREATE INDEX arrivals_by_time ON item_arrivals(added_at);
-- The items with no category, in listing order (like a category's range of
-- item_categories), kept by every import. (Not keyed by sort_key alone: an
-- item a file gave up keeps its key until its file is whole, and a new item
-- may take the same one meanwhile.)
CREATE TABLE uncategorised_items (
    sort_key INTEGER NOT NULL,
    item_id  INTEGER NOT NULL,
    PRIMARY KEY (sort_key, item_id)
) WITHOUT ROWID;
CREATE INDEX uncategorised_by_item ON uncategorised_items(item_id);
INSERT INTO uncategorised_items(sort_key, item_id)
    SELECT i.sort_key, i.id FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id);
-- The read marks' mirror. The marks themselves live in the state database
-- (state.item_state, by item key); read_items holds the ids of the cache's
-- items marked read there and categories.read_count the number of them per
-- category, written in the same transaction as the marks, by the import for
-- new items, and rebuilt from the state database whenever read_mirror's
-- generation differs from the state database's marks_generation (which a
-- trigger there advances on every change of a read mark, whoever writes it).
-- NULL: never built (SqliteStore builds it).
CREATE TABLE read_items (
    item_id INTEGER PRIMARY KEY
);
ALTER TABLE categories ADD COLUMN read_count INTEGER NOT NULL DEFAULT 0;
CREATE TABLE read_mirror (
    generation INTEGER
);
INSERT INTO read_mirror(generation) VALUES (NULL);
