#pragma once

#include <QMetaType>
#include <QString>

// A listing file of the cache and how many of its items are shown (not
// hidden), and how many of those are unread: a row of the sources pane.
struct SourceCount
{
    QString path; // as the cache holds it (absolute; ":/sample/…" for the sample)
    qint64 count = 0;
    qint64 unread = 0;

    friend bool operator==(const SourceCount &, const SourceCount &) = default;
};

Q_DECLARE_METATYPE(SourceCount)
