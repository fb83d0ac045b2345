-- Schema 2: prefix indexes for search while typing ("ka" -> "kaffe").
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5(
    title, summary,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
INSERT INTO items_fts(items_fts) VALUES ('rebuild');
