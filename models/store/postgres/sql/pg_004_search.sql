-- Search by newsdesk's own rules (models/search/, models/store/postgres/pgsearchtext.h):
-- each item's words folded by the program (never by the server's ctype or
-- collation), one space between words, a '|' between two fields (title,
-- summary; category names), matched by LIKE and regular expressions
-- (PgFilterSql) through trigram indexes. pg_trgm is a trusted extension
-- (PostgreSQL 13 on): the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE items ADD COLUMN search_text text COLLATE "C";
ALTER TABLE items ADD COLUMN search_categories text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE categories ADD COLUMN search_name text COLLATE "C";
ALTER TABLE notes ADD COLUMN search_text text COLLATE "C";

-- A note's search text is NULL until the program folds it: PgStore::setNote
-- writes both; a statement that writes a note's text without it (a merge of
-- states) sets it NULL and PgSearchText::foldNotes folds it in the same
-- transaction.

-- newsdesk: fill the search text
-- (PgSchema stops here and has PgSearchText::fill() fold what the archive
-- holds, then runs the rest in the same transaction.)

ALTER TABLE items ALTER COLUMN search_text SET NOT NULL;
ALTER TABLE categories ALTER COLUMN search_name SET NOT NULL;
CREATE INDEX items_search_text ON items USING gin (search_text gin_trgm_ops);
CREATE INDEX items_search_categories ON items USING gin (search_categories gin_trgm_ops);
