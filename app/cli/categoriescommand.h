#pragma once

#include "app/cli/command.h"

// `newsdesk categories`: every category with its number of items.
class CategoriesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CategoriesCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
