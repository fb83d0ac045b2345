-- Schema 4: every category keeps its number of items, updated by each import
-- in the same transaction, so the unfiltered counts need no scan of the links.
ALTER TABLE categories ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0;
UPDATE categories SET item_count = (SELECT count(*) FROM item_categories ic WHERE ic.category_id = categories.id);
