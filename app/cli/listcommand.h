#pragma once

#include "app/cli/command.h"

#include "models/store/newsitem.h"

// `newsdesk list`: the items of a filter as text, tab-separated values or
// JSON (the JSON exporter's output, as `newsdesk export --format json`),
// or only their number (--count).
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;

private:
    // --count: the number of items filter selects (at most limit when >= 0)
    // as one line; the exit code.
    int printCount(NewsStore &store, const ItemFilter &filter, qint64 limit);
    void writeLines(const QList<NewsItem> &items, bool tsv);
};
