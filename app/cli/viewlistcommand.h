#pragma once

#include "app/cli/command.h"

// `newsdesk views [--format text|tsv|json|csv]`: every saved view in the
// person's order, with its items, how many are unread, and its filter.
class ViewListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ViewListCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
