-- newsdesk cache, schema 9: the file says what it is. PRAGMA application_id
-- (the header's bytes 68-71) holds "NDSC" for a cache; the state database
-- holds "NDST" (state_002). A file is opened as a cache only when it says
-- so, or when it is an older cache (no id, newsdesk's tables): another
-- program's SQLite file, or a state database given as --db, is left untouched.
-- (Idempotent: a step whose commit failed runs again.)
PRAGMA application_id = 1313100611;
