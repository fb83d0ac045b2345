#include "models/store/sqlite/cacheusers.h"

#include "models/support/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The shared locks this process holds, by lock file (whileAlone()).
QMutex registryMutex;
QHash<QString, QList<CacheUsers *>> registry;

int flockRetrying(int fd, int operation)
{
    int result = 0;
    do {
        result = ::flock(fd, operation);
    } while (result != 0 && errno == EINTR);
    return result;
}

} // namespace

CacheUsers::~CacheUsers()
{
    unlock();
}

QString CacheUsers::usersPath(const QString &cachePath)
{
    // The folder resolved, the file name kept: the same before and after the
    // cache exists, and after it was set aside and made anew.
    const QFileInfo info(cachePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName() + u".users"_s);
}

bool CacheUsers::openFile(const QString &cachePath)
{
    unlock();
    const QByteArray name = QFile::encodeName(usersPath(cachePath));
    m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    m_made = m_fd >= 0;
    if (m_fd < 0 && errno == EEXIST)
        m_fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0 && (errno == EACCES || errno == EROFS))
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC); // flock needs no write access
    if (m_fd < 0) {
        m_error = tr("cannot open the lock file %1: %2")
                          .arg(usersPath(cachePath), QString::fromLocal8Bit(std::strerror(errno)));
        qCInfo(lcStore).noquote() << m_error;
        return false;
    }
    return true;
}

bool CacheUsers::lockShared(const QString &cachePath)
{
    if (!openFile(cachePath))
        return false;
    if (flockRetrying(m_fd, LOCK_SH) != 0) {
        m_error = tr("cannot lock %1: %2").arg(usersPath(cachePath), QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcStore).noquote() << m_error;
        unlock();
        return false;
    }
    m_users = usersPath(cachePath);
    const QMutexLocker locker(&registryMutex);
    registry[m_users].append(this);
    return true;
}

CacheUsers::Exclusive CacheUsers::tryLockExclusive(const QString &cachePath)
{
    if (!openFile(cachePath))
        return Exclusive::Failed;
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return Exclusive::Locked;
    const int error = errno;
    unlock();
    if (error == EWOULDBLOCK)
        return Exclusive::Busy;
    m_error = tr("cannot lock %1: %2").arg(usersPath(cachePath), QString::fromLocal8Bit(std::strerror(error)));
    qCWarning(lcStore).noquote() << m_error;
    return Exclusive::Failed;
}

void CacheUsers::unlock()
{
    if (m_fd < 0)
        return;
    if (!m_users.isEmpty()) {
        const QMutexLocker locker(&registryMutex);
        if (auto found = registry.find(m_users); found != registry.end()) {
            found->removeOne(this);
            if (found->isEmpty())
                registry.erase(found);
        }
        m_users.clear();
    }
    ::close(m_fd); // releases the lock of this open file description
    m_fd = -1;
}

QString CacheUsers::inUse(const QString &cachePath)
{
    return tr("The damaged cache %1 cannot be set aside now: another newsdesk (a window or a command) has it "
              "open. It will be set aside and rebuilt the next time newsdesk opens it after that one has closed "
              "it.")
            .arg(cachePath);
}

void CacheUsers::unlockAndForget()
{
    if (m_fd >= 0 && m_made && !m_users.isEmpty())
        QFile::remove(m_users);
    unlock();
}

void CacheUsers::relockShared()
{
    if (flockRetrying(m_fd, LOCK_SH) != 0)
        qCWarning(lcStore) << "cannot lock" << m_users << "again:" << std::strerror(errno);
}

bool CacheUsers::whileAlone(const QString &cachePath, const std::function<void()> &work)
{
    const QString users = usersPath(cachePath);
    const QMutexLocker locker(&registryMutex);
    const QList<CacheUsers *> own = registry.value(users);
    if (own.isEmpty()) { // no store of this process is opening it
        CacheUsers exclusive;
        if (exclusive.tryLockExclusive(cachePath) == Exclusive::Busy)
            return false;
        work();
        return true;
    }
    if (own.size() > 1)
        return false; // this process's other connections
    CacheUsers *self = own.first();
    // Linux drops the shared lock before it tries the exclusive one: when that
    // fails, the shared lock is taken again (waiting for a set-aside at most).
    if (::flock(self->m_fd, LOCK_EX | LOCK_NB) != 0) {
        self->relockShared();
        return false;
    }
    work();
    self->relockShared();
    return true;
}
