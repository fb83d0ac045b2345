#pragma once

#include "app/cli/command.h"

// `newsdesk note --id N --text TEXT` and `newsdesk note --id N --clear`: the
// note of one item (plain text, kept as typed).
class ItemNoteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ItemNoteCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
