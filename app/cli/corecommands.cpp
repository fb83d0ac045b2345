#include "app/cli/corecommands.h"

#include "app/cli/categoriescommand.h"
#include "app/cli/hideitemscommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/itemnotecommand.h"
#include "app/cli/labelitemscommand.h"
#include "app/cli/labellistcommand.h"
#include "app/cli/listcommand.h"
#include "app/cli/markitemscommand.h"
#include "app/cli/statecommand.h"
#include "app/cli/vieweditcommand.h"
#include "app/cli/viewlistcommand.h"

using namespace Qt::StringLiterals;

QStringList CoreCommands::names()
{
    return {u"import"_s, u"list"_s, u"categories"_s, u"mark"_s,   u"label"_s, u"labels"_s,
            u"note"_s,   u"hide"_s, u"unhide"_s,     u"view"_s, u"views"_s,  u"state"_s};
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
    if (name == u"mark")
        return std::make_unique<MarkItemsCommand>(out, err);
    if (name == u"label")
        return std::make_unique<LabelItemsCommand>(out, err);
    if (name == u"labels")
        return std::make_unique<LabelListCommand>(out, err);
    if (name == u"note")
        return std::make_unique<ItemNoteCommand>(out, err);
    if (name == u"hide" || name == u"unhide")
        return std::make_unique<HideItemsCommand>(name == u"hide", out, err);
    if (name == u"view")
        return std::make_unique<ViewEditCommand>(out, err);
    if (name == u"views")
        return std::make_unique<ViewListCommand>(out, err);
    if (name == u"state")
        return std::make_unique<StateCommand>(out, err);
    return nullptr;
}
