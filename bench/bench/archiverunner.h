#pragma once

#include "benchrunner.h"
#include "childprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

class Reader;

// The archive mode (--archive, issue 13): the same distinct items as files of
// 10,000, 100 and 20 items (20: with 30% overlap and 5% re-saves, as daily
// snapshots), imported by the real `newsdesk import` as a child process whose
// memory is sampled; the per-file cost and the ratio to both sqlite3 floors;
// the import of one big file; the re-import of an unchanged archive; one new
// file into the full cache (as the window's watcher imports it, until the
// reader shows it); cold and warm start; and the command line end to end.
class ArchiveRunner
{
public:
    ArchiveRunner(const BenchOptions &options, QTextStream &out);
    ~ArchiveRunner();
    Q_DISABLE_COPY_MOVE(ArchiveRunner)

    // One object with "sizes", "big_files", "targets" and "errors".
    QJsonObject run();
    bool ok() const { return m_errors.isEmpty(); }

private:
    struct Row
    {
        QString name;
        std::function<QString(const QJsonObject &)> value;
        QString target;
    };
    struct Shape
    {
        QString key;      // "10000", "100", "20"
        int itemsPerFile = 0;
        double overlap = 0;
        double resaves = 0;
    };

    QList<Shape> shapes() const;
    QJsonObject runSize(qint64 items);
    QJsonObject importShape(qint64 items, const Shape &shape, QString &corpus, QString &cache);
    bool generate(qint64 items, const Shape &shape, quint64 seed, const QString &dir, QJsonObject &info);
    ChildRun newsdesk(const QStringList &arguments, bool keepOutput = false);
    QJsonObject importByCli(const QString &cache, const QString &path);
    void addRatios(QJsonObject &size);
    QJsonObject measureReimport(const QString &cache, const QString &corpus);
    QString writeNewFile(const QString &folder, int number, QStringList &titles);
    bool openAsWindow(Reader &reader, const QString &cache, const QString &what);
    QJsonObject measureOneNewFile(const QString &cache, const QString &corpus);
    QJsonObject measureWatchedChange(const QString &cache, const QString &corpus);
    bool evict(const QString &cache, QJsonObject &report);
    QJsonObject measureOpen(const QString &cache);
    QJsonObject measureColdStart(const QString &cache);
    QJsonObject timeCommand(const QStringList &arguments, const QString &cache, int warmRuns);
    QJsonObject measureCommandLine(const QString &cache);
    QJsonArray measureBigFiles(double bytesPerEntry);
    void removeCache(const QString &cache);
    QJsonArray targets(const QJsonObject &size) const;
    QJsonArray bigFileTargets(const QJsonArray &bigFiles) const;
    void printTable(const QJsonArray &sizes, const QJsonArray &bigFiles, const QJsonArray &allTargets);
    static QList<Row> tableRows();
    QString path(const QString &name) const;
    void error(const QString &message);

    BenchOptions m_options;
    QTextStream &m_out;
    QTemporaryDir m_temp;
    QStringList m_errors;
    double m_bytesPerEntry = 0; // of the generated items, for sizing the big file
};
