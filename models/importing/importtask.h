#pragma once

#include "models/importing/importreport.h"

#include <QAtomicInteger>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

// Runs an import on a worker thread with its own connection to the cache, so
// the GUI thread never waits on it. Paths asked for while one runs are queued
// and imported right after. Signals arrive in the thread that owns the task.
class ImportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTask)

public:
    explicit ImportTask(QObject *parent = nullptr);
    ~ImportTask() override; // cancels and waits for the worker

    void start(const QString &databasePath, const QStringList &paths);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString &file);
    void finished(const ImportReport &report);

private:
    void launch();

    QString m_databasePath;
    QStringList m_queued;
    QPointer<QThread> m_thread;
    QAtomicInteger<bool> m_cancel = false;
};

Q_DECLARE_METATYPE(ImportReport)
