-- newsdesk cache, schema 1.
-- Listing files that have been imported. ordinal grows with every new file, so
-- later files sort first in listing order.
CREATE TABLE files (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    ordinal     INTEGER NOT NULL,
    header      TEXT NOT NULL DEFAULT '',
    item_count  INTEGER NOT NULL DEFAULT 0,
    imported_at INTEGER NOT NULL
);

-- One row per distinct item; key is a hash of title and summary.
-- sort_key orders the listing (newest first = largest key), title_key orders
-- by title with Swedish collation (å ä ö after z).
CREATE TABLE items (
    id        INTEGER PRIMARY KEY,
    key       BLOB NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    summary   TEXT NOT NULL,
    title_key TEXT NOT NULL,
    sort_key  INTEGER NOT NULL
);
CREATE INDEX items_by_listing ON items(sort_key);
CREATE INDEX items_by_title ON items(title_key, sort_key);

-- Where each item was found; categories is the JSON array of names as
-- written on that item's category line in that file.
CREATE TABLE sources (
    file_id    INTEGER NOT NULL REFERENCES files(id),
    position   INTEGER NOT NULL,
    item_id    INTEGER NOT NULL REFERENCES items(id),
    categories TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (file_id, position)
) WITHOUT ROWID;
CREATE INDEX sources_by_item ON sources(item_id);

CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- The merged categories of every item, both ways round for filtering and
-- for counting.
CREATE TABLE item_categories (
    category_id INTEGER NOT NULL,
    item_id     INTEGER NOT NULL,
    PRIMARY KEY (category_id, item_id)
) WITHOUT ROWID;
CREATE INDEX item_categories_by_item ON item_categories(item_id, category_id);

-- Category names that stood alone on a category line: they decide how a line
-- with names written together is split.
CREATE TABLE vocabulary (
    name TEXT PRIMARY KEY
) WITHOUT ROWID;

-- What the reader did with an item, keyed by the item's identity so it
-- survives re-import.
CREATE TABLE item_state (
    key     BLOB PRIMARY KEY,
    read    INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE VIRTUAL TABLE items_fts USING fts5(
    title, summary,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);
