-- newsdesk shared archive on PostgreSQL, schema 1 (PgSchema runs it in one
-- transaction). Items, files and categories are shared; marks are per person
-- (the database role: current_user).

-- Whose database this is and its schema version: one row. A database without
-- this table but with tables of its own belongs to another program.
CREATE TABLE newsdesk_schema (
    program text NOT NULL CHECK (program = 'newsdesk'),
    version integer NOT NULL
);

-- Listing files that have been imported (by the path the importing desktop
-- gave). ordinal grows with every new file: later files sort first.
CREATE SEQUENCE file_ordinals;
CREATE TABLE files (
    id          bigserial PRIMARY KEY,
    path        text NOT NULL UNIQUE,
    size        bigint NOT NULL,
    mtime       bigint NOT NULL,
    hash        bytea NOT NULL,
    ordinal     bigint NOT NULL,
    header      text NOT NULL DEFAULT '',
    item_count  bigint NOT NULL DEFAULT 0,
    imported_at bigint NOT NULL
);

-- One row per distinct item; key is the importer's hash of title and
-- summary (a file imported from two desktops is stored once). sort_key
-- orders the listing (newest first = largest), title_key by title (byte
-- order, as SQLite compares it).
CREATE TABLE items (
    id        bigserial PRIMARY KEY,
    key       bytea NOT NULL UNIQUE,
    title     text NOT NULL,
    summary   text NOT NULL,
    title_key text COLLATE "C" NOT NULL,
    sort_key  bigint NOT NULL,
    added_at  bigint NOT NULL
);
CREATE INDEX items_by_listing ON items(sort_key);
CREATE INDEX items_by_title ON items(title_key, sort_key);

-- Where each item was found; categories: the JSON array of names on that
-- item's category line in that file.
CREATE TABLE sources (
    file_id    bigint NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    position   integer NOT NULL,
    item_id    bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    categories jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (file_id, position)
);
CREATE INDEX sources_by_item ON sources(item_id);

CREATE TABLE categories (
    id   bigserial PRIMARY KEY,
    name text COLLATE "C" NOT NULL UNIQUE
);

-- The merged categories of every item.
CREATE TABLE item_categories (
    category_id bigint NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    item_id     bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY (category_id, item_id)
);
CREATE INDEX item_categories_by_item ON item_categories(item_id, category_id);

-- Category names that stood alone on a category line.
CREATE TABLE vocabulary (
    name text PRIMARY KEY
);

-- Each person's read and starred marks, by item key (they survive re-imports).
CREATE TABLE marks (
    person  text NOT NULL,
    key     bytea NOT NULL,
    read    boolean NOT NULL DEFAULT false,
    starred boolean NOT NULL DEFAULT false,
    PRIMARY KEY (person, key)
);

-- The files and folders each person imported, and those they removed.
CREATE TABLE remembered_sources (
    person text NOT NULL,
    path   text NOT NULL,
    seq    bigserial,
    PRIMARY KEY (person, path)
);
CREATE TABLE removed_files (
    person text NOT NULL,
    path   text NOT NULL,
    PRIMARY KEY (person, path)
);
