#include "app/cli/exportcommand.h"

#include "app/cli/commandline.h"
#include "models/export/exporter.h"
#include "models/export/exportjob.h"
#include "models/export/exportoptions.h"
#include "models/listing/controlcharacters.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

const QString StandardOutput = u"-"_s;

} // namespace

CommandUsage ExportCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"export"_s;
    usage.description = tr("Export items to CSV, JSON, Markdown, HTML, a news listing (txt) or PDF. "
                           "Without filter options, every item in the cache.")
                        + u"\n\n"_s + incompleteHelp();
    addDbOption(usage);
    addFilterOptions(usage);
    using Option = QCommandLineOption;
    usage.options.append(Option{u"format"_s, tr("Output format (default: from the suffix of the output file)."),
                                Exporter::formats().join(u'|')});
    usage.options.append(Option{QStringList{u"o"_s, u"output"_s},
                                tr("Write to FILE; \u201C-\u201D writes to standard output (not PDF)."), tr("FILE")});
    usage.options.append(Option{u"no-summary"_s, tr("Leave the summaries out.")});
    usage.options.append(Option{u"no-sources"_s, tr("Leave the sources (listing files and positions) out.")});
    usage.options.append(Option{u"fields"_s,
                                tr("Also carry your own state of each item: any of read, starred, labels, note "
                                   "(comma-separated), or all. CSV gets a column each, JSON a key (read and starred "
                                   "are always there), Markdown, HTML and PDF a line per item; txt ignores them."),
                                tr("FIELDS")});
    return usage;
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = CommandLine::Success;
    if (!parse(parser, u"export"_s, arguments, code))
        return code;
    if (!noArguments(parser, u"export"_s))
        return CommandLine::Failure;
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty()) {
        m_err << tr("newsdesk export: name the file to write with --output FILE (\u201C-\u201D for standard output).")
              << Qt::endl;
        return CommandLine::Failure;
    }
    const std::unique_ptr<Exporter> exporter = exporterFor(parser, output);
    ItemFilter filter;
    qint64 limit = -1;
    if (!exporter || !filterFrom(parser, filter) || !limitFrom(parser, u"export"_s, limit))
        return CommandLine::Failure;
    QString error;
    const std::optional<ExportFields> fields = ExportFields::parse(parser.value(u"fields"_s), &error);
    if (!fields) {
        m_err << u"newsdesk export: "_s << ControlCharacters::visible(error) << Qt::endl;
        return CommandLine::Failure;
    }
    NewsStore store;
    if (!openStore(store, parser, Access::Read) || !inCache(store, filter, parser))
        return CommandLine::Failure;
    // A search leaves out what waits for the search index: it is added first when it may be.
    const qint64 waiting = filter.usesSearchIndex() ? completeSearchIndex(store, u"export"_s) : 0;
    if (waiting < 0)
        return CommandLine::Failure;

    ExportOptions options;
    options.fields = *fields;
    options.includeSummary = !parser.isSet(u"no-summary"_s);
    options.includeSources = !parser.isSet(u"no-sources"_s);
    options.description = ExportOptions::describeFilter(filter);
    options.created = QDateTime::currentDateTime();
    exporter->setOptions(options);
    return incompleteUnless(waiting, store, parser, u"export"_s, write(store, filter, limit, *exporter, output));
}

std::unique_ptr<Exporter> ExportCommand::exporterFor(const QCommandLineParser &parser, const QString &output)
{
    const bool toStdout = output == StandardOutput;
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s).toLower()
                                                     : (toStdout ? QString() : Exporter::formatForFileName(output));
    if (format.isEmpty()) {
        m_err << tr("newsdesk export: choose a format with --format (%1).").arg(Exporter::formats().join(u", "_s))
              << Qt::endl;
        return nullptr;
    }
    std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter) {
        m_err << tr("newsdesk export: unknown format \u201C%1\u201D (%2).").arg(format, Exporter::formats().join(u", "_s))
              << Qt::endl;
        return nullptr;
    }
    if (toStdout && !exporter->canWriteToStream()) {
        m_err << tr("newsdesk export: %1 cannot be written to standard output; name a file with --output.")
                         .arg(exporter->name())
              << Qt::endl;
        return nullptr;
    }
    return exporter;
}

bool ExportCommand::inCache(NewsStore &store, ItemFilter &filter, const QCommandLineParser &parser)
{
    if (!resolveFilter(store, parser, u"export"_s, filter))
        return false;
    if (!filter.sourceFile.isEmpty() && !store.sourceFiles().contains(filter.sourceFile)) {
        if (readFailed(store))
            return false;
        m_err << tr("newsdesk export: %1 is not in the cache; import it first.").arg(parser.value(u"source"_s))
              << Qt::endl;
        return false;
    }
    return true;
}

int ExportCommand::write(NewsStore &store, const ItemFilter &filter, qint64 limit, Exporter &exporter,
                         const QString &output)
{
    const QList<qint64> ids = store.itemIds(filter, limit);
    if (readFailed(store))
        return CommandLine::Failure;
    const bool toStdout = output == StandardOutput;
    const ExportResult result = toStdout ? exportToStream(store, ids, exporter)
                                         : ExportJob::exportItems(store, ids, exporter, output);
    if (!result.ok()) {
        fail(u"newsdesk export: "_s + result.error);
        return CommandLine::Failure;
    }
    if (!toStdout)
        m_out << tr("Exported %n item(s) to %1.", nullptr, int(result.itemCount)).arg(output) << Qt::endl;
    return CommandLine::Success;
}
