-- newsdesk state database, schema 4 (issue 16): what the person organises,
-- by item key like the marks, so that all of it survives re-imports, a
-- rewritten or moved source file and a rebuilt cache. (Idempotent, like
-- schemas 2 and 3: a step whose version was not written runs again.)
-- Labels, in the person's order (position 0 first); names normalised and unique.
-- AUTOINCREMENT: an id is never given again after its label was deleted, so an
-- undo (which remembers labels by id) never acts on a newer label.
CREATE TABLE IF NOT EXISTS labels (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL UNIQUE,
    color    TEXT NOT NULL,
    position INTEGER NOT NULL
);
-- Which items carry which label: by label (a label's items, its count) and by
-- item (an item's labels, the label filter checked per item).
CREATE TABLE IF NOT EXISTS item_labels (
    label_id INTEGER NOT NULL,
    key      BLOB NOT NULL,
    PRIMARY KEY (label_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_labels_by_key ON item_labels(key, label_id);
-- The person's notes, plain text as typed.
CREATE TABLE IF NOT EXISTS notes (
    key        BLOB PRIMARY KEY,
    text       TEXT NOT NULL,
    changed_at INTEGER NOT NULL
) WITHOUT ROWID;
-- Hidden items (left out of every list and count unless asked for);
-- forgotten: never shown again, not even in the Hidden view.
CREATE TABLE IF NOT EXISTS hidden_items (
    key       BLOB PRIMARY KEY,
    hidden_at INTEGER NOT NULL,
    forgotten INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- Saved views: a named filter (ItemFilter::toJson(), never ids), in the person's order.
CREATE TABLE IF NOT EXISTS saved_views (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    filter   TEXT NOT NULL
);
-- Listing files the person removed from the archive: a folder import leaves
-- them out until the file is imported by itself (NewsImporter::removeFiles).
CREATE TABLE IF NOT EXISTS removed_files (
    path TEXT PRIMARY KEY
) WITHOUT ROWID;
