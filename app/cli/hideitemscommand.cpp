#include "app/cli/hideitemscommand.h"

#include "app/cli/commandline.h"
#include "models/store/itemfilter.h"
#include "models/store/markchange.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

#include <climits>

using namespace Qt::StringLiterals;

HideItemsCommand::HideItemsCommand(bool hide, QTextStream &out, QTextStream &err)
    : Command(out, err), m_hide(hide)
{
}

CommandUsage HideItemsCommand::usage() const
{
    CommandUsage usage;
    usage.name = m_hide ? u"hide"_s : u"unhide"_s;
    usage.description = (m_hide ? tr("Hide items: the items the filter options select (without them, every item "
                                     "that list shows). Hidden items are left out of every list, count and export "
                                     "until they are restored (newsdesk unhide); they stay hidden across imports.")
                                : tr("Restore hidden items: the hidden items the filter options select (without "
                                     "them, every hidden item)."))
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    addFilterOptions(usage);
    return usage;
}

int HideItemsCommand::run(const QStringList &arguments)
{
    const QString command = m_hide ? u"hide"_s : u"unhide"_s;
    QCommandLineParser parser;
    NewsStore store;
    ItemFilter filter;
    qint64 limit = -1;
    const auto checks = [&] {
        return noArguments(parser, command) && filterFrom(parser, filter) && limitFrom(parser, command, limit);
    };
    if (const std::optional<int> done = openForChange(parser, command, arguments, store, checks))
        return *done;
    if (!m_hide)
        filter.hidden = ItemFilter::Hidden::Only;
    if (!resolveFilter(store, parser, command, filter))
        return CommandLine::Failure;
    if (!m_hide)
        filter.hidden = ItemFilter::Hidden::Only; // a view's own hidden setting too
    MarkChange change;
    change.mark = MarkChange::Mark::Hidden;
    change.on = m_hide;
    if (!markWhere(store, filter, change, command, limit))
        return CommandLine::Failure;
    const int n = int(qMin<qint64>(change.ids.size(), INT_MAX));
    m_out << (m_hide ? tr("Hid %Ln item(s).", nullptr, n) : tr("Restored %Ln hidden item(s).", nullptr, n))
          << Qt::endl;
    return CommandLine::Success;
}
