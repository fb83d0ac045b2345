#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// Adds up the time SQLite spends in each statement of one connection
// (sqlite3_trace_v2 with SQLITE_TRACE_PROFILE), to tell where an import or a
// query spends its time. Statements are grouped by their text with numbers
// masked, so per-file statements built with different literals add up.
class SqlProfiler
{
public:
    struct Entry
    {
        QString sql;
        qint64 nanos = 0;
        qint64 calls = 0;
    };

    SqlProfiler() = default;
    ~SqlProfiler();
    Q_DISABLE_COPY_MOVE(SqlProfiler)

    // False when the connection is not SQLite.
    bool attach(const QSqlDatabase &db);
    void detach();

    QList<Entry> entries() const; // slowest first
    // Time in statements the program ran (statements FTS5 runs inside them
    // are listed too, but counted only once, in the outer statement).
    qint64 totalNanos() const;
    static bool isNested(const QString &sql);

private:
    static int trace(unsigned type, void *context, void *statement, void *extra);

    sqlite3 *m_handle = nullptr;
    QHash<QString, Entry> m_entries;
    QHash<QByteArray, QString> m_keys; // statement text -> its group
};
