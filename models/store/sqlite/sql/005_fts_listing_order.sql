-- Schema 5: the full-text index is keyed by listing order and also indexes
-- categories, so every filter of categories and words is one FTS5 query whose
-- hits come out newest first with no sort and no lookup of every item.
--   rowid = items.sort_key (unique per item; the importer re-indexes an item
--           whose key changes);
--   categories = one token per category, U+E000 followed by its id (a private
--           use character: nothing a person types in the search box can match
--           it, and U+E000 in item text is indexed as a space);
--   detail = none: only which items hold a token (no phrases are searched),
--           about a fifth of the size of the full index, and faster to build
--           and to count;
--   content = '': the text lives in items; the importer supplies the old
--           values when it removes an entry;
--   prefix = '2 3 4 5 6': what a person types while the list narrows is a
--           prefix; up to 6 characters it is looked up directly (NewsStore
--           spells a longer one out as the terms it starts).
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5(
    title, summary, categories,
    content = '', detail = none, columnsize = 0,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'",
    prefix = '2 3 4 5 6'
);
INSERT INTO items_fts(rowid, title, summary, categories)
    SELECT i.sort_key, replace(i.title, char(57344), ' '), replace(i.summary, char(57344), ' '),
           coalesce((SELECT group_concat(char(57344) || ic.category_id, ' ') FROM item_categories ic
                     WHERE ic.item_id = i.id), '')
    FROM items i ORDER BY i.sort_key;
-- How many items hold each set of categories (written as in the index), kept
-- by every import with the index: a filter of several categories is counted
-- from the few sets, not from the items.
CREATE TABLE category_sets (
    categories TEXT PRIMARY KEY,
    item_count INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO category_sets(categories, item_count)
    SELECT c, count(*) FROM (SELECT coalesce((SELECT group_concat(char(57344) || ic.category_id, ' ')
                                               FROM item_categories ic WHERE ic.item_id = i.id), '') AS c
                             FROM items i)
    GROUP BY c;
