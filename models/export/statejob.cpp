#include "models/export/statejob.h"

#include "models/importing/importlock.h"
#include "models/store/newsstore.h"
#include "models/store/statefile.h"
#include "models/support/logging.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

StateJob::StateJob(const QString &databasePath, const QString &filePath)
    : m_databasePath(databasePath)
    , m_filePath(filePath)
{
}

namespace {

StateJob::Result failed(StateJob::Result result, const QString &error, const char *what)
{
    qCWarning(lcExport) << what << error;
    result.error = error;
    return result;
}

} // namespace

StateJob::Result StateJob::exportState() const
{
    Result result;
    NewsStore store;
    if (!store.open(m_databasePath))
        return failed(result, store.errorString(), "the state export could not open the cache:");
    const StateSnapshot snapshot = store.stateSnapshot();
    if (store.lastReadFailed())
        return failed(result, store.readError(), "the state export could not read the cache:");
    QString error;
    if (!StateFile::write(snapshot, m_filePath, &error))
        return failed(result, error, "the state file could not be written:");
    result.items = snapshot.items.size();
    result.labels = snapshot.labels.size();
    result.views = snapshot.views.size();
    return result;
}

StateJob::Result StateJob::importState() const
{
    Result result;
    QString error;
    const std::optional<StateSnapshot> snapshot = StateFile::read(m_filePath, &error);
    if (!snapshot)
        return failed(result, error, "the state file could not be read:");
    ImportLock lock(m_databasePath);
    // Another import holds the cache: wait for it (a merge is short, and so is
    // most of an import's hold).
    if (lock.acquire([](qint64) { return true; }) != ImportLock::Result::Locked)
        return failed(result, lock.errorString(), "the state import could not lock the cache:");
    NewsStore store;
    if (!store.open(m_databasePath) || !store.mergeState(*snapshot, result.merged))
        return failed(result, store.errorString(), "the state import failed:");
    result.items = snapshot->items.size();
    result.labels = snapshot->labels.size();
    result.views = snapshot->views.size();
    return result;
}

QString StateJob::exportedText(const Result &result, const QString &filePath)
{
    return tr("Wrote your data to %1: the marks, labels and notes of %2, %3 and %4.")
            .arg(QDir::toNativeSeparators(filePath), tr("%Ln item(s)", nullptr, int(result.items)),
                 tr("%Ln label(s)", nullptr, int(result.labels)),
                 tr("%Ln saved view(s)", nullptr, int(result.views)));
}

QString StateJob::importedText(const Result &result, const QString &filePath)
{
    const StateMerge &merged = result.merged;
    QStringList parts{tr("%Ln item(s) changed", nullptr, int(merged.items)),
                      tr("%Ln new label(s)", nullptr, int(merged.labelsAdded)),
                      tr("%Ln new view(s)", nullptr, int(merged.viewsAdded))};
    if (merged.viewsReplaced > 0)
        parts.append(tr("%Ln view(s) replaced", nullptr, int(merged.viewsReplaced)));
    if (merged.notesJoined > 0)
        parts.append(tr("%Ln note(s) kept from both sides", nullptr, int(merged.notesJoined)));
    return tr("Merged your data from %1: %2.").arg(QDir::toNativeSeparators(filePath), parts.join(u", "_s));
}
