#include "app/cli/itemnotecommand.h"

#include "app/cli/commandline.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

CommandUsage ItemNoteCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"note"_s;
    usage.description = tr("Write the note of one item (plain text, kept as typed; search finds it), or clear it.")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    using Option = QCommandLineOption;
    usage.options.append(Option{u"id"_s, tr("The item (its ID, as list --format tsv or json shows it)."), tr("ID")});
    usage.options.append(Option{u"text"_s, tr("The note's text (an empty TEXT clears it)."), tr("TEXT")});
    usage.options.append(Option{u"clear"_s, tr("Remove the note.")});
    return usage;
}

int ItemNoteCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    QList<qint64> ids;
    const auto checks = [&] {
        if (!noArguments(parser, u"note"_s) || !idsFrom(parser, ids))
            return false;
        if (ids.size() != 1) {
            m_err << tr("newsdesk note: name one item with --id N.") << Qt::endl;
            return false;
        }
        if (parser.isSet(u"text"_s) == parser.isSet(u"clear"_s)) {
            m_err << tr("newsdesk note: give either --text TEXT or --clear.") << Qt::endl;
            return false;
        }
        return true;
    };
    if (const std::optional<int> done = openForChange(parser, u"note"_s, arguments, store, checks))
        return *done;
    if (!knownIds(store, u"note"_s, ids))
        return CommandLine::Failure;
    const qint64 id = ids.constFirst();
    const QString text = parser.isSet(u"clear"_s) ? QString() : parser.value(u"text"_s);
    if (!store.setNote(id, text)) {
        fail(u"newsdesk note: "_s + store.errorString());
        return CommandLine::Failure;
    }
    m_out << (text.isEmpty() ? tr("Cleared the note of item %1.") : tr("Saved the note of item %1.")).arg(id)
          << Qt::endl;
    return CommandLine::Success;
}
