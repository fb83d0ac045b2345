#include "app/cli/commandline.h"

#include "app/cli/corecommands.h"
#include "app/cli/exportcommand.h"
#include "app/cli/programarguments.h"


#include <memory>

using namespace Qt::StringLiterals;

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

QStringList CommandLine::commands()
{
    return CoreCommands::names() << u"export"_s;
}

QStringList CommandLine::valueOptions()
{
    QList<CommandUsage> usages{windowUsage()};
    for (const QString &command : commands())
        usages.append(usage(command));
    QStringList names;
    for (const CommandUsage &form : std::as_const(usages)) {
        for (const QCommandLineOption &option : form.options) {
            if (!option.valueName().isEmpty())
                names += option.names();
        }
    }
    names.removeDuplicates();
    return names;
}

CommandUsage CommandLine::windowUsage()
{
    CommandUsage usage;
    usage.description =
            tr("Offline reader for news listings.\n\nCommands (each has --help):\n"
               "  import      import listing files or folders into the cache\n"
               "  list        list items\n"
               "  categories  list categories with their item counts\n"
               "  export      export items to CSV, JSON, Markdown, HTML, text or PDF\n\n"
               "Without a command, opens the reader window.")
            + u"\n\n"_s
            + tr("Commands that organise the archive (each has --help):\n"
                 "  mark        mark items read, unread, starred or not\n"
                 "  label       put a label on items or take it off\n"
                 "  labels      list the labels with their item counts\n"
                 "  note        write or clear the note of an item\n"
                 "  hide        hide items\n"
                 "  unhide      restore hidden items\n"
                 "  view        save or delete a saved view\n"
                 "  views       list the saved views\n"
                 "  state       export or import everything you made, as one file")
            + u"\n\n"_s
            + tr("Qt's own options work as in every Qt program (%1); the commands accept and ignore them.")
                      .arg(ProgramArguments::qtOptionSynopsis().join(u", "_s));
    usage.hasVersionOption = true;
    usage.options.append(QCommandLineOption{u"db"_s, tr("Use the cache FILE instead of the default."), tr("FILE")});
    usage.arguments.append({u"paths"_s, tr("Listing files or folders to import and watch."), tr("[PATH...]")});
    return usage;
}

CommandUsage CommandLine::usage(const QString &command)
{
    if (command.isEmpty())
        return windowUsage();
    QString none;
    QTextStream out(&none);
    std::unique_ptr<Command> made = CoreCommands::create(command, out, out);
    if (!made && command == u"export")
        made = std::make_unique<ExportCommand>(out, out);
    return made ? made->usage() : CommandUsage{};
}

int CommandLine::run(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    std::unique_ptr<Command> command = CoreCommands::create(name, m_out, m_err);
    if (!command && name == u"export")
        command = std::make_unique<ExportCommand>(m_out, m_err);
    if (!command) {
        m_err << tr("newsdesk: unknown command \u201C%1\u201D. Commands: %2.").arg(name, commands().join(u", "_s))
              << Qt::endl;
        return Failure;
    }
    return command->run(arguments.mid(1));
}
