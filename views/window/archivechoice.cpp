#include "views/window/archivechoice.h"

#include "models/store/newsstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ArchiveChoice {

namespace {
const QString SharedKey = u"archive/shared"_s;
}

QString remembered()
{
    const QString location = QSettings().value(SharedKey).toString();
    return NewsStore::isShared(location) ? location : QString();
}

void remember(const QString &location)
{
    QSettings settings;
    if (NewsStore::isShared(location))
        settings.setValue(SharedKey, location);
    else
        settings.remove(SharedKey);
}

QString toOpen(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString shared = remembered();
    return shared.isEmpty() ? NewsStore::defaultPath() : shared;
}

} // namespace ArchiveChoice
