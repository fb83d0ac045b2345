#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// What removing listing files from the archive did (NewsImporter::removeFiles,
// ImportTask::startRemoval): "Removed 2 files: 1,234 items removed, 12 kept
// (another file holds them)".
struct RemovalReport
{
    QStringList files;      // removed, as the cache named them
    qint64 itemsRemoved = 0; // items that left the cache
    qint64 itemsKept = 0;    // items of those files another file still holds
    QString error;           // why the removal failed (nothing was removed), naming the cache or the file
};

Q_DECLARE_METATYPE(RemovalReport)
