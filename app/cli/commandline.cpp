#include "app/cli/commandline.h"

#include "app/cli/corecommands.h"
#include "app/cli/exportcommand.h"

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

bool CommandLine::isCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && commands().contains(arguments.first());
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
