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

// h-sources
StoreResult<QList<SourceCount>> SqliteStore::sourceCounts() const { return pending<QList<SourceCount>>(); }
StoreResult<StateSnapshot> SqliteStore::stateSnapshot() const { return pending<StateSnapshot>(); }
StoreResult<StateMerge> SqliteStore::mergeState(const StateSnapshot &) { return pending<StateMerge>(); }
StoreResult<QStringList> SqliteStore::removedFiles() const { return pending<QStringList>(); }
