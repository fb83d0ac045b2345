#pragma once

#include "models/listing/diagnostic.h"

#include <QStringList>

// What one import run did, file by file and in total.
struct ImportReport
{
    QStringList imported;   // read and stored
    QStringList skipped;    // unchanged since the last import
    QStringList rejected;   // not news listings; what they held before is kept
    QStringList removed;    // no longer exist; their items left the cache
    QStringList unreachableFolders; // missing or unreadable folders whose files' items were kept
    qint64 itemsNew = 0;    // items the cache did not hold before
    qint64 itemsTotal = 0;  // items in the cache afterwards
    Diagnostics diagnostics;
    QString error;          // a cache error that stopped the run
    bool cancelled = false;
    bool indexUpdated = false; // search index entries were written (an earlier import's, too)

    bool hasRejections() const { return !rejected.isEmpty(); }
    bool changedCache() const { return !imported.isEmpty() || !removed.isEmpty() || indexUpdated; }
};
