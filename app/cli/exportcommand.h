#pragma once

#include "app/cli/command.h"

#include <memory>

// `newsdesk export`: items of a filter (or chosen by id) through an exporter
// (Exporter::formats()) to a file, or to standard output with "--output -".
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using Command::Command;
    int run(const QStringList &arguments) override;
    CommandUsage usage() const override;

private:
    // The exporter --format (or the output's suffix) names; nullptr after saying why not.
    std::unique_ptr<Exporter> exporterFor(const QCommandLineParser &parser, const QString &output);
    // The filter against the cache (resolveFilter(): --view, --label, --id),
    // and the source file is in the cache.
    bool inCache(NewsStore &store, ItemFilter &filter, const QCommandLineParser &parser);
    // The items of filter (at most limit of them, when >= 0) through exporter to output.
    int write(NewsStore &store, const ItemFilter &filter, qint64 limit, Exporter &exporter, const QString &output);
};
