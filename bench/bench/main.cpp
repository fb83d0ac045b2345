// newsdesk-bench: measures import, open, filter, search, scroll and memory of
// newsdesk at 100k and 1M items (issue 6). See docs/PERFORMANCE.md.
//
//   newsdesk-bench [--sizes 100000,1000000] [--corpus DIR] [--json FILE] [--quick] [--keep]

#include "benchrunner.h"
#include "experiments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"newsdesk-bench"_s);

    QCommandLineParser parser;
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
    parser.addOption({u"work-dir"_s, u"Put the temporary folder in DIR (default: the system's)."_s, u"DIR"_s});
    parser.addOption({u"runs"_s, u"Runs of each filter and search case (default 7; 3 with --quick)."_s, u"R"_s});
    parser.addOption({u"jumps"_s, u"Random jumps in the list (default 1000; 100 with --quick)."_s, u"J"_s});
    parser.addOption({u"items-per-file"_s, u"Items per generated listing file (default 10000)."_s, u"N"_s});
    parser.addOption({u"event-loop-items"_s, u"Items the event-loop import brings in (default 100000; 2000 "
                                             u"with --quick)."_s, u"N"_s});
    parser.addOption({u"seed"_s, u"Corpus seed (default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"overlap"_s, u"Share of items repeated in the next file (default 0.1)."_s, u"SHARE"_s,
                      u"0.1"_s});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchOptions options;
    options.quick = parser.isSet(u"quick"_s);
    options.keep = parser.isSet(u"keep"_s);
    options.profileSql = parser.isSet(u"profile-sql"_s);
    options.worker = parser.isSet(u"worker"_s);
    if (options.quick) {
        options.sizes = {2000};
        options.runs = 3;
        options.jumps = 100;
        options.eventLoopItems = 2000;
        options.itemsPerFile = 500;
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
    if (parser.isSet(u"sizes"_s)) {
        options.sizes.clear();
        for (const QString &part : parser.value(u"sizes"_s).split(u',', Qt::SkipEmptyParts)) {
            bool valid = false;
            const qint64 n = part.trimmed().toLongLong(&valid);
            if (!valid || n <= 0) {
                err << "newsdesk-bench: --sizes takes item counts such as 100000,1000000" << Qt::endl;
                ok = false;
            }
            options.sizes.append(n);
        }
    }
    bool overlapValid = false;
    options.overlap = parser.value(u"overlap"_s).toDouble(&overlapValid);
    if (!overlapValid || options.overlap < 0 || options.overlap > 1) {
        err << "newsdesk-bench: --overlap takes a share between 0 and 1" << Qt::endl;
        ok = false;
    }
    options.corpus = parser.value(u"corpus"_s);
    options.cache = parser.value(u"cache"_s);
    options.jsonFile = parser.value(u"json"_s);
    options.workDir = parser.value(u"work-dir"_s);
    if (!ok)
        return 2;

    if (parser.isSet(u"experiments"_s)) {
        const QJsonObject result = Experiments(parser.value(u"experiments"_s), options.runs, out).run();
        const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
        out << QString::fromUtf8(json);
        out.flush();
        if (!options.jsonFile.isEmpty()) {
            QSaveFile file(options.jsonFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
                err << "newsdesk-bench: cannot write " << options.jsonFile << ": " << file.errorString() << Qt::endl;
                return 1;
            }
        }
        return result.contains(u"experiments"_s) ? 0 : 1;
    }

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
    if (!options.jsonFile.isEmpty()) {
        QSaveFile file(options.jsonFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            err << "newsdesk-bench: cannot write " << options.jsonFile << ": " << file.errorString() << Qt::endl;
            return 1;
        }
    }
    return measured ? 0 : 1;
}
