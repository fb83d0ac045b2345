#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

// One mark set or cleared on many items, and exactly which items it changed:
// what undo needs. A mark is read, starred, hidden, or one label (labelId).
struct MarkChange
{
    enum class Mark { Read, Starred, Hidden, Label };
    Mark mark = Mark::Read;
    bool on = true;    // the value set
    QList<qint64> ids; // the items whose mark changed (they had !on before), any order
    qint64 labelId = 0; // Mark::Label: which label (Label::id)
    // NewsStore::deleteLabel()'s carried change only: every item key the label
    // was on, also of items not in the cache then (a removed file); ids holds
    // those that were. Empty elsewhere.
    QList<QByteArray> keys = {};
    // NewsStore::setMarkWhere() only: how many items the filter held when the
    // person chose them (the list they were shown); the write changes nothing
    // and fails with StoreFailure::Outdated when the filter holds another
    // number by then (an import came between). -1: not checked.
    qint64 expected = -1;

    friend bool operator==(const MarkChange &, const MarkChange &) = default;
};

Q_DECLARE_METATYPE(MarkChange)
