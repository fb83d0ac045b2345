#include "app/cli/commandline.h"

#include "models/export/exporter.h"
#include "models/export/exportjob.h"
#include "models/export/exportoptions.h"
#include "models/store/itemfilter.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Whether the store's last read failed (then err says why): a failed read
// must not look like an empty cache.
bool readFailed(const NewsStore &store, QTextStream &err)
{
    if (!store.lastReadFailed())
        return false;
    err << u"newsdesk: "_s << store.errorString() << Qt::endl;
    return true;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

QStringList CommandLine::commands()
{
    return {u"import"_s, u"list"_s, u"categories"_s, u"export"_s};
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && commands().contains(arguments.first());
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"import")
        return runImport(rest);
    if (command == u"list")
        return runList(rest);
    if (command == u"categories")
        return runCategories(rest);
    if (command == u"export")
        return runExport(rest);
    m_err << tr("newsdesk: unknown command \u201C%1\u201D. Commands: %2.").arg(command, commands().join(u", "_s)) << Qt::endl;
    return Failure;
}

void CommandLine::addDbOption(QCommandLineParser &parser) const
{
    parser.addOption({u"db"_s, tr("Use the cache FILE instead of the default (%1).").arg(NewsStore::defaultPath()),
                      tr("FILE")});
}

void CommandLine::addFilterOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"category"_s, tr("Only items in category NAME (repeat for several)."), tr("NAME")});
    parser.addOption({u"match"_s, tr("With several categories: items in any of them, or in all (default: any)."),
                      u"any|all"_s, u"any"_s});
    parser.addOption({u"search"_s, tr("Only items whose title or summary holds every word of QUERY."), tr("QUERY")});
    parser.addOption({u"unread"_s, tr("Only unread items.")});
    parser.addOption({u"starred"_s, tr("Only starred items.")});
    parser.addOption({u"source"_s, tr("Only the items of the listing FILE, in its order."), tr("FILE")});
    parser.addOption({u"sort"_s, tr("Order: listing (newest first, default) or title."), u"listing|title"_s,
                      u"listing"_s});
}

void CommandLine::addTextFormatOption(QCommandLineParser &parser) const
{
    parser.addOption({u"format"_s, tr("Output format: text, tsv or json (default: text)."), u"text|tsv|json"_s,
                      u"text"_s});
}

bool CommandLine::textFormat(const QCommandLineParser &parser, const QString &command, QString &format)
{
    format = parser.value(u"format"_s);
    if (format == u"text" || format == u"tsv" || format == u"json")
        return true;
    m_err << tr("newsdesk %1: unknown format “%2” (text, tsv or json).").arg(command, format) << Qt::endl;
    return false;
}

bool CommandLine::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                        int &exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{u"newsdesk "_s + command} + arguments)) {
        m_err << u"newsdesk %1: "_s.arg(command) << parser.errorText() << u'\n'
              << tr("Try \u201Cnewsdesk %1 --help\u201D.").arg(command) << Qt::endl;
        exitCode = Failure;
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        exitCode = Success;
        return false;
    }
    return true;
}

bool CommandLine::openStore(NewsStore &store, const QCommandLineParser &parser)
{
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : NewsStore::defaultPath();
    if (store.open(path))
        return true;
    m_err << u"newsdesk: "_s << store.errorString() << Qt::endl;
    return false;
}

bool CommandLine::filterFrom(const QCommandLineParser &parser, ItemFilter &filter)
{
    filter.categories = parser.values(u"category"_s);
    const QString match = parser.value(u"match"_s);
    if (match != u"any" && match != u"all") {
        m_err << tr("newsdesk: --match takes “any” or “all”, not “%1”.").arg(match) << Qt::endl;
        return false;
    }
    filter.match = match == u"all" ? ItemFilter::Match::All : ItemFilter::Match::Any;
    filter.search = parser.value(u"search"_s);
    // A search typed on the command line is complete: every word whole,
    // unless the person writes the star.
    if (!filter.search.isEmpty() && !filter.search.endsWith(u'*'))
        filter.search += u' ';
    filter.unreadOnly = parser.isSet(u"unread"_s);
    filter.starredOnly = parser.isSet(u"starred"_s);
    if (parser.isSet(u"source"_s)) {
        const QString source = parser.value(u"source"_s);
        const QString canonical = QFileInfo(source).canonicalFilePath();
        filter.sourceFile = source.startsWith(u':') || canonical.isEmpty() ? source : canonical;
    }
    const QString sort = parser.value(u"sort"_s);
    if (sort != u"listing" && sort != u"title") {
        m_err << tr("newsdesk: --sort takes \u201Clisting\u201D or \u201Ctitle\u201D, not \u201C%1\u201D.").arg(sort) << Qt::endl;
        return false;
    }
    filter.sort = sort == u"title" ? ItemFilter::Sort::Title : ItemFilter::Sort::Listing;
    return true;
}

