#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/store/storeresult.h"

class SqliteConnection;
class SqlTransaction;

// The schema of an SQLite cache: its version (PRAGMA user_version), whether
// this program may use the file, and the numbered migrations
// (models/store/sqlite/sql/NNN_*.sql, compiled in as :/newsdesk/sql/).
class SqliteSchema
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSchema)

public:
    static constexpr int Version = 11;
    // The oldest schema a connection that may only read can use (9 only
    // added the application id; 10 and 11 are read without what they added).
    static constexpr int ReadableVersion = 8;
    // PRAGMA application_id of a cache ("NDSC") and of a state database ("NDST").
    static constexpr int CacheId = 0x4E445343;
    static constexpr int StateId = 0x4E445354;

    // The statements of a migration script: split at ";" ending a line, the
    // lines of "--" comments dropped, empty ones left out.
    static QStringList statements(const QString &script);

    // connection must stay open while this is used; path names the cache in messages.
    SqliteSchema(const SqliteConnection &connection, const QString &path);

    // -1 when the version cannot be read.
    int version() const;
    // Why the open file must not be used or changed, or empty when it may;
    // kind says what is wrong (damaged, not a cache, newer). Nothing is
    // written before this said yes.
    QString incompatibility(StoreFailure &kind) const;
    // Runs the migrations after the file's version up to targetVersion, all
    // in one write transaction that reads the version again once it holds the
    // lock (two processes opening a new cache: one creates it, the other
    // finds it made); empty, or why the cache could not be updated. A
    // script's COMMIT statement commits what came before it (with the
    // version before its step) and begins again.
    QString migrate(int targetVersion) const;

private:
    QString runStep(int version, SqlTransaction &transaction) const;
    // Whether the open file holds newsdesk's tables (a cache from before schema 9, without an id).
    bool hasCacheTables() const;

    const SqliteConnection &m_connection;
    QString m_path;
};
