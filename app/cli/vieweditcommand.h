#pragma once

#include "app/cli/command.h"

// `newsdesk view save NAME [filters]` (a view of that name is replaced) and
// `newsdesk view delete NAME`: the saved views (smart folders) of the side
// pane.
class ViewEditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ViewEditCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
