#include "views/delegates/countpainter.h"

#include "views/delegates/categorycolors.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;

CountPainter::Colors CountPainter::colors(const QStyleOptionViewItem &option)
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    Colors colors;
    colors.group = !option.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
            : option.state.testFlag(QStyle::State_Active)       ? QPalette::Active
                                                                 : QPalette::Inactive;
    colors.text = option.palette.color(colors.group, selected ? QPalette::HighlightedText : QPalette::Text);
    colors.base = option.palette.color(colors.group, selected ? QPalette::Highlight : QPalette::Base);
    return colors;
}

QSize CountPainter::withRoomForCounts(QSize size, const QStyleOptionViewItem &option, int gap, int extra)
{
    size.rwidth() += option.fontMetrics.horizontalAdvance(u"0000000"_s) + 2 * gap + extra;
    size.rwidth() += QFontMetrics(boldFont(option.font)).horizontalAdvance(u"000000"_s) + gap;
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 2 * gap));
    return size;
}

std::optional<bool> CountPainter::toggleOnClick(QEvent *event, QAbstractItemModel *model,
                                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Qt::ItemFlags flags = model->flags(index);
    if (!flags.testFlag(Qt::ItemIsUserCheckable) || !flags.testFlag(Qt::ItemIsEnabled)
        || event->type() != QEvent::MouseButtonRelease)
        return std::nullopt;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
        return false;
    const auto state = static_cast<Qt::CheckState>(index.data(Qt::CheckStateRole).toInt());
    model->setData(index, state == Qt::Checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    return true;
}

QFont CountPainter::boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

void CountPainter::drawCheckEdge(QPainter *painter, const QStyleOptionViewItem &option)
{
    if (!option.features.testFlag(QStyleOptionViewItem::HasCheckIndicator))
        return;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    drawCheckEdge(painter, style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, widget),
                  option.palette);
}

void CountPainter::drawCheckEdge(QPainter *painter, const QRect &check, const QPalette &palette)
{
    if (!CategoryColors::isDark(palette) || check.isEmpty())
        return;
    QColor edge = palette.color(QPalette::Text);
    edge.setAlphaF(0.7f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(check).adjusted(1.5, 1.5, -1.5, -1.5), 1.5, 1.5);
    painter->restore();
}

CountPainter::CountPainter(const QFont &font, const QString &unread, const QString &count, int gap)
    : m_font(font)
    , m_bold(boldFont(font))
    , m_unread(unread)
    , m_count(count)
    , m_gap(gap)
    , m_countWidth(count.isEmpty() ? 0 : QFontMetrics(font).horizontalAdvance(count))
    , m_unreadWidth(unread.isEmpty() ? 0 : QFontMetrics(m_bold).horizontalAdvance(unread) + gap)
{
}

void CountPainter::paint(QPainter *painter, const QRect &rect, const QColor &countColor, const QColor &text) const
{
    painter->save();
    int right = rect.right();
    if (m_countWidth > 0) {
        painter->setFont(m_font);
        painter->setPen(countColor);
        painter->drawText(QRect(right - m_countWidth + 1, rect.top(), m_countWidth, rect.height()),
                          Qt::AlignRight | Qt::AlignVCenter, m_count);
        right -= m_countWidth + m_gap;
    }
    if (m_unreadWidth > 0) {
        // The unread items, bold, left of the total.
        painter->setFont(m_bold);
        painter->setPen(text);
        painter->drawText(QRect(right - m_unreadWidth + m_gap + 1, rect.top(), m_unreadWidth - m_gap, rect.height()),
                          Qt::AlignRight | Qt::AlignVCenter, m_unread);
    }
    painter->restore();
}
