#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

// The same distinct items written by the `sqlite3` shell, as floors for the
// import (issue 6, issue 13). The CSV files are written from an imported
// cache before the clock starts; the shell's time is the floor.
//   cache-shaped: .import into a table of the items' shape (same indexes, plus
//     each item's category tokens), then the cache's own FTS5 definition and
//     settings (prefix indexes) filled from it in listing order;
//   plain: .import into an items table, a categories table and a links table,
//     then a plain FTS5 index of title and summary (unicode61
//     remove_diacritics 0, no prefix indexes).
// Failures are collected in errors(); a missing shell is reported as skipped.
class SqliteFloor
{
public:
    SqliteFloor(QTextStream &out, bool keep);

    QJsonObject measureCacheShaped(const QString &cachePath, const QString &dir, double importSeconds);
    QJsonObject measurePlain(const QString &cachePath, const QString &dir, double importSeconds);

    QStringList errors() const { return m_errors; }

private:
    bool available(QJsonObject &skipped);
    bool writeCacheShapedCsv(const QString &cachePath, const QString &csvPath, QByteArray &ftsDefinition,
                             qint64 &rows);
    bool writePlainCsv(const QString &cachePath, const QString &dir, qint64 &rows);
    bool runShell(const QByteArray &sql, const QString &dir, const QString &name, const QString &dbPath,
                  qint64 rows, double &seconds);
    void error(const QString &message);

    QTextStream &m_out;
    bool m_keep = false;
    QStringList m_errors;
};
