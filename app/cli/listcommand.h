#pragma once

#include "app/cli/command.h"

#include "models/store/newsitem.h"

// `newsdesk list`: the items of a filter as text, tab-separated values or
// JSON (the JSON exporter's output, as `newsdesk export --format json`).
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;

private:
    void writeLines(const QList<NewsItem> &items, bool tsv);
};
