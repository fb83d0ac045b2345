#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Listing text for comparing an export with the file it came from: white space
// at line ends (the samples have no-break spaces there) and at the end of the
// file does not count.
inline QString normalised(const QByteArray &bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    QString joined = lines.join(u'\n');
    while (joined.endsWith(u'\n'))
        joined.chop(1);
    return joined;
}
