#pragma once

#include "models/store/statesnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

class QSqlQuery;
class SqliteConnection;

// Everything the person made, taken out of the state database and merged into
// it by item key (SqliteStore's stateSnapshot() and mergeState(): `state
// export` / `state import`). Every statement on the store's connection; a
// failed one is left in the connection for SqliteStore to report.
//
// A merge works set-wise: the snapshot is loaded into temporary tables
// (temp.merge_items, temp.merge_labels), then a handful of statements decide
// what changes and join it in, whatever the number of items.
class SqliteStateExchange
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStateExchange)

public:
    explicit SqliteStateExchange(const SqliteConnection &connection);

    // Read marks, starred, hidden and forgotten, labels (in label order) and
    // notes of every item that has any, by key, in key order, with the title
    // where the cache holds the item; labels and views in the person's order;
    // the last visit. Read row by row (a snapshot of 300,000 marks is
    // streamed, never held twice).
    StateSnapshot snapshot() const;
    // Merges snapshot in the caller's write transaction (see
    // NewsStore::mergeState): marks joined, labels and views by name, notes
    // that differ both kept (local first; a note that holds the other is
    // taken whole), the later last visit.
    StateMerge merge(const StateSnapshot &snapshot) const;

    // Why snapshot cannot be merged (for people, naming the cache:
    // StateMergeRules::refusal); empty when it can.
    static QString refusal(const StateSnapshot &snapshot, const QString &cachePath);

private:
    void readItems(StateSnapshot &snapshot) const;
    QList<Label> readLabels() const;
    QList<SavedView> readViews() const;
    bool loadItems(const StateSnapshot &snapshot) const;
    // The labels of the snapshot (and any an item names) that the state
    // database lacks, added after its own; the number added.
    qint64 addLabels(const StateSnapshot &snapshot) const;
    // Views by name: a new one added last, one whose filter differs replaced.
    void mergeViews(const QList<SavedView> &views, StateMerge &merged) const;
    // Which items change (temp.merge_changed), how many notes are joined.
    bool findChanges(StateMerge &merged) const;
    bool applyItems() const;
    bool mergeLastVisit(qint64 lastVisit) const;

    const SqliteConnection &m_connection;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
};
