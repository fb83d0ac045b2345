#include "models/store/sqlite/cachefile.h"

#include "models/support/logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QtEndian>

#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HeaderSize = 100;
constexpr qint64 WalHeaderSize = 32;
constexpr qint64 FrameHeaderSize = 24;
constexpr qint64 WalIndexHeaderSize = 48;
// The byte of the -shm that every connection of every program holds a read
// lock on (SQLite's os_unix.c, UNIX_SHM_DMS).
constexpr qint64 ShmDmsByte = 128;

quint32 be32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

// SQLite's checksum of a write-ahead log (its file format, section 4.3):
// over 32-bit words in the byte order the log's magic number names.
void walChecksum(const QByteArray &bytes, qsizetype from, qsizetype length, bool bigEndian, quint32 &s0,
                 quint32 &s1)
{
    const char *data = bytes.constData() + from;
    for (qsizetype i = 0; i + 8 <= length; i += 8) {
        const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                     : qFromLittleEndian<quint32>(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QMutex openHereMutex;
QHash<QString, int> openHere; // by fileKey(), guarded by openHereMutex

// The markers this process wrote (absolute cache paths): see markedHere().
QMutex markersMutex;
QSet<QString> markersWritten;

QString markerKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

void CacheFile::openedHere(const QString &path)
{
    const QMutexLocker lock(&openHereMutex);
    ++openHere[fileKey(path)];
}

void CacheFile::closedHere(const QString &path)
{
    const QMutexLocker lock(&openHereMutex);
    const auto it = openHere.find(fileKey(path));
    if (it != openHere.end() && --it.value() <= 0)
        openHere.erase(it);
}

bool CacheFile::isOpenHere(const QString &path)
{
    const QMutexLocker lock(&openHereMutex);
    return openHere.contains(fileKey(path));
}

bool CacheFile::markedHere(const QString &path)
{
    const QMutexLocker locker(&markersMutex);
    return markersWritten.contains(markerKey(path));
}

CacheFile::Check CacheFile::inspect(const QString &path, bool known)
{
    if (isOpenHere(path))
        return {}; // checked at its first open; opening it now would drop SQLite's locks (openedHere())
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        // Said by SQLite's open with its reason; not a damage.
        return {};
    }
    const qint64 size = file.size();
    if (size == 0)
        return {};
    if (QFile marker(path + u".damage"_s); known && !markedHere(path) && marker.open(QIODevice::ReadOnly)) {
        return {StoreFailure::Damaged, tr("The cache %1 was found damaged while it was read: %2")
                                               .arg(path, QString::fromUtf8(marker.read(4096)))};
    }
    const QByteArray header = file.read(HeaderSize);
    return checkHeader(path, header, size, known);
}

CacheFile::Check CacheFile::checkHeader(const QString &path, const QByteArray &header, qint64 size, bool known)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        if (known) {
            return {StoreFailure::Damaged,
                    tr("The cache %1 is damaged: its first bytes are not those of an SQLite database.").arg(path)};
        }
        return {StoreFailure::NotACache,
                tr("%1 is not a newsdesk cache: it is not an SQLite database. newsdesk leaves it untouched; "
                   "choose another cache with --db.")
                        .arg(path)};
    }
    if (header.size() < HeaderSize) {
        return {StoreFailure::Damaged,
                tr("The cache %1 is damaged: the file is cut short (%2 bytes).").arg(path).arg(size)};
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const bool powerOfTwo = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
    if (!powerOfTwo || header.at(21) != 64 || header.at(22) != 32 || header.at(23) != 32)
        return {StoreFailure::Damaged, tr("The cache %1 is damaged: its header is not valid.").arg(path)};
    // A write-ahead log with committed frames is checked first: a checkpoint
    // that a crash interrupted leaves page 1 (with the new page count) written
    // before the last pages, and SQLite completes it from the log.
    switch (walState(path, pageSize, size)) {
    case Wal::Foreign:
        return {StoreFailure::Damaged,
                tr("The cache %1 is damaged: the write-ahead log beside it (%2) belongs to another database.")
                        .arg(path, path + u"-wal"_s)};
    case Wal::Own:
        return {};
    case Wal::None:
        break;
    }
    const quint32 pages = be32(header, 28);
    const bool pagesValid = pages != 0 && be32(header, 24) == be32(header, 92);
    if (size % pageSize != 0 || (pagesValid && size < qint64(pages) * pageSize)) {
        return {StoreFailure::Damaged,
                tr("The cache %1 is damaged: the file is cut short (%2 bytes; its header speaks of %3).")
                        .arg(path)
                        .arg(size)
                        .arg(pagesValid ? qint64(pages) * pageSize : (size / pageSize + 1) * pageSize)};
    }
    return {};
}

CacheFile::Wal CacheFile::walState(const QString &path, quint32 pageSize, qint64 size)
{
    // The frames SQLite would apply: those after the log's header whose salts
    // match it and whose checksums follow on. A log of this cache never makes
    // it smaller (newsdesk never vacuums it) and has its page size.
    QFile wal(path + u"-wal"_s);
    if (!wal.open(QIODevice::ReadOnly) || wal.size() < WalHeaderSize)
        return Wal::None;
    const QByteArray head = wal.read(WalHeaderSize);
    const quint32 magic = be32(head, 0);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return Wal::None;
    const bool bigEndian = magic & 1;
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(head, 0, 24, bigEndian, s0, s1);
    if (s0 != be32(head, 24) || s1 != be32(head, 28))
        return Wal::None; // SQLite ignores a log whose header is not whole
    const quint32 walPageSize = be32(head, 8);
    if (walPageSize < 512 || walPageSize > 65536)
        return Wal::None;
    // Read every frame only when no other program has the cache open: then
    // SQLite reads them too. While one has (a window, an import), its
    // wal-index says which frames SQLite applies, and a log of hundreds of
    // megabytes is not read for each command.
    const std::optional<qint64> live = liveCommit(path, head, walPageSize, wal);
    const qint64 committedPages = live ? *live : lastCommit(wal, head, walPageSize, bigEndian, s0, s1);
    if (committedPages < 0)
        return Wal::None;
    if (walPageSize == pageSize && committedPages * pageSize >= size)
        return Wal::Own;
    qCWarning(lcStore) << "foreign write-ahead log beside" << path << ": page size" << walPageSize << "of"
                       << pageSize << "," << committedPages << "pages of" << size / pageSize;
    return Wal::Foreign;
}

qint64 CacheFile::lastCommit(QFile &wal, const QByteArray &head, quint32 walPageSize, bool bigEndian, quint32 s0,
                             quint32 s1)
{
    qint64 committedPages = -1;
    while (!wal.atEnd()) {
        const QByteArray frame = wal.read(FrameHeaderSize + walPageSize);
        if (frame.size() < FrameHeaderSize + qint64(walPageSize) || frame.mid(8, 8) != head.mid(16, 8))
            break;
        walChecksum(frame, 0, 8, bigEndian, s0, s1);
        walChecksum(frame, FrameHeaderSize, walPageSize, bigEndian, s0, s1);
        if (s0 != be32(frame, 16) || s1 != be32(frame, 20))
            break;
        if (const quint32 commit = be32(frame, 4); commit != 0)
            committedPages = commit;
    }
    return committedPages;
}

std::optional<qint64> CacheFile::liveCommit(const QString &path, const QByteArray &head, quint32 walPageSize,
                                            QFile &wal)
{
    // The -shm starts with SQLite's wal-index header (wal.c, WalIndexHdr), in
    // two copies, in the machine's byte order. A program with the cache open
    // holds a read lock on its DMS byte; while one does, SQLite trusts the
    // header (two equal copies, its checksum) and applies frames 1..mxFrame.
    QFile shm(path + u"-shm"_s);
    if (!shm.open(QIODevice::ReadOnly) || !lockedElsewhere(shm.handle(), ShmDmsByte))
        return std::nullopt;
    const QByteArray index = shm.read(2 * WalIndexHeaderSize);
    if (index.size() < 2 * WalIndexHeaderSize || index.left(WalIndexHeaderSize) != index.mid(WalIndexHeaderSize))
        return std::nullopt; // being written: read the frames
    const auto native = [&](qsizetype at) { return qFromUnaligned<quint32>(index.constData() + at); };
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(index, 0, 40, Q_BYTE_ORDER == Q_BIG_ENDIAN, s0, s1);
    const quint32 indexPageSize = qFromUnaligned<quint16>(index.constData() + 14);
    if (native(0) != 3007000 || index.at(12) != 1 || s0 != native(40) || s1 != native(44)
        || (indexPageSize == 1 ? 65536 : indexPageSize) != walPageSize || index.mid(32, 8) != head.mid(16, 8))
        return std::nullopt;
    const quint32 lastFrame = native(16);
    if (lastFrame == 0)
        return -1; // nothing committed since the log began again
    // The last committed frame: the header's salts, page count and running checksum.
    const quint32 pages = native(20);
    if (!wal.seek(WalHeaderSize + qint64(lastFrame - 1) * (FrameHeaderSize + walPageSize)))
        return std::nullopt;
    const QByteArray frame = wal.read(FrameHeaderSize);
    if (frame.size() < FrameHeaderSize || frame.mid(8, 8) != head.mid(16, 8) || be32(frame, 4) != pages
        || be32(frame, 16) != native(24) || be32(frame, 20) != native(28))
        return std::nullopt;
    return pages;
}

bool CacheFile::lockedElsewhere(int fd, qint64 byte)
{
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = byte;
    lock.l_len = 1;
    return fd >= 0 && ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
}

QString CacheFile::setAside(const QString &path, QString &error)
{
    const QString stamp = path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = stamp;
    for (int n = 2; QFile::exists(target) || QFile::exists(target + u"-wal"_s); ++n)
        target = stamp + u'-' + QString::number(n);
    QFile file(path);
    if (!file.rename(target)) {
        error = tr("Cannot set the damaged cache %1 aside as %2: %3").arg(path, target, file.errorString());
        return {};
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile companion(path + suffix);
        if (companion.exists() && !companion.rename(target + suffix)) {
            qCWarning(lcStore) << "cannot set" << companion.fileName() << "aside:" << companion.errorString();
            companion.remove(); // never left to a new cache
        }
    }
    if (QFile marker(path + u".damage"_s); marker.exists() && !marker.rename(target + u".damage"_s))
        marker.remove(); // never said of the new cache
    {
        const QMutexLocker locker(&markersMutex);
        markersWritten.remove(markerKey(path));
    }
    qCWarning(lcStore) << "damaged cache" << path << "set aside as" << target;
    return target;
}

bool CacheFile::markDamaged(const QString &path, const QString &error)
{
    QSaveFile marker(path + u".damage"_s);
    if (QFileInfo::exists(marker.fileName())) {
        // Said first by whoever wrote it; this process has met the damage itself now.
    } else if (!marker.open(QIODevice::WriteOnly) || marker.write(error.toUtf8()) < 0 || !marker.commit()) {
        qCWarning(lcStore) << "cannot record the damage of" << path << ":" << marker.errorString();
        return false;
    }
    const QMutexLocker locker(&markersMutex);
    markersWritten.insert(markerKey(path));
    return true;
}

bool CacheFile::isWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (info.exists() && !info.isWritable())
        return false;
    return !folder.exists() || folder.isWritable();
}

bool CacheFile::hasWalFiles(const QString &path)
{
    return QFileInfo::exists(path + u"-wal"_s) && QFileInfo::exists(path + u"-shm"_s);
}
