#include "app/cli/commandline.h"

#include "app/cli/categoriescommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/listcommand.h"

#include <memory>

using namespace Qt::StringLiterals;

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

QStringList CommandLine::commands()
{
    return {u"import"_s, u"list"_s, u"categories"_s, u"export"_s};
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && commands().contains(arguments.first());
}

int CommandLine::run(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    std::unique_ptr<Command> command;
    if (name == u"import")
        command = std::make_unique<ImportCommand>(m_out, m_err);
    else if (name == u"list")
        command = std::make_unique<ListCommand>(m_out, m_err);
    else if (name == u"categories")
        command = std::make_unique<CategoriesCommand>(m_out, m_err);
    else if (name == u"export")
        command = std::make_unique<ExportCommand>(m_out, m_err);
    if (!command) {
        m_err << tr("newsdesk: unknown command \u201C%1\u201D. Commands: %2.").arg(name, commands().join(u", "_s))
              << Qt::endl;
        return Failure;
    }
    return command->run(arguments.mid(1));
}
