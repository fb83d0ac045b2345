#include "app/cli/viewlistcommand.h"

#include "app/cli/commandline.h"
#include "models/export/exportoptions.h"
#include "models/store/newsstore.h"
#include "models/store/savedview.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CommandUsage ViewListCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"views"_s;
    usage.description = tr("List the saved views in your order, with the number of their items, how many of them "
                           "are unread, and what each view holds.")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    addTableFormatOption(usage);
    return usage;
}

int ViewListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    QString format;
    const auto checks = [&] { return noArguments(parser, u"views"_s); };
    if (const std::optional<int> done = openForText(parser, u"views"_s, arguments, store, format, checks))
        return *done;
    const QList<SavedView> views = store.savedViews();
    if (readFailed(store))
        return CommandLine::Failure;
    QList<ListedRow> rows;
    for (const SavedView &view : views) {
        ItemFilter unread = view.filter;
        unread.unreadOnly = true;
        const qint64 count = store.itemCount(view.filter);
        const qint64 unreadCount = store.itemCount(unread);
        if (readFailed(store) || count < 0 || unreadCount < 0)
            return CommandLine::Failure;
        const QString holds = ExportOptions::describeFilter(view.filter);
        rows.append({.json = QJsonObject{{u"name"_s, view.name},
                                         {u"count"_s, count},
                                         {u"unread"_s, unreadCount},
                                         {u"filter"_s, view.filter.toJson()}},
                     .fields = {view.name, QString::number(count), QString::number(unreadCount), holds},
                     .count = count,
                     .unread = unreadCount,
                     .text = holds.isEmpty() ? view.name : view.name + u"  ("_s + holds + u')'});
    }
    writeListing(format, {u"name"_s, u"count"_s, u"unread"_s, u"filter"_s}, rows,
                 tr("No saved views yet (newsdesk view save NAME [filters])."));
    return CommandLine::Success;
}
