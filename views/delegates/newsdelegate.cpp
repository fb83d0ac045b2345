#include "views/delegates/newsdelegate.h"

#include "models/itemmodels/newslistmodel.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/plaintooltip.h"
#include "views/delegates/readericons.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

// At most what a row of width pixels can show of text, and one character more
// so that it is elided: no layout, elision or simplifying ever sees a whole
// item of megabytes (issue 12, item 2). Every shown character is at least a
// pixel wide; lines are the lines the row shows.
QString shownPart(const QString &text, int width, int lines = 1)
{
    const qsizetype limit = qsizetype(qMax(width, 16)) * lines + 1;
    if (text.size() <= limit)
        return text;
    qsizetype end = limit;
    if (text.at(end).isLowSurrogate())
        --end;
    return text.left(end);
}

// The summary as one run of text: paragraph breaks become spaces.
QString flatten(const QString &summary, int width)
{
    // Runs of spaces become one: cut generously before simplifying.
    return shownPart(summary, width, 8).simplified();
}

QStyle *styleOf(const QStyleOptionViewItem &opt)
{
    return opt.widget ? opt.widget->style() : QApplication::style();
}

} // namespace

NewsDelegate::NewsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const NewsDelegate::Metrics &NewsDelegate::metrics(const QFont &font) const
{
    if (m_metricsValid && font == m_metricsFont)
        return m_metrics;
    const QFontMetrics fm(font);
    Metrics m;
    m.titleFont = font;
    m.titleFont.setBold(true);
    m.chipFont = font;
    m.chipFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8.0);
    const QFontMetrics titleFm(m.titleFont);
    const QFontMetrics chipFm(m.chipFont);
    m.margin = qMax(4, fm.height() / 2);
    m.indent = qMax(14, fm.height());
    m.rightMargin = qMax(8, fm.height() / 2);
    m.gap = qMax(2, fm.height() / 5);
    m.titleHeight = titleFm.height();
    m.lineHeight = fm.lineSpacing();
    m.chipPadding = qMax(4, chipFm.height() / 2);
    m.chipHeight = chipFm.height() + 4;
    m.rowHeight = m.margin + m.titleHeight + m.gap + 2 * m.lineHeight + m.gap + m.chipHeight + m.margin;
    m_metricsFont = font;
    m_metrics = m;
    m_metricsValid = true;
    return m_metrics;
}

QSize NewsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const Metrics &m = metrics(option.font);
    // A small width: rows stretch to the viewport, and a long title must not
    // make the list scroll sideways.
    return {m.indent + 12 * m.lineHeight, m.rowHeight};
}

NewsDelegate::Colours NewsDelegate::colours(const QStyleOptionViewItem &opt)
{
    Colours c;
    c.selected = opt.state.testFlag(QStyle::State_Selected);
    c.group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
            : opt.state.testFlag(QStyle::State_Active)  ? QPalette::Active
                                                         : QPalette::Inactive;
    c.text = opt.palette.color(c.group, c.selected ? QPalette::HighlightedText : QPalette::Text);
    c.back = opt.palette.color(c.group, c.selected ? QPalette::Highlight : QPalette::Base);
    // On the selection colour, secondary text needs more of the text colour to stay readable.
    c.muted = CategoryColors::muted(c.text, c.back, c.selected ? 0.82f : 0.62f);
    return c;
}

void NewsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics &m = metrics(option.font);
    const Colours c = colours(opt);
    const bool read = index.data(NewsListModel::ReadRole).toBool();

    painter->save();
    opt.text.clear(); // (the parts below paint the text)
    opt.icon = QIcon();
    paintBackground(painter, opt, c);
    const QRect content = opt.rect.adjusted(m.indent, m.margin, -m.rightMargin, -m.margin);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!read)
        paintUnreadDot(painter, opt, content.top(), c);
    int y = paintTitleLine(painter, opt, content, index, c);
    y = paintSummary(painter, opt, QRect(content.left(), y, content.width(), 2 * m.lineHeight),
                     flatten(index.data(NewsListModel::SummaryRole).toString(), content.width()), c.muted);
    paintChips(painter, opt, QRect(content.left(), y + m.gap, content.width(), m.chipHeight),
               index.data(NewsListModel::CategoriesRole).toStringList(), c.muted);
    if (opt.state.testFlag(QStyle::State_HasFocus))
        paintFocus(painter, opt, c);
    painter->restore();
}

void NewsDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &opt, const Colours &c)
{
    // Background, selection and hover, as the style draws them.
    styleOf(opt)->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    // A hairline between rows.
    QColor line = opt.palette.color(c.group, QPalette::Text);
    line.setAlphaF(0.10f);
    painter->setPen(line);
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
}

