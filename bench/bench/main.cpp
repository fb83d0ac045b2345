// newsdesk-bench: measures import, open, filter, search, scroll and memory of
// newsdesk at 100k and 1M items (issue 6). See docs/PERFORMANCE.md.
//
//   newsdesk-bench [--sizes 100000,1000000] [--corpus DIR] [--json FILE] [--quick] [--keep]
//                  [--items-per-file N] [--overlap SHARE] [--resaves SHARE]
//   newsdesk-bench --archive [--sizes 100000] [--big-file-mb 200,256] [--shapes 10000,100,20]
//                  [--work-dir DIR] [--quick]
//   newsdesk-bench --search-experiments CACHE [--work-dir DIR] [--runs R] [--keep]
//   newsdesk-bench --store-cases CACHE [--runs R]   (issue 15; CACHE is written: a copy)
//   newsdesk-bench --db postgresql://USER@HOST:PORT/DB [--corpus DIR | --sizes N] [--pair-files N] [--runs R] [--program PATH]
//                  [--readers-only]
//
// --archive (issue 13): the same distinct items in files of 10,000, 100 and 20
// items (20: overlap 0.3, re-saves 0.05), imported by the real `newsdesk
// import` as a child process (time, peak private RssAnon and mapped RssFile
// memory, VmHWM, sampled every 10 ms); per-file cost and the ratio to both
// sqlite3 floors (the cache's FTS5 with prefixes; a plain one); one big file
// (--big-file-mb, MiB; 256 = just under the 256 MiB limit; 0 = none); re-import of the
// unchanged archive; one new file until the reader shows it; cold and warm
// open to first page; `newsdesk list --limit 50` and `categories` end to end.
//
// --db (issue 17): the shared archive on PostgreSQL (SharedArchiveRunner): the
// corpus imported by `newsdesk --db ... import`, two importers at once
// (distinct and overlapping files), 1 and 5 readers at once (first pages).

#include "archiverunner.h"
#include "benchrunner.h"
#include "experiments.h"
#include "searchexperiments.h"
#include "sharedarchiverunner.h"
#include "storecases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

