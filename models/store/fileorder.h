#pragma once

#include <QList>
#include <QString>

// A listing file as the sort by source orders it (ItemFilter::Sort::Source).
struct OrderedFile
{
    qint64 id = 0;
    qint64 ordinal = 0; // files.ordinal: the listing key's file part
    QString path;
};

// Sorts files by path in Swedish order (å ä ö after z, case folded),
// whatever the language shown; paths the collator finds equal by code point.
// Both stores order their files for Sort::Source with it.
void sortBySwedishPath(QList<OrderedFile> &files);
