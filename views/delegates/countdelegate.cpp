#include "views/delegates/countdelegate.h"

#include "views/delegates/categorycolors.h"
#include "views/delegates/countpainter.h"
#include "views/delegates/plaintooltip.h"

#include <QApplication>
#include <QLocale>
#include <QHelpEvent>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {

QColor colorOf(const QVariant &value)
{
    if (value.canConvert<QColor>() && value.metaType().id() == QMetaType::QColor)
        return value.value<QColor>();
    const QColor color = QColor::fromString(value.toString());
    return color;
}

// A round dot of colour, its edge a little darker (a light colour on a light base stays seen).
QIcon dotIcon(const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1.0));
    painter.setBrush(color);
    const qreal d = size * 0.7;
    painter.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

CountDelegate::CountDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(std::move(roles))
{
}

int CountDelegate::spacing(const QStyleOptionViewItem &option) const
{
    return qMax(4, option.fontMetrics.height() / 3);
}

int CountDelegate::dotSize(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height();
}

void CountDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_roles.bold && m_roles.bold(index)) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    }
    if (m_roles.color < 0)
        return;
    const QColor color = colorOf(index.data(m_roles.color));
    if (!color.isValid())
        return;
    const int size = dotSize(*option);
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
    option->icon = dotIcon(color, size, ratio);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

QString CountDelegate::unreadText(const QModelIndex &index) const
{
    const qint64 unread = m_roles.unread >= 0 ? index.data(m_roles.unread).toLongLong() : 0;
    return unread > 0 ? QLocale().toString(unread) : QString();
}

QString CountDelegate::countText(const QModelIndex &index) const
{
    if (m_roles.count < 0 || !index.data(m_roles.count).isValid())
        return {};
    return QLocale().toString(index.data(m_roles.count).toLongLong());
}

void CountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const int gap = spacing(option);
    const CountPainter counts(option.font, unreadText(index), countText(index), gap);
    const int reserved = counts.width() + 3 * gap;

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, qMax(0, textRect.width() - reserved));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    CountPainter::drawCheckEdge(painter, opt);

    const CountPainter::Colors colors = CountPainter::colors(opt);
    counts.paint(painter, opt.rect.adjusted(0, 0, -gap, 0), CategoryColors::muted(colors.text, colors.base),
                 colors.text);
}

QSize CountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return CountPainter::withRoomForCounts(QStyledItemDelegate::sizeHint(opt, index), option, spacing(option));
}

bool CountDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    const std::optional<bool> toggled = CountPainter::toggleOnClick(event, model, option, index);
    return toggled ? *toggled : QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool CountDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines{index.data(Qt::ToolTipRole).toString()};
    if (lines.first().isEmpty())
        lines.first() = index.data(Qt::DisplayRole).toString();
    if (m_roles.count >= 0 && index.data(m_roles.count).isValid()) {
        const qint64 count = index.data(m_roles.count).toLongLong();
        const qint64 unread = m_roles.unread >= 0 ? index.data(m_roles.unread).toLongLong() : 0;
        lines.append(tr("%Ln item(s), %1 unread", nullptr, int(qMin<qint64>(count, INT_MAX)))
                             .arg(QLocale().toString(unread)));
    }
    return PlainToolTip::show(event, view, lines);
}
