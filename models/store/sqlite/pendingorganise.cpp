// TEMPORARY (issue 16 in progress): placeholders for the organising part of
// SqliteStore while it is built on the h-store and h-sources branches. Each
// branch deletes the functions it implements; the file is deleted before the
// work is merged to main.
#include "models/store/sqlite/sqlitestore.h"

namespace {
template <typename T>
StoreResult<T> pending()
{
    return StoreResult<T>::failure(QStringLiteral("not built yet (issue 16)"));
}
} // namespace

// h-store
StoreResult<QList<Label>> SqliteStore::labels() const { return pending<QList<Label>>(); }
StoreResult<QList<Label>> SqliteStore::labelCounts(const ItemFilter &) const { return pending<QList<Label>>(); }
StoreResult<Label> SqliteStore::labelNamed(const QString &) const { return pending<Label>(); }
StoreResult<Label> SqliteStore::createLabel(const Label &) { return pending<Label>(); }
StoreResult<> SqliteStore::updateLabel(const Label &) { return pending<std::monostate>(); }
StoreResult<MarkChange> SqliteStore::deleteLabel(qint64) { return pending<MarkChange>(); }
StoreResult<> SqliteStore::restoreLabel(const Label &, const MarkChange &) { return pending<std::monostate>(); }
StoreResult<QString> SqliteStore::note(qint64) const { return pending<QString>(); }
StoreResult<> SqliteStore::setNote(qint64, const QString &) { return pending<std::monostate>(); }
StoreResult<qint64> SqliteStore::forgetHidden(const ItemFilter &) { return pending<qint64>(); }
StoreResult<QList<SavedView>> SqliteStore::savedViews() const { return pending<QList<SavedView>>(); }
StoreResult<SavedView> SqliteStore::savedView(const QString &) const { return pending<SavedView>(); }
StoreResult<SavedView> SqliteStore::saveView(const SavedView &) { return pending<SavedView>(); }
StoreResult<> SqliteStore::deleteView(qint64) { return pending<std::monostate>(); }
