#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL tests (label `postgresql`):
#
#   scripts/pg-test-server.sh start STATEDIR   initdb in a new temporary folder, start the
#                                              server on a free port of 127.0.0.1, create the
#                                              database and roles; write STATEDIR/url
#   scripts/pg-test-server.sh stop STATEDIR    stop it and remove its folder
#
# CTest runs them as the fixture tests postgresql_server_start / postgresql_server_stop
# (tests/CMakeLists.txt); the tests read the address from STATEDIR/url and the passwords
# from STATEDIR/pgpass (or NEWSDESK_TEST_PG and PGPASSFILE: a server of one's own, where
# the roles below exist). Where PostgreSQL is not
# installed, start writes no url and says so: the PostgreSQL tests skip with that
# message, every other test runs.
#
# The server runs as an unprivileged user: postgres refuses to run as root, and CI runs
# as root, so there it runs as the `postgres` system user (or `nobody`) in a folder that
# user owns. Roles: newsdesk (the owner, a superuser), alice and bob (members of
# newsdesk_team: they may read and write the archive), carol (no rights: a test
# gives her those of scripts/pg-team-roles.sql); each has the password
# "<name>-secret" (scram-sha-256 over TCP).
set -euo pipefail

command="${1:-}"
state="${2:-}"
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATEDIR" >&2
    exit 2
fi

pgbin=""
for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        pgbin="$dir"
    fi
done

# run_as COMMAND...: as the server's user.
run_as() {
    if [ "$(id -u)" -ne 0 ]; then
        "$@"
    else
        runuser -u "$pguser" -- "$@"
    fi
}

stop_server() {
    [ -f "$state/datadir" ] || return 0
    local datadir
    datadir="$(cat "$state/datadir")"
    pguser="$(stat -c %U "$datadir" 2>/dev/null || echo root)"
    if [ -n "$pgbin" ] && [ -f "$datadir/data/postmaster.pid" ]; then
        run_as "$pgbin/pg_ctl" -D "$datadir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$datadir"
    rm -f "$state/datadir" "$state/url" "$state/skip" "$state/pgpass"
}

case "$command" in
stop)
    stop_server
    exit 0
    ;;
start) ;;
*)
    echo "$0: unknown command $command" >&2
    exit 2
    ;;
esac

mkdir -p "$state"
state="$(cd "$state" && pwd)"
cd / # (the server's user may not enter the folder CTest runs in)
stop_server # one a killed run left behind
if [ -z "$pgbin" ]; then
    echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL tests skip." \
        | tee "$state/skip"
    exit 0
fi

pguser="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    pguser=postgres
    getent passwd postgres >/dev/null || pguser=nobody
fi
datadir="$(mktemp -d /tmp/newsdesk-pg.XXXXXX)"
echo "$datadir" >"$state/datadir"
chmod 700 "$datadir"
# The superuser's password, for initdb (a file the server's user may read).
echo "newsdesk-secret" >"$datadir/pwfile"
if [ "$(id -u)" -eq 0 ]; then
    chown -R "$pguser" "$datadir"
fi
run_as "$pgbin/initdb" -D "$datadir/data" -U newsdesk --pwfile="$datadir/pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$datadir/initdb.log" 2>&1 || {
    cat "$datadir/initdb.log" >&2
    echo "$0: initdb failed" >&2
    exit 1
}

# A free port: the server says when a port is taken; a few tries from a random one.
started=""
for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    if run_as "$pgbin/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $datadir -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=40" start >/dev/null 2>&1; then
        started=yes
        break
    fi
done
if [ -z "$started" ]; then
    cat "$datadir/server.log" >&2 || true
    echo "$0: the server did not start" >&2
    exit 1
fi

psql=("$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$datadir" -p "$port" -U newsdesk)
run_as "${psql[@]}" -d postgres >/dev/null <<'SQL'
CREATE DATABASE newsdesk_test;
CREATE ROLE newsdesk_team NOLOGIN;
CREATE ROLE alice LOGIN PASSWORD 'alice-secret' IN ROLE newsdesk_team;
CREATE ROLE bob LOGIN PASSWORD 'bob-secret' IN ROLE newsdesk_team;
CREATE ROLE carol LOGIN PASSWORD 'carol-secret';
GRANT CONNECT ON DATABASE newsdesk_test TO carol;
GRANT CREATE, CONNECT ON DATABASE newsdesk_test TO newsdesk_team;
SQL
# The tests copy newsdesk_test (CREATE DATABASE ... TEMPLATE) for a fresh archive each; the
# tables newsdesk (the owner) makes there are the team's to read and write (docs/TEAM.md).
run_as "${psql[@]}" -d newsdesk_test >/dev/null <<'SQL'
GRANT CREATE, USAGE ON SCHEMA public TO newsdesk_team;
-- The search's trigram indexes (schema 4) need pg_trgm: in place in the copies, so that a
-- team member may make an archive there (creating it needs CREATE on the database).
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    END IF;
END $$;
ALTER DEFAULT PRIVILEGES FOR ROLE newsdesk IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO newsdesk_team;
ALTER DEFAULT PRIVILEGES FOR ROLE newsdesk IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO newsdesk_team;
SQL
# The passwords, for libpq (PGPASSFILE): the tests never put one in an address.
{
    echo "127.0.0.1:$port:*:newsdesk:newsdesk-secret"
    echo "127.0.0.1:$port:*:alice:alice-secret"
    echo "127.0.0.1:$port:*:bob:bob-secret"
    echo "127.0.0.1:$port:*:carol:carol-secret"
} >"$state/pgpass"
chmod 600 "$state/pgpass"
echo "postgresql://newsdesk@127.0.0.1:$port/newsdesk_test" >"$state/url"
echo "PostgreSQL test server: $(cat "$state/url") (password newsdesk-secret; data in $datadir)"
