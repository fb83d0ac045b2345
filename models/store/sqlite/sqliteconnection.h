#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
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
    QString open(const QString &path);
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

private:
    bool check(const QSqlQuery &q, bool ok) const;

    QString m_name;
    mutable QString m_failure;
};
