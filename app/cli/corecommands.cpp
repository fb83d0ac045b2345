#include "app/cli/corecommands.h"

#include "app/cli/categoriescommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/listcommand.h"

using namespace Qt::StringLiterals;

QStringList CoreCommands::names()
{
    return {u"import"_s, u"list"_s, u"categories"_s};
}

bool CoreCommands::isCoreCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && names().contains(arguments.first());
}

std::unique_ptr<Command> CoreCommands::create(const QString &name, QTextStream &out, QTextStream &err)
{
    if (name == u"import")
        return std::make_unique<ImportCommand>(out, err);
    if (name == u"list")
        return std::make_unique<ListCommand>(out, err);
    if (name == u"categories")
        return std::make_unique<CategoriesCommand>(out, err);
    return nullptr;
}
