#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

// Who has a cache open, across processes: every NewsStore holds a shared
// lock (flock(LOCK_SH)) on <cache>.users from open() to close(), and a
// damaged cache is set aside only under the exclusive lock, asked for
// without waiting (LOCK_EX | LOCK_NB): while any newsdesk (a window, a
// command, an import) has the cache open, it is not renamed under it.
// QLockFile cannot share, hence flock (<sys/file.h>).
//
// flock() locks belong to an open file description, not to a process: each
// CacheUsers opens the file itself, so the connections of one process (the
// window's GUI thread, its reader worker, an import or export task) are
// counted each on its own, and an exclusive lock asked for by the same
// process conflicts with them too. The window therefore never sets aside a
// cache under its own other connections: it must close them all first. The
// kernel drops the locks of a process that dies; the file itself stays (an
// empty file beside the cache; removing it would race with a new opener).
// Where the file cannot be made (a read-only folder) the shared lock is
// skipped: nobody can rename the cache there either.
class CacheUsers
{
    Q_DECLARE_TR_FUNCTIONS(CacheUsers)

public:
    enum class Exclusive { Locked, Busy, Failed };

    CacheUsers() = default;
    ~CacheUsers();
    Q_DISABLE_COPY_MOVE(CacheUsers)

    // The lock file of the cache at cachePath (however the folder is named).
    static QString usersPath(const QString &cachePath);

    // Takes the shared lock of an opener; waits only while another process
    // holds the exclusive one (a few renames). False when the file cannot be
    // opened (logged; the store opens anyway).
    bool lockShared(const QString &cachePath);
    // Takes the exclusive lock without waiting: Busy while any opener (of this
    // process too) holds the shared one.
    Exclusive tryLockExclusive(const QString &cachePath);
    void unlock();
    // Unlocks, and removes the lock file when this lock made it: the file
    // given as the cache was not one (nothing is left beside it).
    void unlockAndForget();
    // For people: the cache at cachePath cannot be set aside now, and when it will be.
    static QString inUse(const QString &cachePath);

    // Runs work (setting the state database aside and restoring it) while
    // nobody but the caller has the cache open: the one shared lock this
    // process holds on it (the store being opened) is turned exclusive
    // without waiting, and shared again afterwards. False, and work not run,
    // while another process or another store of this process has it open.
    static bool whileAlone(const QString &cachePath, const std::function<void()> &work);
    bool isLocked() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

private:
    bool openFile(const QString &cachePath);
    void relockShared();

    int m_fd = -1;
    bool m_made = false; // the lock file was made by this lock
    QString m_users; // usersPath() while a shared lock is registered (whileAlone())
    QString m_error;
};
