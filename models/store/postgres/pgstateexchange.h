#pragma once

#include "models/store/statesnapshot.h"

#include <QDateTime>
#include <QList>

class PgConnection;

// The person's state on a shared archive, taken out as a snapshot and merged
// in by item key (PgStore's stateSnapshot() and mergeState(): `state export`
// / `state import`), with the decisions of StateMergeRules, as the SQLite
// cache does it (SqliteStateExchange). Every statement on the store's
// connection; a failed one leaves its sentence in the connection's error().
//
// A merge is set-wise: the snapshot goes into temporary tables
// (pg_temp.merge_items, merge_labels) in batches, then a handful of statements
// decide what changes and join it in, whatever the number of items.
class PgStateExchange
{
public:
    explicit PgStateExchange(const PgConnection &connection);

    // The person's marked, labelled and annotated items (by key, in key
    // order, with the archive's title); labels in their order; the last
    // visit. (Views come from PgStore::savedViews().)
    bool readItems(StateSnapshot &snapshot) const;
    bool readLabels(StateSnapshot &snapshot) const;
    bool readLastVisit(StateSnapshot &snapshot) const;

    // Merges snapshot inside the caller's transaction; knownViews: the
    // person's views now. False when a statement failed.
    bool merge(const StateSnapshot &snapshot, const QList<SavedView> &knownViews, StateMerge &merged) const;

private:
    bool loadItems(const StateSnapshot &snapshot) const;
    bool addLabels(const StateSnapshot &snapshot, StateMerge &merged) const;
    bool mergeViews(const StateSnapshot &snapshot, const QList<SavedView> &knownViews, StateMerge &merged) const;
    bool findChanges(StateMerge &merged) const;
    bool applyItems() const;

    const PgConnection &m_connection;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
};
