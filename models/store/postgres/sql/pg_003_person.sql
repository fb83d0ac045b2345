-- newsdesk shared archive, schema 3: the person, the last visit, and rows
-- that only their person may see.

-- Whose marks, labels, notes and views a connection reads and writes: the
-- database role (current_user), or, when the address names a person
-- (?person=NAME, set by PgConnection as newsdesk.person), "role/NAME": people
-- sharing one role each keep their own, and no role can write as another.
CREATE FUNCTION newsdesk_person() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN coalesce(current_setting('newsdesk.person', true), '') = '' THEN current_user::text
                ELSE current_user || '/' || current_setting('newsdesk.person') END
$$;

-- Each person's last visit (ms since the epoch): what "new since my last
-- visit" compares with.
CREATE TABLE visits (
    person     text PRIMARY KEY,
    last_visit bigint NOT NULL
);

-- Row-level security: a role sees and changes only its own rows (its own
-- name, or its own "role/NAME" people), whatever SQL it runs. The archive's
-- owner is not bound (it keeps the archive; docs/TEAM.md).
CREATE FUNCTION newsdesk_owns(person text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT person = current_user::text OR starts_with(person, current_user || '/')
$$;
ALTER TABLE marks ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON marks USING (newsdesk_owns(person));
ALTER TABLE labels ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON labels USING (newsdesk_owns(person));
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON notes USING (newsdesk_owns(person));
ALTER TABLE saved_views ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON saved_views USING (newsdesk_owns(person));
ALTER TABLE remembered_sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON remembered_sources USING (newsdesk_owns(person));
ALTER TABLE removed_files ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON removed_files USING (newsdesk_owns(person));
ALTER TABLE visits ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON visits USING (newsdesk_owns(person));
-- A label's items: through the label (only one's own labels are seen).
ALTER TABLE item_labels ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON item_labels USING (EXISTS (SELECT 1 FROM labels l WHERE l.id = label_id));
