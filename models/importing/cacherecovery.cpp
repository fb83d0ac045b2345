#include "models/importing/cacherecovery.h"

#include "models/importing/importlock.h"
#include "models/store/newsstore.h"
#include "models/support/logging.h"

using namespace Qt::StringLiterals;

CacheRecovery::Result CacheRecovery::setAside(const QString &path, const QString &damage)
{
    Result result;
    ImportLock lock(path);
    qint64 importer = 0;
    switch (lock.acquire([&importer](qint64 pid) { importer = pid; return false; })) {
    case ImportLock::Result::Locked:
        break;
    case ImportLock::Result::Cancelled:
        result.inUse = true;
        result.error = importer > 0
                ? tr("The damaged cache %1 cannot be set aside now: an import into it is running (process %2). "
                     "It will be set aside and rebuilt the next time newsdesk opens it after that import has "
                     "ended.")
                          .arg(path)
                          .arg(importer)
                : tr("The damaged cache %1 cannot be set aside now: an import into it is running. It will be "
                     "set aside and rebuilt the next time newsdesk opens it after that import has ended.")
                          .arg(path);
        break;
    case ImportLock::Result::Failed:
        result.error = lock.errorString();
        return result;
    }
    if (!result.inUse)
        result.setAsideAs = NewsStore::setAside(path, result.error, &result.inUse);
    if (result.inUse) {
        qCWarning(lcImport).noquote() << result.error;
        if (!NewsStore::markDamaged(path, damage))
            qCWarning(lcImport) << "the damage of" << path << "could not be recorded for later";
    }
    return result; // the import lock goes: the rebuilding import takes it again
}

CacheRecovery::Result CacheRecovery::rebuild(const QString &path, const QString &damage,
                                             const NewsImporter::Progress &progress)
{
    Result result = setAside(path, damage);
    if (!result.setAsideAs.isEmpty())
        rebuildSetAside(path, result, progress);
    return result;
}

void CacheRecovery::rebuildSetAside(const QString &path, Result &result, const NewsImporter::Progress &progress)
{
    NewsStore store;
    if (!store.open(path)) {
        result.error = store.errorString();
        return;
    }
    result.sources = store.rememberedSources();
    if (store.lastReadFailed()) {
        result.error = store.readError();
        return;
    }
    qCInfo(lcImport) << "rebuilding" << path << "from" << result.sources;
    NewsImporter importer(store);
    importer.setProgress(progress);
    result.report = importer.importPaths(result.sources);
    result.error = result.report.error;
}

QString CacheRecovery::describe(const QString &path, const Result &result)
{
    if (result.inUse)
        return result.error;
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
