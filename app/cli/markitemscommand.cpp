#include "app/cli/markitemscommand.h"

#include "app/cli/commandline.h"
#include "models/store/itemfilter.h"
#include "models/store/markchange.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

const QStringList Marks{u"read"_s, u"unread"_s, u"star"_s, u"unstar"_s};

} // namespace

CommandUsage MarkItemsCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"mark"_s;
    usage.description = tr("Mark items read or unread, starred or not: the items the filter options select (without "
                           "them, every item that list shows).")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    using Option = QCommandLineOption;
    usage.options.append(Option{u"read"_s, tr("Mark them read.")});
    usage.options.append(Option{u"unread"_s, tr("Mark them unread.")});
    usage.options.append(Option{u"star"_s, tr("Star them.")});
    usage.options.append(Option{u"unstar"_s, tr("Take their stars off.")});
    addFilterOptions(usage, FilterUnread::No); // --unread is the mark here
    return usage;
}

int MarkItemsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    ItemFilter filter;
    QStringList chosen;
    qint64 limit = -1;
    const auto checks = [&] {
        for (const QString &mark : Marks) {
            if (parser.isSet(mark))
                chosen.append(u"--"_s + mark);
        }
        if (chosen.size() != 1) {
            m_err << (chosen.isEmpty() ? tr("newsdesk mark: say which mark: --read, --unread, --star or --unstar.")
                                       : tr("newsdesk mark: only one mark at a time, not %1.")
                                                 .arg(chosen.join(u" "_s)))
                  << Qt::endl;
            return false;
        }
        return noArguments(parser, u"mark"_s) && filterFrom(parser, filter) && limitFrom(parser, u"mark"_s, limit);
    };
    if (const std::optional<int> done = openForChange(parser, u"mark"_s, arguments, store, checks))
        return *done;
    filter.unreadOnly = false; // --unread names the mark, not the filter
    if (!resolveFilter(store, parser, u"mark"_s, filter))
        return CommandLine::Failure;
    MarkChange change;
    const QString mark = chosen.first();
    change.mark = mark.endsWith(u"star"_s) ? MarkChange::Mark::Starred : MarkChange::Mark::Read;
    change.on = mark == u"--read" || mark == u"--star";
    if (!markWhere(store, filter, change, u"mark"_s, limit))
        return CommandLine::Failure;
    const int n = int(qMin<qint64>(change.ids.size(), INT_MAX));
    if (mark == u"--read")
        m_out << tr("Marked %Ln item(s) as read.", nullptr, n);
    else if (mark == u"--unread")
        m_out << tr("Marked %Ln item(s) as unread.", nullptr, n);
    else if (mark == u"--star")
        m_out << tr("Starred %Ln item(s).", nullptr, n);
    else
        m_out << tr("Took the star off %Ln item(s).", nullptr, n);
    m_out << Qt::endl;
    return CommandLine::Success;
}
