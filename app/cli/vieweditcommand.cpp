#include "app/cli/vieweditcommand.h"

#include "app/cli/commandline.h"
#include "models/export/exportoptions.h"
#include "models/listing/controlcharacters.h"
#include "models/store/newsstore.h"
#include "models/store/savedview.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

CommandUsage ViewEditCommand::usage() const
{
    using Argument = CommandUsage::Argument;
    CommandUsage usage;
    usage.name = u"view"_s;
    usage.description = tr("Save the filter options given as the view NAME (save; a view of that name is replaced), "
                           "or delete the view NAME (delete). A view is live: new items that match appear in it.")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    addFilterOptions(usage);
    // A view is a filter, never a number of items (--id: refused when given).
    usage.options.removeIf([](const QCommandLineOption &o) { return o.names().contains(u"limit"_s); });
    usage.arguments.append({u"action"_s, tr("save or delete."), u"save|delete"_s, Argument::Values::Choices});
    usage.arguments.append({u"name"_s, tr("The view's name (at most 200 characters)."), tr("NAME"),
                            Argument::Values::Views});
    return usage;
}

int ViewEditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    ItemFilter filter;
    QString action;
    QString name;
    const auto checks = [&] {
        const QStringList words = parser.positionalArguments();
        action = words.value(0);
        if (words.size() != 2 || (action != u"save" && action != u"delete")) {
            m_err << tr("newsdesk view: say newsdesk view save NAME [filters] or newsdesk view delete NAME.")
                  << Qt::endl;
            return false;
        }
        if (!nameFrom(u"view"_s, words.at(1), name) || !filterFrom(parser, filter))
            return false;
        if (!filter.ids.isEmpty()) {
            m_err << tr("newsdesk view: a view is a filter, not a list of items: --id cannot be saved in it.")
                  << Qt::endl;
            return false;
        }
        return true;
    };
    if (const std::optional<int> done = openForChange(parser, u"view"_s, arguments, store, checks))
        return *done;
    SavedView view = store.savedView(name);
    if (readFailed(store))
        return CommandLine::Failure;
    if (action == u"delete") {
        if (view.id == 0) {
            fail(tr("newsdesk view: no saved view named %1.").arg(quoted(name)));
            return CommandLine::Failure;
        }
        if (!store.deleteView(view.id)) {
            fail(u"newsdesk view: "_s + store.errorString());
            return CommandLine::Failure;
        }
        m_out << tr("Deleted the view %1.").arg(quoted(view.name)) << Qt::endl;
        return CommandLine::Success;
    }
    if (!resolveFilter(store, parser, u"view"_s, filter))
        return CommandLine::Failure;
    const bool replaced = view.id != 0;
    view.name = name;
    view.filter = filter;
    if (!store.saveView(view)) {
        fail(u"newsdesk view: "_s + store.errorString());
        return CommandLine::Failure;
    }
    m_out << (replaced ? tr("Replaced the view %1: %2.") : tr("Saved the view %1: %2."))
                     .arg(quoted(view.name), ControlCharacters::visible(ExportOptions::describeFilter(view.filter)))
          << Qt::endl;
    return CommandLine::Success;
}
