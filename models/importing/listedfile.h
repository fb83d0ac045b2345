#pragma once

#include <QString>

// A file an import takes, as the listing of its paths found it
// (NewsImporter::listFiles()): the name it was given or found under, the name
// the cache knows it by, and its size and time from the one look the listing
// took at it, so that an unchanged file is known without another stat().
struct ListedFile
{
    QString given;
    QString path;       // stored path (ImportReader::storedPath())
    qint64 size = 0;
    qint64 mtime = 0;   // ms since the epoch, as ImportReader reads it
    bool looked = false; // size and mtime were taken (not for links and resources)
};
