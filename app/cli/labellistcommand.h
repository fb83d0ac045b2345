#pragma once

#include "app/cli/command.h"

// `newsdesk labels [--format text|tsv|json|csv]`: every label in the
// person's order, with its colour, its items and how many are unread.
class LabelListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LabelListCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;
};
