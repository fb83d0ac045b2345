#pragma once

#include "models/importing/importreport.h"
#include "models/importing/removalreport.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QObject>
#include <QStringList>

// Runs an import in the background (Background::run) with its own connection
// to the cache, so the GUI thread never waits on it. Paths asked for while one
// runs are queued and imported right after. Signals arrive in the thread that
// owns the task.
class ImportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTask)

public:
    explicit ImportTask(QObject *parent = nullptr);
    ~ImportTask() override; // cancels and waits for the running import

    void start(const QString &databasePath, const QStringList &paths);
    // Imports paths within sources already imported (a watched folder's
    // changed files): they are not remembered as sources of their own.
    void startChanges(const QString &databasePath, const QStringList &paths);
    // Removes listing files from the archive (NewsImporter::removeFiles) in
    // the background, after the import running now; removalFinished() says
    // what it did.
    void startRemoval(const QString &databasePath, const QStringList &paths);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void started();
    // At most every ProgressMs while files go by (an unchanged archive of
    // 50,000 files passes in a moment), and always for the first and the last.
    void progress(int done, int total, const QString &file);
    // Another import (another process) writes into the cache: this one waits
    // its turn (ImportLock). pid: the process holding it, 0 when unknown.
    void waiting(qint64 pid);
    void finished(const ImportReport &report);
    void removalFinished(const RemovalReport &report);

private:
    void launch();
    // The next queued work: the imports first, then the removals.
    void launchNext();
    void launchRemoval();
    void removalDone(const RemovalReport &report);
    // In the background: the import of paths into the cache at databasePath.
    ImportReport run(const QString &databasePath, const QStringList &paths, const QStringList &sources);
    void enqueue(const QString &databasePath, const QStringList &paths, bool sources);
    void done(const ImportReport &report);

    QString m_databasePath;
    QStringList m_queued;
    QStringList m_queuedSources; // those of m_queued the person named
    static constexpr qint64 ProgressMs = 50;
    QFuture<ImportReport> m_future;
    QStringList m_queuedRemovals;
    QFuture<RemovalReport> m_removalFuture;
    bool m_running = false; // from launch() until finished() was emitted
    QAtomicInteger<bool> m_cancel = false;
};

Q_DECLARE_METATYPE(ImportReport)
