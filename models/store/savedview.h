#pragma once

#include "models/store/itemfilter.h"

#include <QMetaType>
#include <QString>

// A saved view (a smart folder): a named filter in the side pane. Live: it is
// the filter, not a list of items, so new items that match appear in it.
struct SavedView
{
    static constexpr qsizetype MaxNameLength = 200;

    qint64 id = 0;     // 0: not stored
    QString name;      // unique, normalised as Label::normalisedName()
    int position = 0;  // order in the side pane, 0 first
    ItemFilter filter; // categories, match, search, unread/starred, labels, sort (never ids)

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

Q_DECLARE_METATYPE(SavedView)
