#include "app/cli/listcommand.h"

#include "app/cli/commandline.h"
#include "models/export/jsonexporter.h"
#include "models/listing/controlcharacters.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype Page = 1000;

// One field of a line, safe for a terminal (ControlCharacters).
QString tsvField(QString text)
{
    return ControlCharacters::visible(text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '));
}

} // namespace

CommandUsage ListCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"list"_s;
    usage.description = tr("List the items in the cache, newest first (hidden items only with --hidden).")
                        + u"\n\n"_s + incompleteHelp();
    addDbOption(usage);
    addFilterOptions(usage);
    addTextFormatOption(usage);
    usage.options.append(QCommandLineOption{
            u"count"_s, tr("Print only the number of items the filter selects (at most --limit), on one line.")});
    return usage;
}

int ListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    QString format;
    ItemFilter filter;
    qint64 limit = -1;
    const auto checks = [&] {
        return noArguments(parser, u"list"_s) && filterFrom(parser, filter) && limitFrom(parser, u"list"_s, limit);
    };
    if (const std::optional<int> done = openForText(parser, u"list"_s, arguments, store, format, checks))
        return *done;
    if (!resolveFilter(store, parser, u"list"_s, filter))
        return CommandLine::Failure;

    // A search leaves out what waits for the search index: it is added first when it may be.
    const qint64 waiting = filter.usesSearchIndex() ? completeSearchIndex(store, u"list"_s) : 0;
    if (waiting < 0)
        return CommandLine::Failure;
    if (parser.isSet(u"count"_s))
        return incompleteUnless(waiting, store, parser, u"list"_s, printCount(store, filter, limit));
    // A limit is the store's: the first items are read, never all of them.
    const QList<qint64> ids = store.itemIds(filter, limit);
    if (readFailed(store))
        return CommandLine::Failure;
    if (format == u"json") {
        // Written page by page, so a large cache never sits in memory as one document.
        JsonExporter json;
        const ExportResult result = exportToStream(store, ids, json);
        if (!result.ok())
            fail(u"newsdesk list: "_s + result.error);
        return incompleteUnless(waiting, store, parser, u"list"_s,
                                result.ok() ? CommandLine::Success : CommandLine::Failure);
    }
    const bool tsv = format == u"tsv";
    if (tsv)
        m_out << u"id\ttitle\tcategories\tread\tstarred\tsummary\n"_s;
    for (qsizetype from = 0; from < ids.size(); from += Page) {
        const QList<NewsItem> items = store.items(ids.mid(from, Page));
        if (readFailed(store))
            return CommandLine::Failure;
        writeLines(items, tsv);
    }
    if (!tsv)
        m_out << CommandLine::tr("%n item(s)", nullptr, int(ids.size())) << u'\n';
    m_out.flush();
    return incompleteUnless(waiting, store, parser, u"list"_s, CommandLine::Success);
}

void ListCommand::writeLines(const QList<NewsItem> &items, bool tsv)
{
    for (const NewsItem &item : items) {
        if (tsv) {
            m_out << item.id << u'\t' << tsvField(item.title) << u'\t' << tsvField(item.categories.join(u"; "_s))
                  << u'\t' << int(item.read) << u'\t' << int(item.starred) << u'\t' << tsvField(item.summary)
                  << u'\n';
        } else {
            // Item text reaches a terminal with no control character in it.
            m_out << (item.starred ? u"\u2605 "_s : u"\u2022 "_s) << ControlCharacters::visible(item.title)
                  << u'\n';
            if (!item.categories.isEmpty())
                m_out << u"  ["_s << ControlCharacters::visible(item.categories.join(u", "_s)) << u"]\n"_s;
            // The person's labels and note: text, on one line each.
            if (!item.labels.isEmpty())
                m_out << u"  "_s << tr("Labels: %1").arg(tsvField(item.labels.join(u", "_s))) << u'\n';
            if (!item.note.isEmpty())
                m_out << u"  "_s << tr("Note: %1").arg(tsvField(item.note)) << u'\n';
        }
    }
}

int ListCommand::printCount(NewsStore &store, const ItemFilter &filter, qint64 limit)
{
    // The store counts (the same count as the window's): no id is read.
    const qint64 count = store.itemCount(filter);
    if (readFailed(store) || count < 0) // a count that could not be made is never a number
        return CommandLine::Failure;
    m_out << (limit >= 0 ? qMin(count, limit) : count) << u'\n';
    m_out.flush();
    return CommandLine::Success;
}
