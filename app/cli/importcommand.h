#pragma once

#include "app/cli/command.h"

struct ImportReport;

// `newsdesk import [--sample] PATH...`: listing files or folders into the cache;
// `newsdesk import --finish-index`: only what an interrupted import left for the search index.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;

private:
    // What the import did: diagnostics on stderr, the counts on stdout.
    void printReport(const ImportReport &report, bool shared);
};
