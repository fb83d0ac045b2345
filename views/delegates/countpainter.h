#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QSize>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QEvent;
class QModelIndex;
class QPainter;
class QRect;
class QStyleOptionViewItem;

// The numbers at the right end of a row in the side pane (CountDelegate) and
// the category pane (CategoryDelegate): the unread items in bold, when there
// are any, then the total, muted, right-aligned. One piece for both, so that
// the two panes say their counts alike.
class CountPainter final
{
public:
    // The colours of a row's own text as its state (selected, active,
    // enabled) wants them: text on base.
    struct Colors
    {
        QPalette::ColorGroup group = QPalette::Active;
        QColor text;
        QColor base;
    };
    static Colors colors(const QStyleOptionViewItem &option);
    static QFont boldFont(const QFont &font);
    // On a dark palette, an edge around the row's check box, which the
    // style (Fusion, also under the GTK theme) outlines in a darker window
    // colour that vanishes on a dark base.
    static void drawCheckEdge(QPainter *painter, const QStyleOptionViewItem &option);
    // The same edge around the check box in rect, on a dark palette (OutlinedCheckBox).
    static void drawCheckEdge(QPainter *painter, const QRect &check, const QPalette &palette);

    // A row's size with room for the numbers: size (the style's, for the
    // name) widened by the widest numbers, their gaps and extra (what else the
    // row draws), at least a line and two gaps high.
    static QSize withRoomForCounts(QSize size, const QStyleOptionViewItem &option, int gap, int extra = 0);
    // A click anywhere on a checkable, enabled row toggles its check box, as
    // in a filter list (both delegates' editorEvent()): whether the event was
    // taken, or nothing when it is not such a row (the base class decides).
    static std::optional<bool> toggleOnClick(QEvent *event, QAbstractItemModel *model,
                                             const QStyleOptionViewItem &option, const QModelIndex &index);

    // unread, count: the texts (an empty one is not drawn and takes no room);
    // gap: the space between them.
    CountPainter(const QFont &font, const QString &unread, const QString &count, int gap);

    // The room both take, with the gap after the unread number.
    int width() const { return m_unreadWidth + m_countWidth; }
    int countWidth() const { return m_countWidth; }
    // Paints them in rect, ending at its right edge: the total in countColor,
    // the unread number in bold in text.
    void paint(QPainter *painter, const QRect &rect, const QColor &countColor, const QColor &text) const;

private:
    QFont m_font;
    QFont m_bold;
    QString m_unread;
    QString m_count;
    int m_gap = 0;
    int m_countWidth = 0;
    int m_unreadWidth = 0; // with the gap
};
