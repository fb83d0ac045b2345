#include "models/listing/sourcename.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QString SamplePrefix = u":/sample/"_s;

// The sample's files in their order (by name, as the import reads them);
// resources never change while the program runs, so read once.
const QStringList &sampleNames()
{
    static const QStringList names =
        QDir(u":/sample"_s).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    return names;
}

qsizetype sampleIndex(const QString &path)
{
    if (!path.startsWith(SamplePrefix))
        return -1;
    return sampleNames().indexOf(path.mid(SamplePrefix.size()));
}

} // namespace

namespace SourceName {

QString display(const QString &path)
{
    const qsizetype index = sampleIndex(path);
    if (index < 0)
        return path;
    return QCoreApplication::translate("SourceName", "Sample news %1").arg(index + 1);
}

bool isSample(const QString &path)
{
    return sampleIndex(path) >= 0;
}

QString path(const QString &name)
{
    const QStringList &names = sampleNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString english = u"Sample news %1"_s.arg(i + 1);
        if (name == english || name == QCoreApplication::translate("SourceName", "Sample news %1").arg(i + 1))
            return SamplePrefix + names.at(i);
    }
    return name;
}

} // namespace SourceName
