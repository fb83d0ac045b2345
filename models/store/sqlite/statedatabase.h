#pragma once

#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The state database: what the person made (read and starred marks; later
// labels, notes, saved views) and the sources they imported, in a small
// SQLite file beside the cache, <dir>/<completeBaseName>.state.sqlite for the
// cache <dir>/<name>.sqlite. A glob such as newsdesk.sqlite* that removes the
// cache and its -wal/-shm leaves it; a damaged cache is rebuilt from the
// sources and finds its marks again, since they are keyed by item key.
// Every connection to the cache attaches it as "state".
//
// Its own schema (user_version, sql/state_NNN_*.sql) and a backup a day: the
// first connection that may write on a day copies it (VACUUM INTO) to
// <completeBaseName>.state.backup-<yyyyMMdd>.sqlite beside it, keeping the
// newest KeepBackups. A damaged state database is set aside
// (.damaged-<date>) and the newest backup restored, and the person is told.
class StateDatabase
{
    Q_DECLARE_TR_FUNCTIONS(StateDatabase)

public:
    static constexpr int Version = 1;
    static constexpr int KeepBackups = 5;

    static QString pathFor(const QString &cachePath);
    // Where today's backup of the state database of cachePath goes.
    static QString todaysBackup(const QString &cachePath);
    // The backups of the state database of cachePath, newest first.
    static QStringList backups(const QString &cachePath);

    // Makes the state database of cachePath ready for a connection that
    // writes: checked, restored from its newest backup when damaged, its
    // schema migrated, the day's backup made. The value: what the person must
    // be told (a restore), empty when nothing happened worth saying.
    static StoreResult<QStringList> prepare(const QString &cachePath);

    // Attaches the state database of cachePath to db as "state". readOnly:
    // opened read-only, and a missing one becomes an empty temporary table
    // (nothing is marked). Empty, or why not.
    static QString attach(QSqlDatabase db, const QString &cachePath, bool readOnly);

private:
    // prepare() under the lock file, for a state database this program has not prepared yet.
    static StoreResult<QStringList> prepareLocked(const QString &cachePath);
    // The state database is opened on a connection of its own by prepare().
    static StoreResult<QStringList> check(const QString &statePath, const QString &cachePath);
    static QString migrate(QSqlDatabase db, const QString &statePath);
    static QString backUp(QSqlDatabase db, const QString &cachePath, bool &damaged);
    static StoreResult<QStringList> restore(const QString &cachePath, const QString &why);
};
