#include "models/importing/importtask.h"

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/support/background.h"
#include "models/support/logging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>

#include <algorithm>
#include <utility>

ImportTask::ImportTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<RemovalReport>();
}

ImportTask::~ImportTask()
{
    m_queued.clear();
    m_queuedRemovals.clear();
    cancel();
    m_future.waitForFinished();
    m_removalFuture.waitForFinished();
}

bool ImportTask::isRunning() const
{
    return m_running;
}

void ImportTask::cancel()
{
    m_cancel = true;
}

void ImportTask::start(const QString &databasePath, const QStringList &paths)
{
    enqueue(databasePath, paths, true);
}

void ImportTask::startChanges(const QString &databasePath, const QStringList &paths)
{
    enqueue(databasePath, paths, false);
}

void ImportTask::enqueue(const QString &databasePath, const QStringList &paths, bool sources)
{
    m_databasePath = databasePath;
    for (const QString &path : paths) {
        if (!m_queued.contains(path))
            m_queued.append(path);
        if (sources && !m_queuedSources.contains(path))
            m_queuedSources.append(path);
    }
    if (!isRunning())
        launch();
}

void ImportTask::startRemoval(const QString &databasePath, const QStringList &paths)
{
    m_databasePath = databasePath;
    for (const QString &path : paths) {
        if (!m_queuedRemovals.contains(path))
            m_queuedRemovals.append(path);
    }
    if (!isRunning())
        launchNext();
}

void ImportTask::launchNext()
{
    if (!m_queued.isEmpty())
        launch();
    else if (!m_queuedRemovals.isEmpty())
        launchRemoval();
}

void ImportTask::launchRemoval()
{
    const QStringList paths = std::exchange(m_queuedRemovals, {});
    const QString databasePath = m_databasePath;
    m_running = true;
    // Not cancelled by cancel(): the person asked for it, and it is one
    // short transaction (the search index after it is the next import's if
    // it stops).
    m_removalFuture = Background::run(
            this,
            [databasePath, paths] {
                NewsStore store;
                if (!store.open(databasePath)) {
                    qCWarning(lcImport) << "cannot open the cache to remove files:" << databasePath
                                        << store.errorString();
                    RemovalReport report;
                    report.error = store.errorString();
                    return report;
                }
                return NewsImporter(store).removeFiles(paths);
            },
            [this](const RemovalReport &report) { removalDone(report); });
}

void ImportTask::removalDone(const RemovalReport &report)
{
    m_running = false;
    Q_EMIT removalFinished(report);
    if (!isRunning())
        launchNext();
}

void ImportTask::launch()
{
    const QStringList paths = std::exchange(m_queued, {});
    const QStringList sources = std::exchange(m_queuedSources, {});
    const QString databasePath = m_databasePath;
    m_cancel = false;
    m_running = true;
    m_future = Background::run(
            this, [this, databasePath, paths, sources] { return run(databasePath, paths, sources); },
            [this](const ImportReport &report) { done(report); });
    Q_EMIT started();
}

ImportReport ImportTask::run(const QString &databasePath, const QStringList &paths, const QStringList &sources)
{
    // Cancelled before it started (the destructor's wait may run a task the
    // busy pool had not started, on the owner's thread): nothing is written.
    if (m_cancel.loadRelaxed()) {
        ImportReport report;
        report.cancelled = true;
        return report;
    }
    NewsStore store;
    if (!store.open(databasePath)) {
        qCWarning(lcImport) << "cannot open the cache for an import:" << databasePath << store.errorString();
        ImportReport report;
        report.error = store.errorString();
        return report;
    }
    NewsImporter importer(store);
    // The watcher's changed files (no folder, nothing the person named) need
    // no look for vanished files, unless one of them is gone itself (a file
    // source deleted or renamed): then that look forgets it, and the path is
    // no error.
    QStringList present = paths;
    if (sources.isEmpty())
        present.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    importer.setForgetVanished(!sources.isEmpty() || present.size() < paths.size() || present.isEmpty()
                               || std::any_of(present.cbegin(), present.cend(),
                                              [](const QString &path) { return QFileInfo(path).isDir(); }));
    // A queued signal per file would cost the window more than skipping an
    // unchanged file costs the import: told at most every ProgressMs.
    QElapsedTimer sinceTold;
    importer.setProgress([this, sinceTold](int done, int total, const QString &file) mutable {
        const bool edge = done <= 0 || done == total;
        if (edge || !sinceTold.isValid() || sinceTold.hasExpired(ProgressMs)) {
            sinceTold.start();
            QMetaObject::invokeMethod(this, [this, done, total, file] { Q_EMIT progress(done, total, file); },
                                      Qt::QueuedConnection);
        }
        return !m_cancel.loadRelaxed();
    });
    importer.setWaiting([this, told = false](qint64 pid) mutable {
        if (!std::exchange(told, true))
            QMetaObject::invokeMethod(this, [this, pid] { Q_EMIT waiting(pid); }, Qt::QueuedConnection);
        return !m_cancel.loadRelaxed();
    });
    return importer.importPaths(present, sources);
}

void ImportTask::done(const ImportReport &report)
{
    m_running = false;
    Q_EMIT finished(report);
    if (!isRunning())
        launchNext();
}
