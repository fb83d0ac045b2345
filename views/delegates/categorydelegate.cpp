#include "views/delegates/categorydelegate.h"

#include "models/itemmodels/categorymodel.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/plaintooltip.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;


CategoryDelegate::CategoryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int CategoryDelegate::barWidth(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height() * 2;
}

int CategoryDelegate::spacing(const QStyleOptionViewItem &option) const
{
    return qMax(4, option.fontMetrics.height() / 3);
}

void CategoryDelegate::drawCheckEdge(QPainter *painter, const QStyleOptionViewItem &opt)
{
    if (!CategoryColors::isDark(opt.palette) || !opt.features.testFlag(QStyleOptionViewItem::HasCheckIndicator))
        return;
    // Fusion outlines item check boxes with a darker window colour, which
    // vanishes on a dark base: add a visible edge.
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
    QColor edge = opt.palette.color(QPalette::Text);
    edge.setAlphaF(0.45f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(check).adjusted(1.5, 1.5, -1.5, -1.5), 1.5, 1.5);
    painter->restore();
}

void CategoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const bool isAll = index.data(CategoryModel::IsAllRole).toBool();
    if (isAll) {
        opt.font.setBold(true);
        opt.fontMetrics = QFontMetrics(opt.font);
    } else if (index.data(CategoryModel::IsUncategorisedRole).toBool()) {
        opt.font.setItalic(true); // not a category's name
        opt.fontMetrics = QFontMetrics(opt.font);
    }
    const qint64 count = index.data(CategoryModel::CountRole).toLongLong();
    const double share = qBound(0.0, index.data(CategoryModel::ShareRole).toDouble(), 1.0);
    const QString countText = QLocale().toString(count);
    const QString unread = unreadText(index);
    const QFontMetrics fm(option.font);
    const QFont unreadFont = boldFont(option.font);
    const int gap = spacing(option);
    const int bar = isAll ? 0 : barWidth(option);
    const int countWidth = fm.horizontalAdvance(countText);
    const int unreadWidth = unread.isEmpty() ? 0 : QFontMetrics(unreadFont).horizontalAdvance(unread) + gap;
    // (one gap more than the numbers take: the style draws the name a text margin in)
    const int reserved = unreadWidth + countWidth + gap + (bar > 0 ? bar + gap : 0) + 2 * gap;

    // Name and check box, leaving room on the right for count and bar.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, qMax(0, textRect.width() - reserved));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    drawCheckEdge(painter, opt);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
            : opt.state.testFlag(QStyle::State_Active)                           ? QPalette::Active
                                                                                  : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    painter->save();
    const QRect inner = opt.rect.adjusted(0, 0, -gap, 0);
    int right = inner.right();
    if (bar > 0) {
        const qreal h = qMax(3, fm.height() / 4);
        const QRectF track(right - bar + 1, inner.center().y() - h / 2 + 1, bar, h);
        QColor trackColour = text;
        trackColour.setAlphaF(0.14f);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColour);
        painter->drawRoundedRect(track, h / 2, h / 2);
        if (share > 0) {
            QRectF fill = track;
            fill.setWidth(qMax(h, track.width() * share));
            painter->setBrush(selected ? text : opt.palette.color(group, QPalette::Highlight));
            painter->drawRoundedRect(fill, h / 2, h / 2);
        }
        right -= bar + gap;
    }
    painter->setFont(option.font);
    painter->setPen(count > 0 ? CategoryColors::muted(text, base) : CategoryColors::muted(text, base).lighter(110));
    painter->drawText(QRect(right - countWidth + 1, inner.top(), countWidth, inner.height()),
                      Qt::AlignRight | Qt::AlignVCenter, countText);
    if (!unread.isEmpty()) {
        // The unread items, bold, left of the total.
        right -= countWidth + gap;
        painter->setFont(unreadFont);
        painter->setPen(selected ? text : opt.palette.color(group, QPalette::Text));
        painter->drawText(QRect(right - unreadWidth + gap + 1, inner.top(), unreadWidth - gap, inner.height()),
                          Qt::AlignRight | Qt::AlignVCenter, unread);
    }
    painter->restore();
}

QString CategoryDelegate::unreadText(const QModelIndex &index)
{
    const qint64 unread = index.data(CategoryModel::UnreadRole).toLongLong();
    return unread > 0 ? QLocale().toString(unread) : QString();
}

QFont CategoryDelegate::boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QSize CategoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int gap = spacing(option);
    size.rwidth() += option.fontMetrics.horizontalAdvance(u"0000000"_s) + barWidth(option) + 3 * gap;
    size.rwidth() += QFontMetrics(boldFont(option.font)).horizontalAdvance(u"000000"_s) + gap;
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 2 * gap));
    return size;
}

bool CategoryDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    const Qt::ItemFlags flags = model->flags(index);
    if (!flags.testFlag(Qt::ItemIsUserCheckable) || !flags.testFlag(Qt::ItemIsEnabled))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
        const auto state = static_cast<Qt::CheckState>(index.data(Qt::CheckStateRole).toInt());
        model->setData(index, state == Qt::Checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool CategoryDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                       const QModelIndex &index)
{
    return PlainToolTip::show(event, view, index) || QStyledItemDelegate::helpEvent(event, view, option, index);
}
