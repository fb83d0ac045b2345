-- newsdesk state database, schema 1: what the person made, kept beside the
-- cache (<cache>.state.sqlite) so that no fault of the cache can take it.
-- What the reader did with an item, keyed by the item's identity (a hash of
-- title and summary), so it survives re-import and a rebuilt cache.
CREATE TABLE item_state (
    key     BLOB PRIMARY KEY,
    read    INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The listing files and folders the person imported, as given (absolute): a
-- damaged cache is rebuilt from them.
CREATE TABLE sources (
    path     TEXT PRIMARY KEY,
    added_at INTEGER NOT NULL
) WITHOUT ROWID;
