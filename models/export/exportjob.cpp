#include "models/export/exportjob.h"

#include "models/export/exporter.h"
#include "models/store/newsstore.h"
#include "models/support/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

ExportResult failed(const QString &error)
{
    qCWarning(lcExport).noquote() << "export failed:" << error;
    return {ExportResult::Status::Failed, error, 0};
}

} // namespace

// ExportJob(databasePath, ids, format, ...) is in everyexporter.cpp.

ExportJob::ExportJob(const QString &databasePath, const QList<qint64> &ids, std::shared_ptr<Exporter> exporter,
                     const QString &destination)
    : m_databasePath(databasePath), m_ids(ids), m_exporter(std::move(exporter)), m_destination(destination)
{
    if (m_exporter)
        m_format = m_exporter->formatId();
}

ExportResult ExportJob::run(const Progress &progress) const
{
    if (!m_exporter)
        return failed(tr("Unknown export format \u201C%1\u201D.").arg(m_format));
    // Cancelled before it started: the cache is not even opened.
    if (progress && !progress(0, m_filter ? 0 : m_ids.size()))
        return {ExportResult::Status::Cancelled, {}, 0};
    NewsStore store;
    if (!store.open(m_databasePath))
        return failed(store.errorString());
    const QList<qint64> ids = m_filter ? store.itemIds(*m_filter) : m_ids;
    if (store.lastReadFailed())
        return failed(store.readError());
    if (m_destination.isEmpty() && !m_exporter->writesToDevice())
        return exportItems(store, ids, *m_exporter, static_cast<QIODevice *>(nullptr), progress);
    return exportItems(store, ids, *m_exporter, m_destination, progress);
}

ExportResult ExportJob::exportItems(NewsStore &store, const QList<qint64> &ids, Exporter &exporter,
                                    const QString &path, const Progress &progress, qsizetype pageSize)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return failed(tr("No file to export to was given."));
    // Replacing the cache with an export would lose it.
    const QString destination = QFileInfo(path).canonicalFilePath();
    if (!destination.isEmpty() && destination == QFileInfo(store.path()).canonicalFilePath())
        return failed(tr("Cannot export to %1: it is the cache itself.").arg(shownPath));

    // QSaveFile writes a temporary file next to the destination and renames
    // it over the destination only on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
    ExportResult result = exportItems(store, ids, exporter, &file, progress, pageSize);
    if (!result.ok()) {
        file.cancelWriting();
        if (result.status == ExportResult::Status::Failed)
            result.error = tr("Cannot export to %1: %2").arg(shownPath, result.error);
        return result;
    }
    if (!file.commit())
        return failed(tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
    return result;
}

ExportResult ExportJob::exportItems(NewsStore &store, const QList<qint64> &ids, Exporter &exporter,
                                    QIODevice *device, const Progress &progress, qsizetype pageSize)
{
    const qsizetype total = ids.size();
    const qsizetype page = qMax<qsizetype>(1, pageSize);
    ExportResult result;
    result.status = ExportResult::Status::Cancelled;
    if (progress && !progress(0, total))
        return result;
    if (!exporter.begin(device))
        return failed(exporter.errorString());
    for (qsizetype from = 0; from < total; from += page) {
        const QList<NewsItem> items = store.items(ids.mid(from, page));
        if (store.lastReadFailed())
            return failed(store.errorString());
        if (!exporter.writeItems(items))
            return failed(exporter.errorString());
        result.itemCount = exporter.itemCount();
        if (progress && !progress(qMin(from + page, total), total))
            return result;
    }
    if (!exporter.finish())
        return failed(exporter.errorString());
    result.status = ExportResult::Status::Finished;
    result.itemCount = exporter.itemCount();
    return result;
}
