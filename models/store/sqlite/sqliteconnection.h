#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

// One named QSqlDatabase connection to an SQLite cache, opened and used in one
// thread, and the one place its statements run: a statement that fails is
// logged (newsdesk.store) with its error and its SQL, and remembered until
// takeFailure(), so a read that runs many statements can tell at its end
// whether one of them failed.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)

public:
    SqliteConnection();
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    // Opens the file (creating it and its folder); empty, or why not.
    // readOnly: opened for reading only, never created (QSQLITE_OPEN_READONLY);
    // in a folder that may not be written and holds no -wal/-shm the file is
    // taken as unchanging (SQLite's immutable), since no writer can reach it.
    QString open(const QString &path, bool readOnly = false);
    bool isReadOnly() const { return m_readOnly; }
    // The URI a connection that may only read opens path by (the cache, or
    // the state database attached to it): mode=ro, or immutable=1 in a folder
    // that may not be written and holds no -wal/-shm, since no writer can reach it.
    static QString readOnlyName(const QString &path);
    // The settings of this connection (journal, cache size), once the file is
    // known to be a cache it may change. One that fails is logged; the cache
    // works without it.
    void applySettings() const;
    // Releases every handle and removes the connection.
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;

    // Prepares sql on q, binds binds in order and runs it. On failure the
    // error is logged and remembered.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds = {}) const;
    // Runs the statement q holds again with new binds.
    bool rerun(QSqlQuery &q, const QVariantList &binds) const;
    // q.next(); a failure to step to the next row is logged and remembered
    // (the end of the rows is not one).
    bool next(QSqlQuery &q) const;
    // Logs and remembers the error of a statement that ran elsewhere (or of
    // the connection, when q is null) under what; always false.
    bool failed(const QString &what, const QSqlQuery *q = nullptr) const;
    // The one form of the log line of a failed statement (newsdesk.store),
    // for every connection and writer of the SQLite store.
    static void logFailure(const QString &file, const QString &what, const QString &error, const QString &sql);
    // The first failure since the last call (the database's words), or empty.
    QString takeFailure() const;
    // Whether a statement failed since the last takeFailure().
    bool hasFailure() const { return !m_failure.isEmpty(); }
    // Whether the first failure since the last takeFailure() said that the
    // file is damaged (see isDamage()).
    bool failureIsDamage() const { return m_failureIsDamage; }
    // Whether SQLite's error says the file is damaged: SQLITE_CORRUPT or
    // SQLITE_NOTADB (and their extended codes).
    static bool isDamage(const QSqlError &error);

    // Whether a connection of this process waited for a lock of its file (a
    // writer for another's write) within the last ms milliseconds: a long
    // write that may wait for later (the index built when idle) gives way.
    static bool lockWaitedWithin(qint64 ms);
    // While it lives, the connection waits for a lock another holds (the
    // busy timeout, as always) or not at all (SQLITE_BUSY at once).
    class WaitsForLocks
    {
    public:
        WaitsForLocks(const SqliteConnection &connection, bool waits);
        ~WaitsForLocks();
        Q_DISABLE_COPY_MOVE(WaitsForLocks)

    private:
        const SqliteConnection &m_connection;
    };

    // path (the cache, or a database attached to this connection) is open
    // here until close(): CacheFile::inspect() leaves it alone meanwhile.
    void holdFile(const QString &path);

private:
    bool check(const QSqlQuery &q, bool ok) const;
    // SQLite's busy timeout, noting each wait (lockWaitedWithin()), or none.
    void installBusyHandler(bool waits = true) const;

    QString m_name;
    QStringList m_filesHeld;
    bool m_readOnly = false;
    mutable QString m_failure;
    mutable bool m_failureIsDamage = false;
};
