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
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['marks', 'labels', 'notes', 'saved_views', 'remembered_sources', 'removed_files',
                             'visits'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_rows ON %I USING (newsdesk_owns(person))', t);
    END LOOP;
END
$$;
-- A label's items: through the label (only one's own labels are seen).
ALTER TABLE item_labels ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON item_labels USING (EXISTS (SELECT 1 FROM labels l WHERE l.id = label_id));
