#include "app/cli/importcommand.h"

#include "app/cli/commandline.h"
#include "models/importing/newsimporter.h"
#include "models/listing/controlcharacters.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

#include <utility>

using namespace Qt::StringLiterals;

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import news listing files (or folders of *.txt files) into the cache."));
    addDbOption(parser);
    parser.addOption({u"sample"_s, tr("Import the sample news that comes with newsdesk.")});
    parser.addPositionalArgument(u"paths"_s, tr("Listing files or folders."), tr("PATH..."));
    int code = CommandLine::Success;
    if (!parse(parser, u"import"_s, arguments, code))
        return code;

    QStringList paths = parser.positionalArguments();
    if (parser.isSet(u"sample"_s))
        paths += NewsImporter::sampleFiles();
    if (paths.isEmpty()) {
        m_err << tr("newsdesk import: name at least one file or folder, or use --sample.") << Qt::endl;
        return CommandLine::Failure;
    }

    NewsStore store;
    if (!openStore(store, parser))
        return CommandLine::Failure;
    NewsImporter importer(store);
    importer.setWaiting([this, &store, told = false](qint64 pid) mutable {
        if (!std::exchange(told, true)) {
            m_err << (pid > 0 ? tr("newsdesk: waiting for another import into %1 (process %2)\u2026")
                                        .arg(ControlCharacters::visible(store.path()))
                                        .arg(pid)
                              : tr("newsdesk: waiting for another import into %1\u2026")
                                        .arg(ControlCharacters::visible(store.path())))
                  << Qt::endl;
        }
        return true; // as long as it takes (Ctrl+C stops the command)
    });
    const ImportReport report = importer.importPaths(paths);

    for (const Diagnostic &d : report.diagnostics)
        m_err << ControlCharacters::visible(d.toString()) << u'\n'; // a file name may hold controls
    m_err.flush();
    m_out << tr("Files: %1 imported, %2 unchanged, %3 rejected, %4 removed.")
                     .arg(report.imported.size())
                     .arg(report.skipped.size())
                     .arg(report.rejected.size())
                     .arg(report.removed.size())
          << u'\n'
          << tr("Items: %1 new, %2 in the cache.").arg(report.itemsNew).arg(report.itemsTotal) << Qt::endl;
    if (!report.error.isEmpty()) {
        fail(u"newsdesk: "_s + report.error);
        return CommandLine::Failure;
    }
    return report.hasRejections() ? CommandLine::SomeRejected : CommandLine::Success;
}
