-- Schema 6: items whose full-text entry is not written yet. An import stores
-- each file's items, sources and links in the file's transaction and queues
-- the items whose entry must change; the queue is written to the index in
-- listing-key order after the batch (NewsImporter::updateIndex), so an item
-- that several files of one import touch is indexed once, at its final key.
-- For a queued item, sort_key and categories describe the entry the index
-- holds for it now (NULL: none), and category_sets counts it under those.
CREATE TABLE index_queue (
    item_id    INTEGER PRIMARY KEY,
    sort_key   INTEGER,
    categories TEXT
);
-- Queued items' old entries by key: readers leave those hits out.
CREATE INDEX index_queue_by_key ON index_queue(sort_key) WHERE sort_key IS NOT NULL;
