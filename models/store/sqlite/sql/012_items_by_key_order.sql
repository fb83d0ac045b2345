-- newsdesk cache, schema 12 (issue 16): a narrow index of every item's key
-- with its listing position (and, as every index does, its id). Labels,
-- notes and hidden items live in the state database by key; this index lets
-- the store go from a key to (sort_key, id) for the first page of a label
-- filter, and from ids to keys for the marks of many items, without reading
-- the wide items rows (title and summary). It duplicates items' own UNIQUE
-- key index plus a column; the queries name it with INDEXED BY where SQLite
-- would take the narrower-looking automatic index instead.
CREATE INDEX IF NOT EXISTS items_by_key_order ON items(key, sort_key);
