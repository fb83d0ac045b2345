-- Schema 10: the term list of the search (issue 14). A typed word of 3 or
-- more characters matches inside words ("trafik" in "kollektivtrafiken"):
-- the store finds the index terms that hold it here (a scan of the distinct
-- words, far fewer than the items) and asks the index for those. Every
-- distinct word (SearchText: case-folded) of the indexed titles and summaries;
-- the importer adds the words of the items it indexes (SqliteIndexWriter).
-- Words of items that went may stay: they find nothing.
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;
-- An existing cache: the index's own terms, categories (U+E000 and an id) left out.
CREATE VIRTUAL TABLE temp.items_vocabulary USING fts5vocab(main, items_fts, row);
INSERT INTO search_terms(term)
    SELECT term FROM temp.items_vocabulary WHERE substr(term, 1, 1) <> char(57344) ORDER BY term;
DROP TABLE temp.items_vocabulary;
