#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

struct BenchOptions
{
    QList<qint64> sizes{100000, 1000000};
    QString corpus;        // an existing corpus folder instead of generated ones
    QString cache;         // only the reader measurements, on this existing cache
    QString jsonFile;      // also write the JSON result here
    QString workDir;       // where the temporary folder goes (default: the system's)
    bool quick = false;    // fewer runs and a small event-loop import, for the smoke test
    bool keep = false;     // keep the temporary folder
    bool profileSql = false; // add up SQLite time per statement (import, reader)
    bool worker = false;     // give the models a StoreWorker, as the window does
    int runs = 7;          // runs per filter and search case
    int jumps = 1000;      // random jumps in the list
    int itemsPerFile = 10000;
    qint64 eventLoopItems = 100000;
    quint64 seed = 1;
    double overlap = 0.1;
    double resaves = 0;      // share of generated files that re-save the file before
    bool archive = false;    // the archive mode (ArchiveRunner) instead of the reader benchmark
    QList<int> bigFileMb{200}; // --archive: one file of about this many MiB (256: just under the limit)
    QList<int> archiveShapes{10000, 100, 20}; // --archive: items per file of the corpora imported
    QString db;              // --db postgresql://...: the shared archive mode (SharedArchiveRunner)
    int pairFiles = 20;      // --db: files the two importers at once take
    bool readersOnly = false; // --db with --readers-only: only the readers, on the archive at --db
    QString program = QStringLiteral(NEWSDESK_BINARY); // --db: the newsdesk that imports (--program)
};

// Measures newsdesk at a scale: corpus, parse, import, re-import, the sqlite3
// shell as a floor, and the reader's models (NewsListModel, CategoryModel) as
// the window drives them: open, filter, search, scroll. Then the event loop
// while an ImportTask imports. Needs a QCoreApplication.
class BenchRunner
{
public:
    BenchRunner(BenchOptions options, QTextStream &out);
    ~BenchRunner();
    Q_DISABLE_COPY_MOVE(BenchRunner)

    // False when a measurement could not be made (the error is printed and
    // in the JSON under "errors"); timings never fail the run.
    bool run();
    QJsonObject result() const { return m_result; }

private:
    QJsonObject runSize(qint64 items, const QString &corpusDir);
    QJsonObject measureParse(const QStringList &files);
    QJsonObject measureSqliteFloor(const QString &cachePath, const QString &dir, double importSeconds);
    QJsonObject measureReader(const QString &cachePath, qint64 items);
    QJsonObject measureEventLoop(const QString &corpusDir, qint64 items);
    bool generate(qint64 items, const QString &dir, QJsonObject &info);

    QJsonObject machine() const;
    QJsonArray targets(const QJsonObject &size) const;
    void printTable(const QJsonArray &sizes);
    void error(const QString &message);
    QJsonArray reportProfile(const QString &what, const class SqlProfiler &profiler, double totalMs);

    BenchOptions m_options;
    QTextStream &m_out;
    QTemporaryDir m_temp;
    QJsonObject m_result;
    QStringList m_errors;
    QString m_eventLoopCorpus; // a corpus of eventLoopItems items, when one was made
};
