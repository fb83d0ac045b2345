#include "pagecache.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

bool PageCache::evict(const QStringList &paths, QString &message)
{
    bool ok = true;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            message += u"cannot open %1: %2; "_s.arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ok = false;
            continue;
        }
        // Dirty pages are not dropped: write them back first.
        ::fdatasync(fd);
        const int advised = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        if (advised != 0) {
            message += u"posix_fadvise on %1: %2; "_s.arg(path, QString::fromLocal8Bit(std::strerror(advised)));
            ok = false;
        }
        ::close(fd);
    }
    return ok;
}

double PageCache::residentShare(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    const off_t size = ::lseek(fd, 0, SEEK_END);
    if (size <= 0) {
        ::close(fd);
        return -1;
    }
    void *map = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED)
        return -1;
    const long page = ::sysconf(_SC_PAGESIZE);
    const size_t pages = (size_t(size) + size_t(page) - 1) / size_t(page);
    std::vector<unsigned char> resident(pages);
    double share = -1;
    if (::mincore(map, size_t(size), resident.data()) == 0) {
        size_t in = 0;
        for (unsigned char r : resident)
            in += r & 1;
        share = double(in) / double(pages);
    }
    ::munmap(map, size_t(size));
    return share;
}
