-- newsdesk: the team's rights on a shared archive (docs/TEAM.md, "Roles and rights").
--
-- Run it as the archive's owner, in the archive's database, once newsdesk has
-- made the archive (its first open by the owner), and again after an upgrade
-- of newsdesk that adds tables:
--
--     psql -h HOST -U newsdesk -d newsdesk -f pg-team-roles.sql
--
-- It makes two group roles (if they are missing) and gives them their rights:
--   newsdesk_readers    read the archive; keep their own read and starred
--                       marks, labels, notes, hidden items and saved views
--   newsdesk_importers  that, and import and remove listing files
-- Then put people in them:
--     GRANT newsdesk_readers TO carol;
--     GRANT newsdesk_importers TO alice;
-- Row-level security (schema 3) keeps each person's rows apart: nobody but
-- the owner sees or changes another role's marks, labels, notes or views.
-- (A login role's name must not hold "/": a role "alice" owns the rows of
-- the persons "alice/NAME".)

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsdesk_readers') THEN
        CREATE ROLE newsdesk_readers NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsdesk_importers') THEN
        CREATE ROLE newsdesk_importers NOLOGIN IN ROLE newsdesk_readers;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO newsdesk_readers', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO newsdesk_readers;
-- Everyone reads the archive.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsdesk_readers;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO newsdesk_readers;
-- Each person's own rows.
GRANT INSERT, UPDATE, DELETE
    ON marks, labels, item_labels, notes, saved_views, remembered_sources, removed_files, visits
    TO newsdesk_readers;
-- Importers write the shared files, items, sources and categories (never
-- newsdesk_schema: only the owner upgrades the archive).
REVOKE INSERT, UPDATE, DELETE ON newsdesk_schema FROM newsdesk_importers;
GRANT INSERT, UPDATE, DELETE ON files, items, sources, categories, item_categories, vocabulary
    TO newsdesk_importers;
