#pragma once

#include <QList>
#include <QMetaType>

// One mark set or cleared on many items, and exactly which items it changed: what undo needs.
struct MarkChange
{
    enum class Mark { Read, Starred };
    Mark mark = Mark::Read;
    bool on = true;    // the value set
    QList<qint64> ids; // the items whose mark changed (they had !on before), any order

    friend bool operator==(const MarkChange &, const MarkChange &) = default;
};

Q_DECLARE_METATYPE(MarkChange)
