#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

// One import at a time into a cache, across processes: a QLockFile beside the
// cache (<cache>.import-lock) held while an import runs. A second import waits
// its turn and says so (whose turn it is: the process holding the lock); a
// lock left by a process that died is taken over (QLockFile checks the
// process, never the age: an import may run for an hour). Other writers (the
// window's read marks) do not take it: they wait through SQLite's busy
// timeout, for one transaction of the import at most.
class ImportLock
{
    Q_DECLARE_TR_FUNCTIONS(ImportLock)

public:
    // Called when the lock is held by another import, with the process that
    // holds it (0 when the lock file does not say), then about twice a second
    // while it is; returning false gives up (the import is cancelled). Each
    // front end says it in its own words (the command line on stderr, the
    // window in its status bar).
    using Waiting = std::function<bool(qint64 pid)>;
    enum class Result { Locked, Cancelled, Failed };

    explicit ImportLock(const QString &cachePath);
    ~ImportLock();
    Q_DISABLE_COPY_MOVE(ImportLock)

    // The lock file of the cache at cachePath.
    static QString lockPath(const QString &cachePath);

    // Takes the lock, waiting for it as long as it takes (or until waiting
    // gives up). Failed: the lock file cannot be made (errorString() says why).
    Result acquire(const Waiting &waiting);
    void release();
    QString errorString() const { return m_error; }

private:
    qint64 holder() const;

    QString m_cachePath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};
