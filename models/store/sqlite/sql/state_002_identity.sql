-- newsdesk state database, schema 2: the file says what it is and whose it
-- is. PRAGMA application_id "NDST" (a cache holds "NDSC"), and the file name
-- of the cache it belongs to: only a file of that name beside it is ever
-- called a damaged cache and set aside (statedatabase.h).
PRAGMA application_id = 1313100628;
CREATE TABLE IF NOT EXISTS cache (
    name TEXT NOT NULL
);
