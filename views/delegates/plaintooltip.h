#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QHelpEvent;
class QModelIndex;

// Tool tips that show item text and file names as what they are: text.
// QToolTip takes anything that looks like markup as rich text (a title
// "<b>…" turned bold, "<img src=file:…>" loaded a local file); here the text
// is escaped into rich text that shows it literally, and a huge text (a
// one-megabyte title) is cut so its layout cannot hold the GUI thread.
namespace PlainToolTip {

// Characters of item text a tool tip shows at most.
inline constexpr qsizetype MaxLength = 1000;

// text, escaped and cut, for QWidget::setToolTip() or QToolTip::showText().
QString of(const QString &text);
// lines one under the other, each escaped and cut (empty lines left out).
QString of(const QStringList &lines);

// For a delegate's helpEvent(): shows index's ToolTipRole as plain text.
// Returns whether the event was a tool tip event (handled).
bool show(QHelpEvent *event, QAbstractItemView *view, const QModelIndex &index);
// The same with the lines given.
bool show(QHelpEvent *event, QAbstractItemView *view, const QStringList &lines);

} // namespace PlainToolTip