int CommandLine::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import news listing files (or folders of *.txt files) into the cache."));
    addDbOption(parser);
    parser.addOption({u"sample"_s, tr("Import the sample news that comes with newsdesk.")});
    parser.addPositionalArgument(u"paths"_s, tr("Listing files or folders."), tr("PATH..."));
    int code = Success;
    if (!parse(parser, u"import"_s, arguments, code))
        return code;

    QStringList paths = parser.positionalArguments();
    if (parser.isSet(u"sample"_s))
        paths += NewsImporter::sampleFiles();
    if (paths.isEmpty()) {
        m_err << tr("newsdesk import: name at least one file or folder, or use --sample.") << Qt::endl;
        return Failure;
    }

    NewsStore store;
    if (!openStore(store, parser))
        return Failure;
    NewsImporter importer(store);
    const ImportReport report = importer.importPaths(paths);

    for (const Diagnostic &d : report.diagnostics)
        m_err << d.toString() << u'\n';
    m_err.flush();
    m_out << tr("Files: %1 imported, %2 unchanged, %3 rejected, %4 removed.")
                     .arg(report.imported.size())
                     .arg(report.skipped.size())
                     .arg(report.rejected.size())
                     .arg(report.removed.size())
          << u'\n'
          << tr("Items: %1 new, %2 in the cache.").arg(report.itemsNew).arg(report.itemsTotal) << Qt::endl;
    if (!report.error.isEmpty()) {
        m_err << u"newsdesk: "_s << report.error << Qt::endl;
        return Failure;
    }
    return report.hasRejections() ? SomeRejected : Success;
}

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the items in the cache, newest first."));
    addDbOption(parser);
    addFilterOptions(parser);
    addTextFormatOption(parser);
    int code = Success;
    if (!parse(parser, u"list"_s, arguments, code))
        return code;
    QString format;
    if (!textFormat(parser, u"list"_s, format))
        return Failure;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("newsdesk list: unexpected argument \u201C%1\u201D.").arg(parser.positionalArguments().first())
              << Qt::endl;
        return Failure;
    }
    ItemFilter filter;
    if (!filterFrom(parser, filter))
        return Failure;
    NewsStore store;
    if (!openStore(store, parser))
        return Failure;

    const QList<qint64> ids = store.itemIds(filter);
    if (readFailed(store, m_err))
        return Failure;
    constexpr qsizetype Page = 1000;
    if (format == u"json") {
        // Written item by item, so a large cache never sits in memory as one document.
        m_out << u"["_s;
        bool first = true;
        for (qsizetype from = 0; from < ids.size(); from += Page) {
            const QList<NewsItem> items = store.items(ids.mid(from, Page));
            if (readFailed(store, m_err))
                return Failure;
            for (const NewsItem &item : items) {
                m_out << (first ? u"\n"_s : u",\n"_s)
                      << QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
                first = false;
            }
        }
        m_out << (first ? u"]"_s : u"\n]"_s) << Qt::endl;
        return Success;
    }
    auto tsvField = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    if (format == u"tsv")
        m_out << u"id\ttitle\tcategories\tread\tstarred\tsummary\n"_s;
    for (qsizetype from = 0; from < ids.size(); from += Page) {
        const QList<NewsItem> items = store.items(ids.mid(from, Page));
        if (readFailed(store, m_err))
            return Failure;
        for (const NewsItem &item : items) {
            if (format == u"tsv") {
                m_out << item.id << u'\t' << tsvField(item.title) << u'\t' << tsvField(item.categories.join(u"; "_s))
                      << u'\t' << int(item.read) << u'\t' << int(item.starred) << u'\t' << tsvField(item.summary)
                      << u'\n';
            } else {
                m_out << (item.starred ? u"\u2605 "_s : u"\u2022 "_s) << item.title << u'\n';
                if (!item.categories.isEmpty())
                    m_out << u"  ["_s << item.categories.join(u", "_s) << u"]\n"_s;
            }
        }
    }
    if (format == u"text")
        m_out << tr("%n item(s)", nullptr, int(ids.size())) << u'\n';
    m_out.flush();
    return Success;
}

