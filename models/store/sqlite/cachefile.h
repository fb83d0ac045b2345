#pragma once

#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QFile;

// The files of an SQLite cache looked at as files, before SQLite opens them:
// cheap checks of the header, the size and a write-ahead log left beside the
// cache (they read the header and the log's frames, or only its last
// committed frame while another program has the cache open; never the
// cache's pages), and setting a damaged cache aside.
//
// SQLite itself would apply a write-ahead log of another database to the
// cache and, at the last close, write it into the file (a cache of 20,000
// items became one of 24): the log is checked before the first connection.
class CacheFile
{
    Q_DECLARE_TR_FUNCTIONS(CacheFile)

public:
    struct Check
    {
        StoreFailure kind = StoreFailure::None;
        QString error; // for people, names the file
        bool ok() const { return kind == StoreFailure::None; }
    };

    // What the files at path say about themselves. A missing or empty file is
    // fine (a new cache). known: the file was used as a newsdesk cache before
    // (the state database beside it names it, StateDatabase::belongsTo(), or
    // it is the default cache), so a file whose header is not SQLite's is
    // a damaged cache rather than some other file, which is never touched.
    static Check inspect(const QString &path, bool known);

    // Renames the cache and its -wal and -shm to <path>.damaged-<yyyyMMdd-HHmmss>
    // (-wal, -shm); the new name of the cache, or empty with error set.
    static QString setAside(const QString &path, QString &error);

    // Records that a read found the cache at path damaged (<path>.damage,
    // holding error), for a program that cannot set it aside now (the window,
    // with connections open on it; a command while another newsdesk has the
    // cache open): the next open() of another process finds it (inspect())
    // and the cache is set aside and rebuilt then. False when it cannot be
    // written. A marker already there is kept as it is.
    static bool markDamaged(const QString &path, const QString &error);
    // Whether this process wrote (or met) the marker of path: its own later opens (the
    // window's export, print, copy and imports) are not refused because of
    // it; they meet the damage itself, if at all, and say so. The marker is
    // for the next process.
    static bool markedHere(const QString &path);

    // POSIX advisory locks belong to a process, and closing any descriptor of
    // a file releases all of the process's locks on it, SQLite's included:
    // another process would then take this one's connections for gone and
    // delete the -wal and -shm under them ("disk I/O error", lost commits).
    // So a file that a connection of this process holds open (the cache, its
    // attached state database) is never opened here: inspect() passes it (it
    // was checked when the first connection opened it). Counted per process.
    static void openedHere(const QString &path);
    static void closedHere(const QString &path);
    static bool isOpenHere(const QString &path);

    // Whether a connection may write: the file (when it exists) and its folder.
    static bool isWritable(const QString &path);
    // Whether the folder holds a -wal and -shm beside path (a read-only
    // connection needs them, or must take the file as unchanging).
    static bool hasWalFiles(const QString &path);

private:
    static Check checkHeader(const QString &path, const QByteArray &header, qint64 size, bool known);
    // A write-ahead log beside the cache: none with committed frames, one of
    // this cache (SQLite applies it), or one of another database.
    enum class Wal { None, Own, Foreign };
    static Wal walState(const QString &path, quint32 pageSize, qint64 size);
    // The page count of the last commit in the log, read frame by frame with
    // the checksums from the header's (s0, s1); -1 when none.
    static qint64 lastCommit(QFile &wal, const QByteArray &head, quint32 walPageSize, bool bigEndian, quint32 s0,
                             quint32 s1);
    // The same from the wal-index (-shm) while another program has the cache
    // open (SQLite then uses it): nullopt when that is not so, or the index
    // does not agree with the log (then lastCommit() decides).
    static std::optional<qint64> liveCommit(const QString &path, const QByteArray &head, quint32 walPageSize,
                                            QFile &wal);
    // Whether another process holds a lock on byte of the file fd is open on.
    static bool lockedElsewhere(int fd, qint64 byte);
};
