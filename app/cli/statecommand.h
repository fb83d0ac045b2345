#pragma once

#include "app/cli/command.h"

// `newsdesk state export FILE` and `newsdesk state import FILE`: everything
// the person made (read, starred, labels, notes, hidden, saved views) as one
// JSON file (StateFile), written or merged into the state database by item
// identity (NewsStore::stateSnapshot(), mergeState()).
class StateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StateCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;

private:
    int exportState(NewsStore &store, const QString &path);
    int importState(NewsStore &store, const QString &path);
};
