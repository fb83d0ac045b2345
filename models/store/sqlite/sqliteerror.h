#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// SQLite's errors in words for people. Most are the database's own text; a
// few causes a person can act on are said plainly and name the cache: a full
// disk (SQLITE_FULL) and a cache another writer (another process, or an import
// of this one) kept locked for longer than the busy timeout (SQLITE_BUSY).
class SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)

public:
    // SQLite's primary result code of error (SQLITE_FULL is 13), or -1 when
    // the error carries none.
    static int code(const QSqlError &error);
    // The sentence for error on the cache at path.
    static QString describe(const QSqlError &error, const QString &path);

    static constexpr int Busy = 5;  // SQLITE_BUSY
    static constexpr int Corrupt = 11;      // SQLITE_CORRUPT
    static constexpr int Full = 13;         // SQLITE_FULL
    static constexpr int NotADatabase = 26; // SQLITE_NOTADB
};
