#pragma once

#include "models/store/itemfilter.h"
#include "models/store/label.h"

#include <QList>
#include <QSet>
#include <QString>

class ReaderSession;

// What the tests of the organising actions share (tst_organisecontroller,
// tst_undo, tst_organisesession, tst_reorder): a label as a dialog gives it,
// a session opened with its side models read, and the items of the cache a
// filter passes, read through a connection of the test's own.
namespace OrganiseTestSupport {

// A label of this name and colour, not stored (id 0).
Label labelOf(const QString &name, const QString &color = QString());

// Opens session on the cache at cachePath and waits until its side models
// (labels, saved views, sources) have read their rows; false when it failed.
bool openSession(ReaderSession &session, const QString &cachePath);

// The items of the cache at cachePath that filter passes; empty when it cannot be opened.
QSet<qint64> idsWhere(const QString &cachePath, const ItemFilter &filter);
// The items that carry the label, hidden or not.
QSet<qint64> labelledIds(const QString &cachePath, const QString &label);
// The hidden items.
QSet<qint64> hiddenIds(const QString &cachePath);

QSet<qint64> toSet(const QList<qint64> &ids);

} // namespace OrganiseTestSupport
