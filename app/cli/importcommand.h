#pragma once

#include "app/cli/command.h"

// `newsdesk import [--sample] PATH...`: listing files or folders into the cache.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
};
