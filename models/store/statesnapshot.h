#pragma once

#include "models/store/label.h"
#include "models/store/savedview.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Everything the person made, by item identity: what `newsdesk state export`
// writes (models/export/statefile.h) and `state import` merges
// (NewsStore::mergeState). Independent of any cache: keys, not ids.
struct StateSnapshot
{
    struct Item
    {
        QByteArray key;   // the item's identity (a hash of title and summary)
        QString title;    // for people reading the file; ignored by a merge
        bool read = false;
        bool starred = false;
        bool hidden = false;
        bool forgotten = false; // hidden and forgotten for good (never shown again)
        QStringList labels;     // names
        QString note;           // empty: none

        friend bool operator==(const Item &, const Item &) = default;
    };

    QList<Label> labels;    // name, color, position (ids and counts are not carried)
    QList<Item> items;      // only items with some state, by key
    QList<SavedView> views; // name, position, filter
    qint64 lastVisit = 0;   // ms since the epoch; 0: none

    friend bool operator==(const StateSnapshot &, const StateSnapshot &) = default;
};

// What NewsStore::mergeState() changed, for the person ("Merged the state of
// 1,234 items, 3 new labels, 1 new view").
struct StateMerge
{
    qint64 items = 0;        // items whose state changed
    qint64 labelsAdded = 0;
    qint64 viewsAdded = 0;
    qint64 viewsReplaced = 0;
    qint64 notesJoined = 0;  // notes that differed on both sides, kept both (local first)
};

Q_DECLARE_METATYPE(StateSnapshot)