bool writeJson(const QString &path, const QByteArray &json, QTextStream &err)
{
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << "newsdesk-bench: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

int runArchive(const BenchOptions &options, QTextStream &out, QTextStream &err)
{
    ArchiveRunner runner(options, out);
    const QJsonObject result = runner.run();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    out << QString::fromUtf8(json);
    out.flush();
    if (result.value(u"sizes"_s).toArray().size() != options.sizes.size()) {
        err << "newsdesk-bench: the archive result does not hold every size" << Qt::endl;
        return 1;
    }
    if (!writeJson(options.jsonFile, json, err))
        return 1;
    return runner.ok() ? 0 : 1;
}

// The options (see the comment at the top).
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            u"Benchmarks newsdesk's import and reader models on generated corpora. Prints a table, then one "
            u"JSON object."_s);
    parser.addHelpOption();
    parser.addOption({u"sizes"_s, u"Corpus sizes in items, comma-separated (default 100000,1000000; "
                                  u"2000 with --quick)."_s, u"N,N"_s});
    parser.addOption({u"corpus"_s, u"Use the listing files in DIR instead of generating corpora."_s, u"DIR"_s});
    parser.addOption({u"cache"_s, u"Only the reader measurements (open, filter, search, scroll, memory) on the "
                                  u"existing cache FILE (a --keep'd one, say)."_s, u"FILE"_s});
    parser.addOption({u"json"_s, u"Also write the JSON result to FILE."_s, u"FILE"_s});
    parser.addOption({u"quick"_s, u"Few runs and a small event-loop import: a smoke test, not a measurement."_s});
    parser.addOption({u"keep"_s, u"Keep the temporary folder (corpora, caches) and print its path."_s});
    parser.addOption({u"worker"_s, u"Give NewsListModel and CategoryModel a StoreWorker (a second connection on a "
                                   u"thread), as the reader window does."_s});
    parser.addOption({u"profile-sql"_s, u"Add up SQLite's time per statement during the import and the reader "
                                        u"measurements, and print the slowest."_s});
    parser.addOption({u"experiments"_s, u"Only run the query experiments (current statements next to "
                                        u"alternatives, with query plans) on the existing cache FILE."_s, u"FILE"_s});
    parser.addOption({u"search-experiments"_s, u"Only compare the designs of a search inside words (issue 14) on a "
                                               u"copy of the existing cache FILE (in --work-dir; FILE is only "
                                               u"read): a term list with instr() and the cache's index, against a "
                                               u"trigram index."_s, u"FILE"_s});
    parser.addOption({u"work-dir"_s, u"Put the temporary folder in DIR (default: the system's)."_s, u"DIR"_s});
    parser.addOption({u"store-cases"_s, u"Only issue 15's store cases (counts with unread, first pages of the new "
                                        u"sorts and filters, setMarkWhere of 300,000 items and its undo) on the "
                                        u"existing cache FILE, which is written: give it a copy."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Runs of each filter and search case (default 7; 3 with --quick)."_s, u"R"_s});
    parser.addOption({u"jumps"_s, u"Random jumps in the list (default 1000; 100 with --quick)."_s, u"J"_s});
    parser.addOption({u"items-per-file"_s, u"Distinct items per generated listing file: files = items / N, rounded up (default 10000)."_s, u"N"_s});
    parser.addOption({u"event-loop-items"_s, u"Items the event-loop import brings in (default 100000; 2000 "
                                             u"with --quick)."_s, u"N"_s});
    parser.addOption({u"resaves"_s, u"Share of generated files that are exact re-saves of the file before "
                                    u"(default 0)."_s, u"SHARE"_s, u"0"_s});
    parser.addOption({u"archive"_s, u"The archive mode: small files, import memory, re-import, one new file, cold "
                                    u"start and the command line (default size 100000; 2000 with --quick)."_s});
    parser.addOption({u"big-file-mb"_s, u"--archive: sizes in MiB of the one big file imported, comma-separated "
                                        u"(default 200; 5 with --quick; 256 = just under the limit; 0 = none)."_s, u"MIB"_s});
    parser.addOption({u"shapes"_s, u"--archive: which corpora to import, by items per file (default 10000,100,20). "
                                   u"The floors need 10000; re-import, one new file, cold start and the command "
                                   u"line are measured on 20."_s, u"N,N"_s});
    parser.addOption({u"seed"_s, u"Corpus seed (default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"db"_s, u"The shared archive mode (issue 17): import, two importers at once and five readers "
                               u"at once against databases made afresh on this PostgreSQL server (the role needs "
                               u"CREATEDB; the password from PGPASSFILE or ~/.pgpass)."_s, u"URL"_s});
    parser.addOption({u"readers-only"_s, u"--db: only the readers (1, then 5 at once), on the archive at URL as it is "
                                         u"(imported before: nothing is made or imported)."_s});
    parser.addOption({u"pair-files"_s, u"--db: how many of the corpus's files the two importers at once take "
                                       u"(default 20)."_s, u"N"_s});
    parser.addOption({u"program"_s, u"--db: the newsdesk program that imports (default: the one built with the "
                                    u"bench), to measure another build (before and after)."_s, u"PATH"_s});
    parser.addOption({u"overlap"_s, u"Share of items repeated in the next file (default 0.1)."_s, u"SHARE"_s,
                      u"0.1"_s});
}

// A comma-separated list of whole numbers in [1, max] into values; false
// (with message) if one is not.
template<typename T>
bool numberList(const QCommandLineParser &parser, const QString &name, qint64 max, QList<T> &values,
                const char *message, QTextStream &err)
{
    if (!parser.isSet(name))
        return true;
    values.clear();
    bool ok = true;
    for (const QString &part : parser.value(name).split(u',', Qt::SkipEmptyParts)) {
        bool valid = false;
        const qint64 n = part.trimmed().toLongLong(&valid);
        if (!valid || n <= 0 || n > max) {
            err << "newsdesk-bench: " << message << Qt::endl;
            ok = false;
        }
        values.append(T(n));
    }
    return ok;
}

// A share in [0, max]; false (with a message) if it is not.
bool share(const QCommandLineParser &parser, const QString &name, double max, double &into, QTextStream &err)
{
    bool valid = false;
    into = parser.value(name).toDouble(&valid);
    if (valid && into >= 0 && into <= max)
        return true;
    err << "newsdesk-bench: --" << name << " takes a share between 0 and " << max << Qt::endl;
    return false;
}

// The options as given; false (with messages on err) when one is not valid.
bool readOptions(const QCommandLineParser &parser, BenchOptions &options, QTextStream &err)
{
    options.quick = parser.isSet(u"quick"_s);
    options.keep = parser.isSet(u"keep"_s);
    options.profileSql = parser.isSet(u"profile-sql"_s);
    options.worker = parser.isSet(u"worker"_s);
    options.archive = parser.isSet(u"archive"_s);
    if (options.archive)
        options.sizes = {100000};
    if (options.quick) {
        options.sizes = {2000};
        options.runs = 3;
        options.jumps = 100;
        options.eventLoopItems = 2000;
        options.itemsPerFile = 500;
        options.bigFileMb = {5};
    }
    bool ok = true;
    auto number = [&](const QString &name, auto &into) {
        if (!parser.isSet(name))
            return;
        bool valid = false;
        const qint64 value = parser.value(name).toLongLong(&valid);
        if (!valid || value <= 0) {
            err << "newsdesk-bench: --" << name << " takes a positive whole number" << Qt::endl;
            ok = false;
            return;
        }
        into = std::remove_reference_t<decltype(into)>(value);
    };
    number(u"runs"_s, options.runs);
    number(u"jumps"_s, options.jumps);
    number(u"items-per-file"_s, options.itemsPerFile);
    number(u"event-loop-items"_s, options.eventLoopItems);
    number(u"seed"_s, options.seed);
    number(u"pair-files"_s, options.pairFiles);
    ok = numberList(parser, u"sizes"_s, std::numeric_limits<qint64>::max(), options.sizes,
                    "--sizes takes item counts such as 100000,1000000", err) && ok;
    ok = numberList(parser, u"shapes"_s, 10000, options.archiveShapes,
                    "--shapes takes items per file among 10000, 100 and 20, such as 20 or 10000,20", err) && ok;
    for (int shape : std::as_const(options.archiveShapes)) {
        if (shape != 10000 && shape != 100 && shape != 20) {
            err << "newsdesk-bench: --shapes takes 10000, 100 or 20" << Qt::endl;
            ok = false;
        }
    }
    if (parser.value(u"big-file-mb"_s) == u"0")
        options.bigFileMb.clear(); // no big file
    else
        ok = numberList(parser, u"big-file-mb"_s, 256, options.bigFileMb,
                        "--big-file-mb takes sizes in MiB from 1 to 256, such as 200,256 (or 0: none)", err) && ok;
    ok = share(parser, u"resaves"_s, 0.9, options.resaves, err) && ok;
    ok = share(parser, u"overlap"_s, 1, options.overlap, err) && ok;
    options.corpus = parser.value(u"corpus"_s);
    options.cache = parser.value(u"cache"_s);
    options.jsonFile = parser.value(u"json"_s);
    options.workDir = parser.value(u"work-dir"_s);
    options.db = parser.value(u"db"_s);
    options.readersOnly = parser.isSet(u"readers-only"_s);
    if (parser.isSet(u"program"_s))
        options.program = parser.value(u"program"_s);
    return ok;
}

int runShared(const BenchOptions &options, QTextStream &out, QTextStream &err)
{
    SharedArchiveRunner runner(options, options.db, out);
    const QJsonObject result = runner.run();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    out << QString::fromUtf8(json);
    out.flush();
    if (!writeJson(options.jsonFile, json, err))
        return 1;
    return runner.ok() ? 0 : 1;
}

int runExperiments(const QString &cache, const BenchOptions &options, QTextStream &out, QTextStream &err)
{
    const QJsonObject result = Experiments(cache, options.runs, out).run();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    out << QString::fromUtf8(json);
    out.flush();
    if (!writeJson(options.jsonFile, json, err))
        return 1;
    return result.contains(u"experiments"_s) ? 0 : 1;
}

int runSearchExperiments(const QString &cache, const BenchOptions &options, QTextStream &out, QTextStream &err)
{
    const QJsonObject result =
            SearchExperiments(cache, options.workDir, options.runs, options.keep, out).run();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    out << QString::fromUtf8(json);
    out.flush();
    if (!writeJson(options.jsonFile, json, err))
        return 1;
    return result.contains(u"search_experiments"_s) ? 0 : 1;
}

int runStoreCases(const QString &cache, const BenchOptions &options, QTextStream &out, QTextStream &err)
{
    const QJsonObject result{{u"store"_s, StoreCases(cache, options.runs, out).run()}};
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    out << QString::fromUtf8(json);
    out.flush();
    if (!writeJson(options.jsonFile, json, err))
        return 1;
    return result.value(u"store"_s).toObject().contains(u"error"_s) ? 1 : 0;
}

int runReader(const BenchOptions &options, QTextStream &out, QTextStream &err)
{
    BenchRunner runner(options, out);
    const bool measured = runner.run();
    const QByteArray json = QJsonDocument(runner.result()).toJson(QJsonDocument::Indented);

    // The printed JSON must read back as one object with the sizes measured.
    QJsonParseError parseError;
    const QJsonDocument check = QJsonDocument::fromJson(json, &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError && check.isObject()
            && check.object().value(u"sizes"_s).toArray().size()
                    == (options.corpus.isEmpty() && options.cache.isEmpty() ? options.sizes.size() : 1);
    out << QString::fromUtf8(json);
    out.flush();
    if (!valid) {
        err << "newsdesk-bench: the JSON result is not valid: " << parseError.errorString() << Qt::endl;
        return 1;
    }
    if (!writeJson(options.jsonFile, json, err))
        return 1;
    return measured ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"newsdesk-bench"_s);

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchOptions options;
    if (!readOptions(parser, options, err))
        return 2;
    if (parser.isSet(u"experiments"_s))
        return runExperiments(parser.value(u"experiments"_s), options, out, err);
    if (parser.isSet(u"store-cases"_s))
        return runStoreCases(parser.value(u"store-cases"_s), options, out, err);
    if (parser.isSet(u"search-experiments"_s))
        return runSearchExperiments(parser.value(u"search-experiments"_s), options, out, err);
    if (options.archive)
        return runArchive(options, out, err);
    if (!options.db.isEmpty())
        return runShared(options, out, err);
    return runReader(options, out, err);
}
