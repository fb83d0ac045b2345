#pragma once

#include "app/cli/command.h"

// `newsdesk label add NAME [filters]` (the label made when there is none of
// that name) and `newsdesk label remove NAME [filters]`: puts a label on the
// items the filter covers or takes it off them, and says how many.
class LabelItemsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LabelItemsCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
