#pragma once

#include "models/store/statesnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What a merge of a state file (NewsStore::mergeState, `newsdesk state
// import`) decides the same way in either store: which names are refused,
// the snapshot's items joined by key, which labels are added with which
// colour, which views are added or replaced, how two differing notes are
// joined. SqliteStateExchange and PgStateExchange write what it decides.
class StateMergeRules
{
    Q_DECLARE_TR_FUNCTIONS(StateMergeRules)

public:
    // Why snapshot cannot be merged, as the end of a sentence naming the
    // store ("the label name “x” is empty or longer than 200 characters");
    // empty when it can.
    static QString refusal(const StateSnapshot &snapshot);

    // The text two differing notes are joined with.
    static QString noteSeparator() { return QStringLiteral("\n\n"); }

    // The snapshot's items with a key, each key once: marks joined (a
    // forgotten item is hidden too), label names normalised and joined, the
    // first non-empty note; in the snapshot's order.
    static QList<StateSnapshot::Item> joinedItems(const StateSnapshot &snapshot);

    // The labels to add, in order: the snapshot's (by position), then the
    // names only its items carry (itemLabelNames, sorted); none of known (the
    // store's normalised names), each once. A colour that is not "#rrggbb"
    // becomes the palette's next, as a label made in the window gets.
    static QList<Label> labelsToAdd(const StateSnapshot &snapshot, QStringList itemLabelNames, QSet<QString> known);

    // A view to write: added (replaces == 0) or replacing the filter of the
    // store's view of that name.
    struct ViewChange
    {
        QString name;
        ItemFilter filter;
        qint64 replaces = 0;
    };
    // Views by name (in the snapshot's order of positions): a new one added,
    // one whose filter differs from the store's (known) replaced; a filter
    // is never a list of ids.
    static QList<ViewChange> viewChanges(const QList<SavedView> &views, const QList<SavedView> &known);
};
