-- Schema 3: item_categories carries each item's sort_key, so the items of a
-- category come out of the primary key already in listing order (no sort, no
-- lookup of every item) and its first page is a short index range.
CREATE TABLE item_categories_v3 (
    category_id INTEGER NOT NULL,
    sort_key    INTEGER NOT NULL,
    item_id     INTEGER NOT NULL,
    PRIMARY KEY (category_id, sort_key, item_id)
) WITHOUT ROWID;
INSERT INTO item_categories_v3(category_id, sort_key, item_id)
    SELECT ic.category_id, i.sort_key, ic.item_id FROM item_categories ic JOIN items i ON i.id = ic.item_id;
DROP TABLE item_categories;
ALTER TABLE item_categories_v3 RENAME TO item_categories;
CREATE INDEX item_categories_by_item ON item_categories(item_id, category_id);
