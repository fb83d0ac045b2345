#include "models/importing/cacherecovery.h"

#include "models/store/newsstore.h"
#include "models/support/logging.h"

using namespace Qt::StringLiterals;

QString CacheRecovery::setAside(const QString &path, QString &error)
{
    return NewsStore::setAside(path, error);
}

CacheRecovery::Result CacheRecovery::rebuild(const QString &path, const NewsImporter::Progress &progress)
{
    Result result;
    result.setAsideAs = setAside(path, result.error);
    if (result.setAsideAs.isEmpty())
        return result;
    NewsStore store;
    if (!store.open(path)) {
        result.error = store.errorString();
        return result;
    }
    result.sources = store.rememberedSources();
    if (store.lastReadFailed()) {
        result.error = store.readError();
        return result;
    }
    qCInfo(lcImport) << "rebuilding" << path << "from" << result.sources;
    NewsImporter importer(store);
    importer.setProgress(progress);
    result.report = importer.importPaths(result.sources);
    result.error = result.report.error;
    return result;
}

QString CacheRecovery::describe(const QString &path, const Result &result)
{
    if (result.setAsideAs.isEmpty())
        return tr("The damaged cache %1 could not be set aside: %2").arg(path, result.error);
    const QString aside = tr("The damaged cache %1 was set aside as %2.").arg(path, result.setAsideAs);
    if (result.sources.isEmpty()) {
        return aside + u' '
                + tr("newsdesk remembers no listing files for it: the new cache is empty. Import your listing "
                     "files again (newsdesk import); your read and starred marks are kept and come back with "
                     "the items.");
    }
    return aside + u' '
            + tr("A new cache was built from the %n listing file(s) and folder(s) newsdesk remembers, with "
                 "%1 items; your read and starred marks are kept.",
                 nullptr, int(result.sources.size()))
                      .arg(result.report.itemsTotal);
}
