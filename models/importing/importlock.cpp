#include "models/importing/importlock.h"

#include "models/support/logging.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

ImportLock::ImportLock(const QString &cachePath)
    : m_cachePath(cachePath), m_lock(std::make_unique<QLockFile>(lockPath(cachePath)))
{
    m_lock->setStaleLockTime(0); // stale only when its process is gone
}

ImportLock::~ImportLock() = default; // QLockFile unlocks

QString ImportLock::lockPath(const QString &cachePath)
{
    // However the cache was named (relative, through a link), one lock file.
    const QFileInfo info(cachePath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + u".import-lock"_s;
}

ImportLock::Result ImportLock::acquire(const Waiting &waiting)
{
    m_error.clear();
    bool told = false;
    while (!m_lock->tryLock(told ? 500 : 0)) {
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = m_lock->error() == QLockFile::PermissionError
                    ? tr("cannot create the lock file %1: permission denied").arg(m_lock->fileName())
                    : tr("cannot create the lock file %1").arg(m_lock->fileName());
            qCWarning(lcImport).noquote() << m_error;
            return Result::Failed;
        }
        const qint64 pid = holder();
        if (!told)
            qCInfo(lcImport).noquote() << u"waiting for another import into %1 (process %2)"_s.arg(m_cachePath).arg(pid);
        told = true;
        if (waiting && !waiting(pid))
            return Result::Cancelled;
    }
    if (told)
        qCInfo(lcImport).noquote() << "the import into" << m_cachePath << "goes on: the other one is done";
    return Result::Locked;
}

void ImportLock::release()
{
    m_lock->unlock();
}

qint64 ImportLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock->getLockInfo(&pid, &host, &application) ? pid : 0;
}
