#include "app/cli/importcommand.h"

#include "app/cli/commandline.h"
#include "models/importing/newsimporter.h"
#include "models/listing/controlcharacters.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

#include <utility>
#include <climits>

using namespace Qt::StringLiterals;

CommandUsage ImportCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"import"_s;
    usage.description = tr("Import news listing files (or folders of *.txt files) into the cache.") + u"\n\n"_s
                        + tr("Exit status: 0 when every file was imported; 2 when some were rejected (stderr names "
                             "each file and line; the others are imported); 1 on usage or cache errors.");
    addDbOption(usage);
    usage.options.append(QCommandLineOption{u"sample"_s, tr("Import the sample news that comes with newsdesk.")});
    usage.options.append(QCommandLineOption{u"finish-index"_s,
                                            tr("Add the items an interrupted import left to the search index "
                                               "(done first by every import); no PATH needed.")});
    usage.arguments.append({u"paths"_s, tr("Listing files or folders."), tr("PATH...")});
    return usage;
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = CommandLine::Success;
    if (!parse(parser, u"import"_s, arguments, code))
        return code;

    QStringList paths = parser.positionalArguments();
    if (parser.isSet(u"sample"_s))
        paths += NewsImporter::sampleFiles();
    const bool finishIndex = parser.isSet(u"finish-index"_s);
    if (paths.isEmpty() && !finishIndex) {
        m_err << tr("newsdesk import: name at least one file or folder, or use --sample.") << Qt::endl;
        return CommandLine::Failure;
    }

    NewsStore store;
    if (!openStore(store, parser))
        return CommandLine::Failure;
    // What an interrupted import left for the search index goes in first
    // (importPaths() would add it after the files, without a word).
    const qint64 waiting = completeSearchIndex(store, u"import"_s);
    if (waiting < 0)
        return CommandLine::Failure;
    if (paths.isEmpty()) {
        if (waiting > 0) {
            fail(tr("newsdesk import: the cache may not be written here; %Ln item(s) still wait for the search "
                    "index.", nullptr, int(qMin<qint64>(waiting, INT_MAX))));
            return CommandLine::Failure;
        }
        m_out << tr("Every item in the cache is searchable.") << Qt::endl;
        return CommandLine::Success;
    }
    NewsImporter importer(store);
    announceWaiting(importer, store);
    const ImportReport report = importer.importPaths(paths);
    printReport(report, NewsStore::isShared(store.path()));
    if (!report.error.isEmpty()) {
        fail(u"newsdesk: "_s + report.error);
        return CommandLine::Failure;
    }
    return report.hasRejections() ? CommandLine::SomeRejected : CommandLine::Success;
}

void ImportCommand::printReport(const ImportReport &report, bool shared)
{
    for (const Diagnostic &d : report.diagnostics)
        m_err << ControlCharacters::visible(d.toString()) << u'\n'; // a file name may hold controls
    m_err.flush();
    m_out << tr("Files: %1 imported, %2 unchanged, %3 rejected, %4 removed.")
                     .arg(report.imported.size())
                     .arg(report.skipped.size())
                     .arg(report.rejected.size())
                     .arg(report.removed.size())
          << u'\n';
    if (!report.unreachableFolders.isEmpty()) {
        m_out << tr("Not found (their files' items were kept): %1.")
                         .arg(ControlCharacters::visible(report.unreachableFolders.join(u", "_s)))
              << u'\n';
    }
    m_out << (shared ? tr("Items: %1 new, %2 in the shared archive.") : tr("Items: %1 new, %2 in the cache."))
                     .arg(report.itemsNew)
                     .arg(report.itemsTotal)
          << Qt::endl;
}
