// newsdesk-gen: writes a synthetic corpus of news listings for benchmarks.
//
//   newsdesk-gen --items 1000000 --files 100 --seed 1 --overlap 0.1 --out DIR
//   newsdesk-gen --items 1000000 --items-per-file 20 --overlap 0.3 --resaves 0.05 --out DIR
//     (the shape of a real archive: 50,000 small daily snapshots, 30% of each
//     repeated in the next, and 5% of the files saved again unchanged)

#include "corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"newsdesk-gen"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes N synthetic news items into M listing files in the format of "
                                     u"the sample listings, deterministically for a seed."_s);
    parser.addHelpOption();
    parser.addOption({u"items"_s, u"Distinct items in all (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"files"_s, u"Listing files (default 10)."_s, u"M"_s, u"10"_s});
    parser.addOption({u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"overlap"_s, u"Share of each file's items repeated in the next file (default 0.1)."_s,
                      u"SHARE"_s, u"0.1"_s});
    parser.addOption({u"items-per-file"_s, u"Distinct items per file: files = items / N, rounded up (instead of "
                                       u"--files)."_s, u"N"_s});
    parser.addOption({u"resaves"_s, u"Share of all files that are exact re-saves of the file before, under the "
                                    u"next name (default 0; at most 0.9)."_s, u"SHARE"_s, u"0"_s});
    parser.addOption({u"threads"_s, u"Worker threads (default: one per core). The output does not depend on it."_s,
                      u"T"_s, u"0"_s});
    parser.addOption({u"out"_s, u"Folder to write the files into (created if needed)."_s, u"DIR"_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    bool ok[7] = {true, true, true, true, true, true, true};
    CorpusOptions options;
    options.items = parser.value(u"items"_s).toLongLong(&ok[0]);
    options.files = parser.value(u"files"_s).toInt(&ok[1]);
    options.seed = parser.value(u"seed"_s).toULongLong(&ok[2]);
    options.overlap = parser.value(u"overlap"_s).toDouble(&ok[3]);
    options.threads = parser.value(u"threads"_s).toInt(&ok[4]);
    options.resaves = parser.value(u"resaves"_s).toDouble(&ok[5]);
    if (parser.isSet(u"items-per-file"_s))
        options.itemsPerFile = parser.value(u"items-per-file"_s).toInt(&ok[6]);
    options.outDir = parser.value(u"out"_s);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || options.items < 0
        || options.files < 1 || options.overlap < 0 || options.overlap > 1 || options.resaves < 0 || options.resaves > 0.9
        || (parser.isSet(u"items-per-file"_s) && options.itemsPerFile < 1) || options.outDir.isEmpty()) {
        err << "newsdesk-gen: --out DIR is required; --items, --files, --items-per-file, --seed, --threads take "
               "whole numbers, --overlap a share between 0 and 1 and --resaves one between 0 and 0.9.\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    CorpusSummary summary;
    QString error;
    if (!CorpusGenerator(options).generate(summary, error)) {
        err << "newsdesk-gen: " << error << Qt::endl;
        return 1;
    }
    out << u"%1 items (%2 entries with repeats) in %3 files (%6 re-saves), %4 MB, in %5 s\n"_s
                    .arg(summary.distinctItems)
                    .arg(summary.entries)
                    .arg(summary.files.size())
                    .arg(double(summary.bytes) / 1e6, 0, 'f', 1)
                    .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                    .arg(summary.resaves);
    return 0;
}