void NewsDelegate::paintUnreadDot(QPainter *painter, const QStyleOptionViewItem &opt, int top,
                                  const Colours &c) const
{
    const Metrics &m = metrics(opt.font);
    const int d = qMax(6, m.titleHeight / 3);
    const QRectF dot(opt.rect.left() + (m.indent - d) / 2.0, top + (m.titleHeight - d) / 2.0, d, d);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.selected ? c.text : opt.palette.color(c.group, QPalette::Highlight));
    painter->drawEllipse(dot);
}

int NewsDelegate::paintTitleLine(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &content,
                                 const QModelIndex &index, const Colours &c) const
{
    // The title, bold while unread, with the star at its right end.
    const Metrics &m = metrics(opt.font);
    const int y = content.top();
    int titleWidth = content.width();
    if (index.data(NewsListModel::StarredRole).toBool()) {
        const int s = m.titleHeight - 2;
        const QRectF starRect(content.right() - s + 1, y + 1, s, s);
        painter->setPen(QPen(ReaderIcons::starColour().darker(130), 1.0));
        painter->setBrush(ReaderIcons::starColour());
        painter->drawPath(ReaderIcons::starPath(starRect));
        titleWidth -= s + m.gap * 2;
    }
    const bool read = index.data(NewsListModel::ReadRole).toBool();
    painter->setFont(read ? opt.font : m.titleFont);
    painter->setPen(c.text);
    const QFontMetrics titleFm(painter->font());
    const QString title = shownPart(index.data(NewsListModel::TitleRole).toString(), titleWidth);
    painter->drawText(QRect(content.left(), y, titleWidth, m.titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      titleFm.elidedText(title, Qt::ElideRight, titleWidth));
    return y + m.titleHeight + m.gap;
}

int NewsDelegate::paintSummary(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                               const QString &summary, const QColor &mutedColour) const
{
    // Two lines, the second elided.
    const Metrics &m = metrics(opt.font);
    painter->setFont(opt.font);
    painter->setPen(mutedColour);
    const QFontMetrics fm(opt.font);
    const QString text = shownPart(summary, rect.width(), 2);
    QString first = text;
    QString rest;
    {
        QTextLayout layout(text, opt.font);
        layout.beginLayout();
        QTextLine textLine = layout.createLine();
        if (textLine.isValid()) {
            textLine.setLineWidth(rect.width());
            first = text.left(textLine.textStart() + textLine.textLength());
            rest = text.mid(textLine.textStart() + textLine.textLength());
        }
        layout.endLayout();
    }
    int y = rect.top();
    painter->drawText(QRect(rect.left(), y, rect.width(), m.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(first.trimmed(), Qt::ElideRight, rect.width()));
    y += m.lineHeight;
    if (!rest.isEmpty()) {
        painter->drawText(QRect(rect.left(), y, rect.width(), m.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(rest.trimmed(), Qt::ElideRight, rect.width()));
    }
    return y + m.lineHeight;
}

void NewsDelegate::paintFocus(QPainter *painter, const QStyleOptionViewItem &opt, const Colours &c)
{
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(opt);
    focus.rect = opt.rect.adjusted(1, 1, -1, -1);
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    focus.backgroundColor = c.back;
    styleOf(opt)->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
}

void NewsDelegate::paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                              const QStringList &categories, const QColor &mutedColour) const
{
    const Metrics &m = metrics(option.font);
    painter->setFont(m.chipFont);
    const QFontMetrics fm(m.chipFont);
    const int spacing = qMax(4, m.chipPadding / 2);
    const qreal radius = m.chipHeight / 2.0;
    int x = rect.left();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString &name = categories.at(i);
        // Round up: horizontalAdvance() rounds to the nearest pixel, and
        // elidedText() elides text even a fraction wider than asked.
        const int textWidth = qCeil(QFontMetricsF(m.chipFont).horizontalAdvance(name)) + 1;
        const int chipWidth = textWidth + 2 * m.chipPadding;
        const QString more = tr("+%1").arg(categories.size() - i);
        const bool last = i == categories.size() - 1;
        const int reserve = last ? 0 : fm.horizontalAdvance(more) + spacing;
        if (x + chipWidth + reserve > rect.right() && x > rect.left()) {
            painter->setPen(mutedColour);
            painter->drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              more);
            return;
        }
        const int width = qMin(chipWidth, rect.right() - x);
        const QRectF chip(x, rect.top(), width, rect.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(CategoryColors::background(name, option.palette));
        painter->drawRoundedRect(chip, radius, radius);
        painter->setPen(CategoryColors::foreground(name, option.palette));
        painter->drawText(chip.adjusted(m.chipPadding, 0, -m.chipPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(name, Qt::ElideRight, width - 2 * m.chipPadding));
        x += width + spacing;
    }
}

bool NewsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                       const QModelIndex &index)
{
    return PlainToolTip::show(event, view, index) || QStyledItemDelegate::helpEvent(event, view, option, index);
}
