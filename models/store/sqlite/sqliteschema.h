#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/store/storeresult.h"

class SqliteConnection;

// The schema of an SQLite cache: its version (PRAGMA user_version), whether
// this program may use the file, and the numbered migrations
// (models/store/sqlite/sql/NNN_*.sql, compiled in as :/newsdesk/sql/).
class SqliteSchema
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSchema)

public:
    static constexpr int Version = 8;

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
    // finds it made); empty, or why the cache could not be updated.
    QString migrate(int targetVersion) const;

private:
    QString runStep(int version) const;

    const SqliteConnection &m_connection;
    QString m_path;
};
