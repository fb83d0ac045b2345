#pragma once

#include <QFont>
#include <QStyledItemDelegate>

// Paints one news item in the list: an unread dot, the title (bold while
// unread), a star when starred, the summary elided to two lines and the
// category chips. Every row has the same height, computed from the font, so
// the list can run with uniformItemSizes over a million rows.
class NewsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsDelegate)

public:
    explicit NewsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Metrics
    {
        int margin = 0;       // above and below the content
        int indent = 0;       // left edge to the text (room for the unread dot)
        int rightMargin = 0;
        int gap = 0;          // between title, summary and chips
        int titleHeight = 0;
        int lineHeight = 0;   // one summary line
        int chipHeight = 0;
        int chipPadding = 0;
        int rowHeight = 0;
        QFont titleFont;
        QFont chipFont;
    };
    const Metrics &metrics(const QFont &font) const;
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                    const QStringList &categories, const QColor &mutedColour) const;

    mutable QFont m_metricsFont;
    mutable Metrics m_metrics;
    mutable bool m_metricsValid = false;
};
