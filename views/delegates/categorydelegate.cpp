#include "views/delegates/categorydelegate.h"

#include "models/itemmodels/categorymodel.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/countpainter.h"
#include "views/delegates/plaintooltip.h"

#include <QApplication>
#include <QLocale>
#include <QHelpEvent>
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
    const int gap = spacing(option);
    const int bar = isAll ? 0 : barWidth(option);
    const CountPainter counts(option.font, unreadText(index), QLocale().toString(count), gap);
    // (one gap more than the numbers take: the style draws the name a text margin in)
    const int reserved = counts.width() + gap + (bar > 0 ? bar + gap : 0) + 2 * gap;

    // Name and check box, leaving room on the right for count and bar.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, qMax(0, textRect.width() - reserved));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    CountPainter::drawCheckEdge(painter, opt);

    const CountPainter::Colors colors = CountPainter::colors(opt);
    QRect inner = opt.rect.adjusted(0, 0, -gap, 0);
    if (bar > 0) {
        drawShareBar(painter, opt, QRect(inner.right() - bar + 1, inner.top(), bar, inner.height()), share);
        inner.setRight(inner.right() - bar - gap);
    }
    const QColor muted = CategoryColors::muted(colors.text, colors.base);
    counts.paint(painter, inner, count > 0 ? muted : muted.lighter(110), colors.text);
}

void CategoryDelegate::drawShareBar(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                                    double share)
{
    const CountPainter::Colors colors = CountPainter::colors(opt);
    const qreal h = qMax(3, opt.fontMetrics.height() / 4);
    const QRectF track(rect.left(), rect.center().y() - h / 2 + 1, rect.width(), h);
    QColor trackColour = colors.text;
    trackColour.setAlphaF(0.14f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColour);
    painter->drawRoundedRect(track, h / 2, h / 2);
    if (share > 0) {
        QRectF fill = track;
        fill.setWidth(qMax(h, track.width() * share));
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        painter->setBrush(selected ? colors.text : opt.palette.color(colors.group, QPalette::Highlight));
        painter->drawRoundedRect(fill, h / 2, h / 2);
    }
    painter->restore();
}

QString CategoryDelegate::unreadText(const QModelIndex &index)
{
    const qint64 unread = index.data(CategoryModel::UnreadRole).toLongLong();
    return unread > 0 ? QLocale().toString(unread) : QString();
}

QSize CategoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int gap = spacing(option);
    return CountPainter::withRoomForCounts(QStyledItemDelegate::sizeHint(option, index), option, gap,
                                           barWidth(option) + gap);
}

bool CategoryDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    const std::optional<bool> toggled = CountPainter::toggleOnClick(event, model, option, index);
    return toggled ? *toggled : QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool CategoryDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                       const QModelIndex &index)
{
    return PlainToolTip::show(event, view, index) || QStyledItemDelegate::helpEvent(event, view, option, index);
}
