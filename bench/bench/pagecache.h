#pragma once

#include <QString>
#include <QStringList>

// The system's page cache of a few files, for cold-start measurements.
class PageCache
{
public:
    // Writes back and drops the pages of each existing file
    // (posix_fadvise(POSIX_FADV_DONTNEED)); false with message when a file
    // cannot be opened or advised.
    static bool evict(const QStringList &paths, QString &message);
    // The share of the file's pages in memory (mincore()), 0..1; -1 when it
    // cannot be told (the file is missing, empty, or cannot be mapped).
    static double residentShare(const QString &path);
};
