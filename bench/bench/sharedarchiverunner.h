#pragma once

#include "benchrunner.h"
#include "childprocess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

// The shared archive at scale (--db postgresql://..., issue 17): a corpus
// (--corpus, or one generated of --sizes items) imported by the real
// `newsdesk --db ... import` (time, items/s, memory); two importers at once,
// on distinct files and on files both import; then readers at once (1, then
// 5), each with a connection of its own, timing the first page (50 ids and
// their rows) of everything, a category, unread, a search word, sorted by
// source and best match with a word nearly every item holds (--readers-only:
// only the readers, on the archive at the address as it is). Each
// import goes into a database of its own on the same server (made afresh:
// the role needs CREATEDB, as the throwaway server's owner has); passwords
// come from PGPASSFILE or ~/.pgpass as for newsdesk.
class SharedArchiveRunner
{
public:
    SharedArchiveRunner(const BenchOptions &options, const QString &address, QTextStream &out);
    Q_DISABLE_COPY_MOVE(SharedArchiveRunner)

    QJsonObject run();
    bool ok() const { return m_errors.isEmpty(); }

private:
    bool prepareCorpus(QStringList &files, QJsonObject &info);
    QString freshDatabase(const QString &suffix);
    QString admin(const QString &database, const QString &sql, QVariant *value = nullptr);
    ChildRun import(const QString &address, const QStringList &files);
    QJsonObject importOnce(const QString &suffix, const QStringList &files);
    QJsonObject importPair(const QString &suffix, const QStringList &one, const QStringList &two);
    QJsonObject readers(const QString &address, int count);
    void printTable(const QJsonObject &result);
    void printReaders(const QJsonObject &result);
    void error(const QString &message);

    BenchOptions m_options;
    QString m_address;
    QTextStream &m_out;
    QTemporaryDir m_temp;
    QStringList m_errors;
};
