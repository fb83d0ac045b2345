#pragma once

#include "app/cli/command.h"

// `newsdesk mark --read|--unread|--star|--unstar [filters]`: sets one mark on
// the items the filter options cover (without them: every item, as `list`
// lists them), and says how many items it changed.
class MarkItemsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MarkItemsCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
