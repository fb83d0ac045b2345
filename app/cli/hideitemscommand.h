#pragma once

#include "app/cli/command.h"

// `newsdesk hide [filters]` and `newsdesk unhide [filters]`: hides the items
// the filter covers (left out of every list, count and export), or restores
// hidden ones (unhide looks only at hidden items), and says how many.
class HideItemsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HideItemsCommand)

public:
    // hide: true for `hide`, false for `unhide`.
    HideItemsCommand(bool hide, QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;

private:
    bool m_hide;
};
