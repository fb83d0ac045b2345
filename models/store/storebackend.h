#pragma once

#include "models/store/categorycount.h"
#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/newsitem.h"
#include "models/store/savedview.h"
#include "models/store/sourcecount.h"
#include "models/store/statesnapshot.h"
#include "models/store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class ImportWriter;

// The seam between newsdesk and the database that holds its cache. NewsStore
// (the handle everyone holds) forwards to one StoreBackend; the parser, the
// importer, the item models and the views never learn which one runs.
// SqliteStore (models/store/sqlite/) is the only backend so far.
//
// A backend belongs to the thread that opened it. Every operation that can
// fail says so in its result: the value, or a sentence for people naming the
// cache (the failed statement and its error are logged under newsdesk.store).
// NewsStore documents what each operation means.
class StoreBackend
{
public:
    StoreBackend() = default;
    virtual ~StoreBackend() = default;
    Q_DISABLE_COPY_MOVE(StoreBackend)

    // Opening, the schema and its migrations. The value: what the person
    // must be told although the open worked (a state database restored).
    virtual StoreResult<QStringList> open(const QString &path, int targetVersion, bool readOnly) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // -1 when the schema cannot be read.
    virtual int schemaVersion() const = 0;

    // Reading.
    virtual StoreResult<qint64> itemCount(const ItemFilter &filter) const = 0;
    virtual StoreResult<bool> countIsKept(const ItemFilter &filter) const = 0;
    virtual StoreResult<QList<qint64>> itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const = 0;
    virtual StoreResult<QList<NewsItem>> items(const QList<qint64> &ids, qint64 textLimit) const = 0;
    virtual StoreResult<QList<CategoryCount>> categoryCounts(const ItemFilter &filter,
                                                             const std::function<bool()> &stop) const = 0;
    virtual StoreResult<QStringList> categoryNames() const = 0;
    virtual StoreResult<qint64> pendingIndexItems() const = 0;
    virtual StoreResult<QStringList> sourceFiles() const = 0;
    virtual StoreResult<QString> importStamp() const = 0;
    // The files and folders the person imported (the state database's).
    virtual StoreResult<QStringList> rememberedSources() const = 0;

    // What the backend derived from the search index is out of date.
    virtual void indexChanged() = 0;
    // Whether this connection may rebuild derived data that another one can
    // rebuild as well (NewsStore::setMirrorRebuilds()). Before open().
    virtual void setMirrorRebuilds(bool rebuilds) = 0;
    // Builds the derived indexes that no open builds (NewsStore::buildDerived()).
    // The value: false when stop() asked to leave it for later.
    virtual StoreResult<bool> buildDerived(const std::function<bool()> &stop) = 0;

    // The writer an import runs its statements through (on this backend's
    // connection and thread).
    virtual std::unique_ptr<ImportWriter> importWriter() = 0;

    // Calls changed (on this backend's thread, from its event loop) when
    // another connection's import committed, if the backend can tell
    // (NewsStore::watchChanges()); false: it cannot, the caller polls
    // importStamp(). The SQLite cache cannot.
    virtual bool watchChanges(std::function<void()> changed)
    {
        Q_UNUSED(changed)
        return false;
    }

    // Remembers the files and folders of an import (to rebuild the cache from).
    virtual StoreResult<> rememberSources(const QStringList &paths) = 0;

    // Reader state.
    virtual StoreResult<> setRead(const QList<qint64> &ids, bool read) = 0;
    virtual StoreResult<> setStarred(const QList<qint64> &ids, bool starred) = 0;
    virtual StoreResult<> setReadWhere(const ItemFilter &filter, bool read) = 0;
    // Sets change.mark to change.on where filter holds and the mark differs;
    // the value: exactly the ids that changed.
    // (change.ids is ignored.) change.expected >= 0: the filter must hold that
    // many items inside the write's transaction, else nothing is written
    // (StoreFailure::Outdated).
    virtual StoreResult<QList<qint64>> setMarkWhere(const ItemFilter &filter, const MarkChange &change) = 0;
    virtual StoreResult<> setMarks(const MarkChange &change, bool on) = 0;
    // The person's last visit of this cache (the state database's), ms since the epoch; 0: none.
    virtual StoreResult<qint64> lastVisit() const = 0;
    virtual StoreResult<> setLastVisit(qint64 msecsSinceEpoch) = 0;

    // Organising (NewsStore documents each).
    virtual StoreResult<QList<Label>> labels() const = 0;
    virtual StoreResult<QList<Label>> labelCounts(const ItemFilter &filter) const = 0;
    virtual StoreResult<Label> createLabel(const Label &label) = 0;
    virtual StoreResult<> updateLabel(const Label &label) = 0;
    // The person's order, in one transaction, writing only the positions:
    // ids first, in that order (those that no longer exist are passed
    // over), then the others in their order of before.
    virtual StoreResult<> setLabelOrder(const QList<qint64> &ids) = 0;
    virtual StoreResult<> setViewOrder(const QList<qint64> &ids) = 0;
    virtual StoreResult<MarkChange> deleteLabel(qint64 id) = 0;
    virtual StoreResult<> restoreLabel(const Label &label, const MarkChange &carried) = 0;
    virtual StoreResult<QString> note(qint64 id) const = 0;
    virtual StoreResult<> setNote(qint64 id, const QString &text) = 0;
    virtual StoreResult<qint64> forgetHidden(const ItemFilter &filter) = 0;
    // Hidden items not forgotten, by key: also those whose file is not in the cache now.
    virtual StoreResult<qint64> hiddenKeyCount() const = 0;
    virtual StoreResult<QList<SavedView>> savedViews() const = 0;
    virtual StoreResult<SavedView> saveView(const SavedView &view) = 0;
    virtual StoreResult<> deleteView(qint64 id) = 0;
    virtual StoreResult<QList<SourceCount>> sourceCounts() const = 0;
    virtual StoreResult<StateSnapshot> stateSnapshot() const = 0;
    virtual StoreResult<StateMerge> mergeState(const StateSnapshot &snapshot) = 0;
    virtual StoreResult<QStringList> removedFiles() const = 0;
    virtual StoreResult<qint64> itemsOfFiles(const QStringList &paths, bool heldElsewhere) const = 0;
    virtual StoreResult<> recordRemovedFiles(const QStringList &paths) = 0;
    virtual StoreResult<> liftRemovedFiles(const QStringList &paths) = 0;
};
