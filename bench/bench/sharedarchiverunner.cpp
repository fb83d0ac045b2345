#include "sharedarchiverunner.h"

#include "benchsupport.h"
#include "corpusgenerator.h"

#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <latch>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

constexpr int PageRows = 50;
constexpr int RowTextLimit = 300; // as a list row reads its text

struct ReaderCase
{
    QString name;
    ItemFilter filter;
};

QList<ReaderCase> readerCases()
{
    ItemFilter category;
    category.categories = {CorpusGenerator::categoryNames().constFirst()};
    ItemFilter unread;
    unread.unreadOnly = true;
    ItemFilter search;
    search.search = CorpusGenerator::commonWord();
    ItemFilter bySource;
    bySource.sort = ItemFilter::Sort::Source;
    // Best match with a word nearly every item holds ("och": ~97% of the
    // generated items, ~40% of their titles): the tiers at their widest.
    ItemFilter bestMatch;
    bestMatch.search = u"och"_s;
    bestMatch.sort = ItemFilter::Sort::BestMatch;
    return {{u"everything"_s, {}},
            {u"category"_s, category},
            {u"unread"_s, unread},
            {u"search"_s, search},
            {u"by source"_s, bySource},
            {u"best match, common word"_s, bestMatch}};
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(share * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

QJsonObject summary(const QList<double> &values)
{
    return {{u"median_ms"_s, round3(percentile(values, 0.5))},
            {u"p95_ms"_s, round3(percentile(values, 0.95))},
            {u"runs"_s, int(values.size())}};
}

} // namespace

SharedArchiveRunner::SharedArchiveRunner(const BenchOptions &options, const QString &address, QTextStream &out)
    : m_options(options)
    , m_address(address)
    , m_out(out)
    , m_temp(options.workDir.isEmpty() ? QDir::tempPath() + u"/newsdesk-bench-pg-XXXXXX"_s
                                       : options.workDir + u"/newsdesk-bench-pg-XXXXXX"_s)
{
}

void SharedArchiveRunner::error(const QString &message)
{
    m_errors.append(message);
    m_out << "error: " << message << Qt::endl;
}

// Runs sql in database (of the server of the address given) as its role; the
// error, or empty. value: the first column of the first row.
QString SharedArchiveRunner::admin(const QString &database, const QString &sql, QVariant *value)
{
    const QUrl url(m_address);
    const QString name = u"newsdesk-bench-admin"_s;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(u"SET client_min_messages TO warning"_s))
            failure = db.lastError().text();
        else if (!q.exec(sql))
            failure = q.lastError().text() + u" (in: "_s + sql + u")"_s;
        else if (value)
            *value = q.next() ? q.value(0) : QVariant();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// A new, empty database named after the given one and suffix; its address.
QString SharedArchiveRunner::freshDatabase(const QString &suffix)
{
    QUrl url(m_address);
    const QString name = url.path().mid(1) + u'_' + suffix;
    QString failure = admin(u"postgres"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    if (failure.isEmpty())
        failure = admin(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name));
    if (!failure.isEmpty()) {
        error(u"cannot make the database %1: %2"_s.arg(name, failure));
        return {};
    }
    url.setPath(u"/"_s + name);
    return url.toString();
}

bool SharedArchiveRunner::prepareCorpus(QStringList &files, QJsonObject &info)
{
    if (!m_options.corpus.isEmpty()) {
        const QDir dir(m_options.corpus);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            files.append(dir.absoluteFilePath(name));
        info.insert(u"corpus"_s, dir.absolutePath());
    } else {
        CorpusOptions corpus;
        corpus.items = m_options.sizes.constFirst();
        corpus.itemsPerFile = m_options.itemsPerFile;
        corpus.overlap = m_options.overlap;
        corpus.seed = m_options.seed;
        corpus.outDir = m_temp.filePath(u"corpus"_s);
        CorpusSummary made;
        QString failure;
        if (!CorpusGenerator(corpus).generate(made, failure)) {
            error(u"cannot generate the corpus: "_s + failure);
            return false;
        }
        files = made.files;
        info.insert(u"corpus_distinct_items"_s, made.distinctItems);
    }
    info.insert(u"files"_s, int(files.size()));
    if (files.isEmpty())
        error(u"no listing files in the corpus"_s);
    return !files.isEmpty();
}

ChildRun SharedArchiveRunner::import(const QString &address, const QStringList &files)
{
    return ChildProcess::run(m_options.program, QStringList{u"--db"_s, address, u"import"_s} + files);
}

QJsonObject SharedArchiveRunner::importOnce(const QString &suffix, const QStringList &files)
{
    const QString address = freshDatabase(suffix);
    if (address.isEmpty())
        return {};
    m_out << "importing " << files.size() << " files into " << address << Qt::endl;
    const ChildRun run = import(address, files);
    QJsonObject result = run.toJson(true);
    if (!run.ok())
        error(u"the import failed: "_s + run.standardError);
    QVariant items;
    const QString failure = admin(QUrl(address).path().mid(1), u"SELECT count(*) FROM items"_s, &items);
    if (!failure.isEmpty())
        error(failure);
    result.insert(u"items"_s, items.toLongLong());
    result.insert(u"items_per_s"_s, run.ms > 0 ? qRound64(items.toDouble() * 1000 / run.ms) : 0);
    result.insert(u"address"_s, address);
    return result;
}

// Two `newsdesk import`s started together into one fresh database.
QJsonObject SharedArchiveRunner::importPair(const QString &suffix, const QStringList &one, const QStringList &two)
{
    const QString address = freshDatabase(suffix);
    if (address.isEmpty())
        return {};
    // (The archive's tables first, so that both start alike.)
    const ChildRun made = ChildProcess::run(m_options.program, {u"--db"_s, address, u"list"_s});
    if (!made.ok())
        error(u"cannot make the archive: "_s + made.standardError);
    m_out << "two imports at once (" << one.size() << " and " << two.size() << " files) into " << address
          << Qt::endl;
    ChildRun first;
    ChildRun second;
    QElapsedTimer timer;
    timer.start();
    std::thread other([&] { second = import(address, two); });
    first = import(address, one);
    other.join();
    const double ms = msSince(timer);
    for (const ChildRun *run : {&first, &second}) {
        if (!run->ok())
            error(u"an import of the pair failed: "_s + run->standardError);
    }
    QVariant items;
    const QString failure = admin(QUrl(address).path().mid(1), u"SELECT count(*) FROM items"_s, &items);
    if (!failure.isEmpty())
        error(failure);
    return {{u"ms"_s, round3(ms)},
            {u"first"_s, first.toJson(false)},
            {u"second"_s, second.toJson(false)},
            {u"items"_s, items.toLongLong()},
            {u"items_per_s"_s, ms > 0 ? qRound64(items.toDouble() * 1000 / ms) : 0}};
}

// count readers at once, each on its own connection (a NewsStore opened in
// its thread), each case runs times: the first page's ids and rows.
QJsonObject SharedArchiveRunner::readers(const QString &address, int count)
{
    const QList<ReaderCase> cases = readerCases();
    QList<QList<double>> times(cases.size());
    QStringList failures;
    std::mutex lock;
    std::latch ready(count);
    std::vector<std::thread> threads;
    for (int r = 0; r < count; ++r) {
        threads.emplace_back([&] {
            NewsStore store;
            const bool opened = store.open(address);
            ready.arrive_and_wait();
            if (!opened) {
                const std::lock_guard guard(lock);
                failures.append(store.errorString());
                return;
            }
            for (int run = 0; run < m_options.runs; ++run) {
                for (qsizetype c = 0; c < cases.size(); ++c) {
                    QElapsedTimer timer;
                    timer.start();
                    const QList<NewsItem> rows = store.items(store.itemIds(cases.at(c).filter, PageRows), RowTextLimit);
                    const double ms = msSince(timer);
                    const std::lock_guard guard(lock);
                    if (store.lastReadFailed())
                        failures.append(store.readError());
                    else if (rows.isEmpty())
                        failures.append(u"no rows for "_s + cases.at(c).name);
                    times[c].append(ms);
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &failure : std::as_const(failures))
        error(u"a reader: "_s + failure);
    QJsonObject result;
    for (qsizetype c = 0; c < cases.size(); ++c)
        result.insert(cases.at(c).name, summary(times.at(c)));
    return result;
}

QJsonObject SharedArchiveRunner::run()
{
    QJsonObject result{{u"machine_load"_s, loadAverage()}, {u"program"_s, m_options.program}};
    if (m_options.readersOnly) {
        // (--readers-only: the archive at the address as it is, nothing imported.)
        result.insert(u"readers_1"_s, readers(m_address, 1));
        result.insert(u"readers_5"_s, readers(m_address, 5));
        result.insert(u"errors"_s, QJsonArray::fromStringList(m_errors));
        printReaders(result);
        return result;
    }
    QStringList files;
    QJsonObject corpus;
    if (!m_temp.isValid() || !prepareCorpus(files, corpus)) {
        result.insert(u"errors"_s, QJsonArray::fromStringList(m_errors));
        return result;
    }
    result.insert(u"corpus"_s, corpus);
    const QJsonObject once = importOnce(u"bench_import"_s, files);
    result.insert(u"import"_s, once);
    // The pairs: the first files (--pair-files) split in two, then two
    // overlapping halves of them (a fifth of the files imported by both).
    const QStringList pair = files.mid(0, std::min<qsizetype>(files.size(), m_options.pairFiles));
    const qsizetype half = pair.size() / 2;
    const qsizetype fifth = pair.size() / 5;
    result.insert(u"two_distinct"_s, importPair(u"bench_distinct"_s, pair.mid(0, half), pair.mid(half)));
    result.insert(u"two_overlapping"_s,
                  importPair(u"bench_overlap"_s, pair.mid(0, half + fifth / 2), pair.mid(half - fifth / 2)));
    const QString address = once.value(u"address"_s).toString();
    if (!address.isEmpty()) {
        result.insert(u"readers_1"_s, readers(address, 1));
        result.insert(u"readers_5"_s, readers(address, 5));
    }
    result.insert(u"errors"_s, QJsonArray::fromStringList(m_errors));
    printTable(result);
    return result;
}

void SharedArchiveRunner::printTable(const QJsonObject &result)
{
    const QJsonObject once = result.value(u"import"_s).toObject();
    QList<QStringList> rows{{u"measure"_s, u"value"_s}};
    rows.append({u"import: items"_s, QString::number(once.value(u"items"_s).toInteger())});
    rows.append({u"import: time"_s, formatMs(once.value(u"ms"_s).toDouble())});
    rows.append({u"import: items/s"_s, QString::number(once.value(u"items_per_s"_s).toInteger())});
    rows.append({u"import: peak private MB"_s, QString::number(once.value(u"peak_private_mb"_s).toDouble())});
    for (const QString &pair : {u"two_distinct"_s, u"two_overlapping"_s}) {
        const QJsonObject o = result.value(pair).toObject();
        rows.append({pair + u": items, time, items/s"_s,
                     u"%1, %2, %3"_s.arg(o.value(u"items"_s).toInteger())
                             .arg(formatMs(o.value(u"ms"_s).toDouble()))
                             .arg(o.value(u"items_per_s"_s).toInteger())});
    }
    printRows(m_out, rows);
    printReaders(result);
}

void SharedArchiveRunner::printReaders(const QJsonObject &result)
{
    QList<QStringList> rows{{u"measure"_s, u"value"_s}};
    for (const QString &readers : {u"readers_1"_s, u"readers_5"_s}) {
        const QJsonObject o = result.value(readers).toObject();
        for (const ReaderCase &c : readerCases()) {
            const QJsonObject t = o.value(c.name).toObject();
            rows.append({u"%1 first page, %2 (median / p95)"_s.arg(readers, c.name),
                         u"%1 / %2"_s.arg(formatMs(t.value(u"median_ms"_s).toDouble()),
                                          formatMs(t.value(u"p95_ms"_s).toDouble()))});
        }
    }
    printRows(m_out, rows);
}