int CommandLine::runCategories(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the categories with the number of items in each."));
    addDbOption(parser);
    addTextFormatOption(parser);
    int code = Success;
    if (!parse(parser, u"categories"_s, arguments, code))
        return code;
    QString format;
    if (!textFormat(parser, u"categories"_s, format))
        return Failure;
    NewsStore store;
    if (!openStore(store, parser))
        return Failure;
    const QList<CategoryCount> counts = store.categoryCounts();
    if (readFailed(store, m_err))
        return Failure;
    if (format == u"json") {
        QJsonArray array;
        for (const CategoryCount &c : counts)
            array.append(QJsonObject{{u"name"_s, c.name}, {u"count"_s, c.count}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == u"tsv") {
        m_out << u"category\tcount\n"_s;
        for (const CategoryCount &c : counts)
            m_out << c.name << u'\t' << c.count << u'\n';
    } else {
        for (const CategoryCount &c : counts)
            m_out << QString::number(c.count).rightJustified(7) << u"  "_s << c.name << u'\n';
    }
    m_out.flush();
    return Success;
}

int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export items to CSV, JSON, Markdown, HTML, a news listing (txt) or PDF. "
                                        "Without filter options, every item in the cache."));
    addDbOption(parser);
    addFilterOptions(parser);
    parser.addOption({u"format"_s, tr("Output format (default: from the suffix of the output file)."),
                      Exporter::formats().join(u'|')});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to FILE; \u201C-\u201D writes to standard output (not PDF)."),
                      tr("FILE")});
    parser.addOption({u"id"_s, tr("Only the item with this ID (repeat for several)."), tr("ID")});
    parser.addOption({u"no-summary"_s, tr("Leave the summaries out.")});
    parser.addOption({u"no-sources"_s, tr("Leave the sources (listing files and positions) out.")});
    int code = Success;
    if (!parse(parser, u"export"_s, arguments, code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("newsdesk export: unexpected argument \u201C%1\u201D.").arg(parser.positionalArguments().first())
              << Qt::endl;
        return Failure;
    }
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty()) {
        m_err << tr("newsdesk export: name the file to write with --output FILE (\u201C-\u201D for standard output).")
              << Qt::endl;
        return Failure;
    }
    const bool toStdout = output == u"-";
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s).toLower()
                                                     : (toStdout ? QString() : Exporter::formatForFileName(output));
    if (format.isEmpty()) {
        m_err << tr("newsdesk export: choose a format with --format (%1).").arg(Exporter::formats().join(u", "_s))
              << Qt::endl;
        return Failure;
    }
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter) {
        m_err << tr("newsdesk export: unknown format \u201C%1\u201D (%2).").arg(format, Exporter::formats().join(u", "_s))
              << Qt::endl;
        return Failure;
    }
    if (toStdout && !exporter->canWriteToStream()) {
        m_err << tr("newsdesk export: %1 cannot be written to standard output; name a file with --output.")
                         .arg(exporter->name())
              << Qt::endl;
        return Failure;
    }

    ItemFilter filter;
    if (!filterFrom(parser, filter))
        return Failure;
    for (const QString &value : parser.values(u"id"_s)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            m_err << tr("newsdesk export: --id takes an item number, not \u201C%1\u201D.").arg(value) << Qt::endl;
            return Failure;
        }
        if (!filter.ids.contains(id))
            filter.ids.append(id);
    }

    NewsStore store;
    if (!openStore(store, parser))
        return Failure;
    if (!filter.ids.isEmpty()) {
        ItemFilter chosen;
        chosen.ids = filter.ids;
        const QList<qint64> known = store.itemIds(chosen);
        if (readFailed(store, m_err))
            return Failure;
        for (qint64 id : std::as_const(filter.ids)) {
            if (!known.contains(id)) {
                m_err << tr("newsdesk export: there is no item %1 in the cache.").arg(id) << Qt::endl;
                return Failure;
            }
        }
    }
    if (!filter.sourceFile.isEmpty() && !store.sourceFiles().contains(filter.sourceFile)) {
        if (readFailed(store, m_err))
            return Failure;
        m_err << tr("newsdesk export: %1 is not in the cache; import it first.").arg(parser.value(u"source"_s))
              << Qt::endl;
        return Failure;
    }

    ExportOptions options;
    options.includeSummary = !parser.isSet(u"no-summary"_s);
    options.includeSources = !parser.isSet(u"no-sources"_s);
    options.description = ExportOptions::describeFilter(filter);
    options.created = QDateTime::currentDateTime();
    exporter->setOptions(options);

    const QList<qint64> ids = store.itemIds(filter);
    if (readFailed(store, m_err))
        return Failure;
    ExportResult result;
    if (toStdout) {
        m_out.flush();
        if (QIODevice *device = m_out.device()) {
            result = ExportJob::exportItems(store, ids, *exporter, device);
            if (auto *file = qobject_cast<QFileDevice *>(device))
                file->flush();
        } else {
            // A stream on a string (tests): collect the bytes, then add them as text.
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            result = ExportJob::exportItems(store, ids, *exporter, &buffer);
            m_out << QString::fromUtf8(buffer.data());
            m_out.flush();
        }
    } else {
        result = ExportJob::exportItems(store, ids, *exporter, output);
    }
    if (!result.ok()) {
        m_err << u"newsdesk export: "_s << result.error << Qt::endl;
        return Failure;
    }
    if (!toStdout)
        m_out << tr("Exported %n item(s) to %1.", nullptr, int(result.itemCount)).arg(output) << Qt::endl;
    return Success;
}
