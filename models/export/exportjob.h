#pragma once

#include "models/export/exportoptions.h"
#include "models/export/exportresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Exporter;
class NewsStore;
class QIODevice;

// Exports items of the cache page by page, so no export holds every item.
// A file is written through QSaveFile: it appears complete or not at all.
//
// The window runs an export on a worker thread with a job, which opens a
// NewsStore of its own there (a store is one connection per thread):
//
//   const ExportJob job(store.path(), ids, u"pdf"_s, fileName, options);
//   QtConcurrent::run([job, cancel] { return job.run([cancel](qsizetype, qsizetype) { return !*cancel; }); });
//
// The progress callback runs on the exporting thread.
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    // Called before the first page and after each page; return false to cancel.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    static constexpr qsizetype DefaultPageSize = 500;

    ExportJob(const QString &databasePath, const QList<qint64> &ids, const QString &format,
              const QString &destination, const ExportOptions &options = {});

    // Opens the cache in the calling thread and exports to the destination file.
    ExportResult run(const Progress &progress = {}) const;

    // The items of ids, in that order, through exporter to the file at path.
    static ExportResult exportItems(NewsStore &store, const QList<qint64> &ids, Exporter &exporter,
                                    const QString &path, const Progress &progress = {},
                                    qsizetype pageSize = DefaultPageSize);
    // The same to an open device (standard output); not atomic.
    static ExportResult exportItems(NewsStore &store, const QList<qint64> &ids, Exporter &exporter,
                                    QIODevice *device, const Progress &progress = {},
                                    qsizetype pageSize = DefaultPageSize);

private:
    QString m_databasePath;
    QList<qint64> m_ids;
    QString m_format;
    QString m_destination;
    ExportOptions m_options;
};
