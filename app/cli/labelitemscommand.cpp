#include "app/cli/labelitemscommand.h"

#include "app/cli/commandline.h"
#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

#include <climits>

using namespace Qt::StringLiterals;

CommandUsage LabelItemsCommand::usage() const
{
    using Argument = CommandUsage::Argument;
    CommandUsage usage;
    usage.name = u"label"_s;
    usage.description = tr("Put the label NAME on items (add; the label is made when there is none of that name) or "
                           "take it off them (remove): the items the filter options select (without them, every "
                           "item that list shows).")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    addFilterOptions(usage);
    usage.arguments.append({u"action"_s, tr("add or remove."), u"add|remove"_s, Argument::Values::Choices});
    usage.arguments.append({u"name"_s, tr("The label's name (at most 200 characters)."), tr("NAME"),
                            Argument::Values::Labels});
    return usage;
}

int LabelItemsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    ItemFilter filter;
    QString action;
    QString name;
    qint64 limit = -1;
    const auto checks = [&] {
        const QStringList words = parser.positionalArguments();
        action = words.value(0);
        if (words.size() != 2 || (action != u"add" && action != u"remove")) {
            m_err << tr("newsdesk label: say newsdesk label add NAME or newsdesk label remove NAME.") << Qt::endl;
            return false;
        }
        return nameFrom(u"label"_s, words.at(1), name) && filterFrom(parser, filter)
               && limitFrom(parser, u"label"_s, limit);
    };
    if (const std::optional<int> done = openForChange(parser, u"label"_s, arguments, store, checks))
        return *done;
    if (!resolveFilter(store, parser, u"label"_s, filter))
        return CommandLine::Failure;
    Label label = store.labelNamed(name);
    if (readFailed(store))
        return CommandLine::Failure;
    const bool add = action == u"add";
    if (label.id == 0 && !add) {
        knownLabels(store, u"label"_s, {name}); // says so, with the known labels
        return CommandLine::Failure;
    }
    if (label.id == 0) {
        label.name = name;
        if (!store.createLabel(label)) {
            fail(u"newsdesk label: "_s + store.errorString());
            return CommandLine::Failure;
        }
        m_out << tr("Made the label %1.").arg(quoted(label.name)) << u'\n';
    }
    MarkChange change;
    change.mark = MarkChange::Mark::Label;
    change.labelId = label.id;
    change.on = add;
    if (!markWhere(store, filter, change, u"label"_s, limit))
        return CommandLine::Failure;
    const int n = int(qMin<qint64>(change.ids.size(), INT_MAX));
    m_out << (add ? tr("Labelled %Ln item(s) %1.", nullptr, n) : tr("Took the label %1 off %Ln item(s).", nullptr, n))
                             .arg(quoted(label.name))
          << Qt::endl;
    return CommandLine::Success;
}
