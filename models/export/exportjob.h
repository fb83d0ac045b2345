#pragma once

#include "models/export/exportoptions.h"
#include "models/export/exportresult.h"
#include "models/store/itemfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Exporter;
class NewsStore;
class QIODevice;

// The one export path: reads items of the cache page by page and feeds them
// to an exporter, so no export holds every item. The window's export, print
// and copy and the command line all go through it. A file is written through
// QSaveFile: it appears complete or not at all.
//
// A job opens a NewsStore of its own in the thread that runs it (a store is
// one connection per thread); the window runs jobs with Background::run():
//
//   const ExportJob job(store.path(), ids, u"pdf"_s, fileName, options);
//   Background::run(this, [job, cancel] { return job.run([cancel](qsizetype, qsizetype) { return !*cancel; }); },
//                   [](const ExportResult &result) { ... });
//
// The progress callback runs on the exporting thread. A job and its exporter
// run in one thread at a time.
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    // Called before the first page and after each page; return false to cancel.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    static constexpr qsizetype DefaultPageSize = 500;

    // The items of ids in the format (Exporter::formats()) to the destination file.
    ExportJob(const QString &databasePath, const QList<qint64> &ids, const QString &format,
              const QString &destination, const ExportOptions &options = {});
    // The items of ids through exporter (its options set) to the destination
    // file; without a destination, to the exporter's own target (a printer,
    // the clipboard's memory: Exporter::writesToDevice() is false).
    ExportJob(const QString &databasePath, const QList<qint64> &ids, std::shared_ptr<Exporter> exporter,
              const QString &destination = {});

    // Exports the items the filter finds, in its order, instead of the ids;
    // they are read when the job runs.
    void setFilter(const ItemFilter &filter) { m_filter = filter; }

    // Opens the cache in the calling thread and exports.
    ExportResult run(const Progress &progress = {}) const;

    // The items of ids, in that order, through exporter to the file at path.
    static ExportResult exportItems(NewsStore &store, const QList<qint64> &ids, Exporter &exporter,
                                    const QString &path, const Progress &progress = {},
                                    qsizetype pageSize = DefaultPageSize);
    // The same to an open device (standard output); not atomic. The device
    // is nullptr for an exporter with a target of its own.
    static ExportResult exportItems(NewsStore &store, const QList<qint64> &ids, Exporter &exporter,
                                    QIODevice *device, const Progress &progress = {},
                                    qsizetype pageSize = DefaultPageSize);

private:
    QString m_databasePath;
    QList<qint64> m_ids;
    std::optional<ItemFilter> m_filter;
    QString m_format;
    std::shared_ptr<Exporter> m_exporter;
    QString m_destination;
};
