#pragma once

#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The state database: what the person made (read and starred marks; later
// labels, notes, saved views) and the sources they imported, in a small
// SQLite file beside the cache: <dir>/<name>.state.sqlite for the cache
// <dir>/<name>.sqlite, <dir>/<file name>.newsdesk-state.sqlite for a cache
// of any other name (x.db and x.sqlite never share one). A glob such as
// newsdesk.sqlite* that removes the cache and its -wal/-shm leaves it; a
// damaged cache is rebuilt from the sources and finds its marks again, since
// they are keyed by item key. Every connection to the cache attaches it as
// "state".
//
// The file says what it is (PRAGMA application_id "NDST") and whose it is
// (the file name of its cache, in table cache): only a file of that name is
// ever called a damaged cache and set aside (belongsTo()). A state database
// or a backup of one is never opened as a cache (isStateFile()).
//
// Its own schema (user_version, sql/state_NNN_*.sql) and a backup a day: the
// first connection that may write on a day copies it (VACUUM INTO) to
// <state name>.backup-<yyyyMMdd>.sqlite beside it, keeping the newest
// KeepBackups. Each program checks it (PRAGMA quick_check) before its first
// connection that may write; a damaged state database is set aside
// (.damaged-<date>) and the newest sound backup restored, and the person is
// told. A read that finds it damaged fails as StoreFailure::StateDamaged
// (never as a damaged cache), and the next open that may write restores it.
class StateDatabase
{
    Q_DECLARE_TR_FUNCTIONS(StateDatabase)

public:
    static constexpr int Version = 4;
    static constexpr int KeepBackups = 5;

    static QString pathFor(const QString &cachePath);
    // Where today's backup of the state database of cachePath goes.
    static QString todaysBackup(const QString &cachePath);
    // The backups of the state database of cachePath (named exactly so), newest first.
    static QStringList backups(const QString &cachePath);
    // Whether path is named as a state database or a backup of one (never a cache).
    static bool isStateFile(const QString &path);
    // Whether the state database beside cachePath says it belongs to it: the
    // one test that lets a file whose content is damaged be called a damaged
    // cache. (A state database from before schema 2 records no name: it
    // belongs to the cache <name>.sqlite its name was made from.)
    static bool belongsTo(const QString &cachePath);

    // Makes the state database of cachePath ready for a connection that
    // writes: checked, restored from its newest backup when damaged, its
    // schema migrated, the day's backup made. The value: what the person must
    // be told (a restore), empty when nothing happened worth saying. While
    // another newsdesk is doing it, a state database of the current schema is
    // used as it is (the window does not wait for another program here; it
    // waits only for one that is creating or updating the state database).
    static StoreResult<QStringList> prepare(const QString &cachePath);

    // Attaches the state database of cachePath to db as "state". readOnly:
    // opened read-only, and a missing one becomes an empty temporary table
    // (nothing is marked). Empty, or why not.
    static QString attach(QSqlDatabase db, const QString &cachePath, bool readOnly);

private:
    // prepare() under the lock file, for a state database this program has not
    // prepared yet; checked false: another program held the lock, and it was used unchecked.
    static StoreResult<QStringList> prepareLocked(const QString &cachePath, bool &checked);
    // The state database is opened on a connection of its own by prepare().
    static StoreResult<QStringList> check(const QString &statePath, const QString &cachePath);
    static QString migrate(QSqlDatabase db, const QString &statePath, const QString &cachePath);
    static QString backUp(QSqlDatabase db, const QString &cachePath, bool &damaged);
    static StoreResult<QStringList> restore(const QString &cachePath, const QString &why);
    // A state database from before this naming (<completeBaseName>.state.sqlite
    // of a cache not named *.sqlite) is copied to pathFor(): it stays where it
    // was for the cache <name>.sqlite that may share it.
    static void adoptOldName(const QString &cachePath);
    // Whether the state database at statePath exists with this program's schema.
    static bool hasCurrentSchema(const QString &statePath);
    // Whether the file at path is a state database that can be read whole.
    static bool isSound(const QString &path);
};
