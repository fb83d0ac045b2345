#include "app/cli/statecommand.h"

#include "app/cli/commandline.h"
#include "models/listing/controlcharacters.h"
#include "models/store/newsstore.h"
#include "models/store/statefile.h"
#include "models/store/statesnapshot.h"

#include <QCommandLineParser>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

int counted(qint64 n)
{
    return int(qMin<qint64>(n, INT_MAX));
}

} // namespace

CommandUsage StateCommand::usage() const
{
    using Argument = CommandUsage::Argument;
    CommandUsage usage;
    usage.name = u"state"_s;
    usage.description = tr("Write everything you made (read and starred marks, labels, notes, hidden items, saved "
                           "views) to one JSON file (export), or merge such a file into this cache's (import): "
                           "by item identity, so it fits another machine's cache of the same listings. A merge "
                           "joins marks, takes labels of the same name as the same label, keeps both of two "
                           "different notes and replaces views of the same name.")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors, or a FILE that "
                                         "is not a newsdesk state file.");
    addDbOption(usage);
    usage.arguments.append({u"action"_s, tr("export or import."), u"export|import"_s, Argument::Values::Choices});
    usage.arguments.append({u"file"_s, tr("The state file."), tr("FILE"), Argument::Values::Files});
    return usage;
}

int StateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    QString action;
    QString path;
    const auto checks = [&] {
        const QStringList words = parser.positionalArguments();
        action = words.value(0);
        path = words.value(1);
        if (words.size() != 2 || (action != u"export" && action != u"import") || path.isEmpty()) {
            m_err << tr("newsdesk state: say newsdesk state export FILE or newsdesk state import FILE.") << Qt::endl;
            return false;
        }
        return true;
    };
    if (const std::optional<int> done = openForChange(parser, u"state"_s, arguments, store, checks, true))
        return *done;
    return action == u"export" ? exportState(store, path) : importState(store, path);
}

int StateCommand::exportState(NewsStore &store, const QString &path)
{
    const StateSnapshot snapshot = store.stateSnapshot();
    if (readFailed(store))
        return CommandLine::Failure;
    QString error;
    if (!StateFile::write(snapshot, path, &error)) {
        fail(u"newsdesk state: "_s + error);
        return CommandLine::Failure;
    }
    m_out << tr("Wrote the state of %Ln item(s) to %1: %2, %3.", nullptr, counted(snapshot.items.size()))
                     .arg(ControlCharacters::visible(path),
                          tr("%Ln label(s)", nullptr, counted(snapshot.labels.size())),
                          tr("%Ln saved view(s)", nullptr, counted(snapshot.views.size())))
          << Qt::endl;
    return CommandLine::Success;
}

int StateCommand::importState(NewsStore &store, const QString &path)
{
    QString error;
    const std::optional<StateSnapshot> snapshot = StateFile::read(path, &error);
    if (!snapshot) {
        fail(u"newsdesk state: "_s + ControlCharacters::visible(error));
        return CommandLine::Failure;
    }
    StateMerge merged;
    if (!store.mergeState(*snapshot, merged)) {
        fail(u"newsdesk state: "_s + store.errorString());
        return CommandLine::Failure;
    }
    QStringList parts{tr("%Ln new label(s)", nullptr, counted(merged.labelsAdded)),
                      tr("%Ln new view(s)", nullptr, counted(merged.viewsAdded))};
    if (merged.viewsReplaced > 0)
        parts.append(tr("%Ln view(s) replaced", nullptr, counted(merged.viewsReplaced)));
    if (merged.notesJoined > 0)
        parts.append(tr("%Ln note(s) joined with yours", nullptr, counted(merged.notesJoined)));
    m_out << tr("Merged the state of %Ln item(s): %1.", nullptr, counted(merged.items)).arg(parts.join(u", "_s))
          << Qt::endl;
    return CommandLine::Success;
}
