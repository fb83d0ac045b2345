#pragma once

#include <QString>

// The PostgreSQL tests' server (label `postgresql`): the throwaway one that
// scripts/pg-test-server.sh starts as a CTest fixture (its address in
// NEWSDESK_TEST_PG_STATE/url, its passwords in .../pgpass), or one of one's
// own in NEWSDESK_TEST_PG (with PGPASSFILE). Each test copies the server's
// database (CREATE DATABASE ... TEMPLATE) for a fresh archive of its own.
// Roles: newsdesk (the owner), alice and bob (members of newsdesk_team), carol
// (no rights of her own).
namespace PgTestSupport {

// The server's address, with PGPASSFILE set for libpq (and so for the
// processes the test starts); empty with why set when there is no server or
// no QPSQL driver (the test skips with it).
QString serverUrl(QString &why);
// A fresh, empty database named name (dropped first if a run left it); its
// address for role (empty: the owner). Empty with error set on failure.
QString freshDatabase(const QString &name, QString &error, const QString &role = {});
// The address of database for role on the server.
QString addressFor(const QString &database, const QString &role);
// Runs sql in database as the owner; the error, or empty.
QString execute(const QString &database, const QString &sql);
// Runs sql in database as role (empty: the owner): the first value of its
// first row as text (empty: no row); error set when it fails.
QString firstValue(const QString &database, const QString &sql, const QString &role, QString &error);

} // namespace PgTestSupport
