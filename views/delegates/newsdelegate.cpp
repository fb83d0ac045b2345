#include "views/delegates/newsdelegate.h"

#include "models/export/htmlrenderer.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/search/searchquery.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/plaintooltip.h"
#include "views/delegates/readericons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTextOption>
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

using MarkedLine = NewsDelegate::MarkedLine;
using Range = SearchMatcher::Range;

// text[from, to) without white space at its ends, with the parts of marks in it.
MarkedLine slice(const QString &text, const QList<Range> &marks, qsizetype from, qsizetype to)
{
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    MarkedLine line{text.sliced(from, to - from), {}};
    for (const Range &mark : marks) {
        const qsizetype start = qMax(mark.start, from);
        const qsizetype end = qMin(mark.start + mark.length, to);
        if (end > start)
            line.marks.append({start - from, end - start});
    }
    return line;
}

// line elided to width, its marks cut where the text is.
MarkedLine elided(MarkedLine line, const QFontMetrics &fm, int width)
{
    const QString shown = fm.elidedText(line.text, Qt::ElideRight, width);
    if (shown == line.text)
        return line;
    // Elided on the right: a start of the text and an ellipsis.
    qsizetype kept = shown.endsWith(u'\u2026') ? shown.size() - 1 : shown.size();
    if (!line.text.startsWith(QStringView(shown).left(kept)))
        kept = 0;
    QList<Range> marks;
    for (const Range &mark : std::as_const(line.marks)) {
        const qsizetype end = qMin(mark.start + mark.length, kept);
        if (end > mark.start)
            marks.append({mark.start, end - mark.start});
    }
    return {shown, marks};
}

// text on at most lines lines of width in font, the last one elided, each
// with the parts of marks in it.
QList<MarkedLine> wrapped(const QString &text, const QList<Range> &marks, const QFont &font, int width, int lines)
{
    QList<MarkedLine> result;
    qsizetype from = 0;
    if (lines > 1) {
        QTextLayout layout(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (int i = 0; i < lines - 1 && from < text.size(); ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            const qsizetype end = line.textStart() + line.textLength();
            result.append(slice(text, marks, from, end));
            from = end;
        }
        layout.endLayout();
    }
    if (from < text.size() || result.isEmpty())
        result.append(slice(text, marks, from, text.size()));
    const QFontMetrics fm(font);
    for (MarkedLine &line : result)
        line = elided(line, fm, width);
    while (result.size() > 1 && result.constLast().text.isEmpty())
        result.removeLast();
    return result;
}

// One line in rect, in the painter's font and pen, its marks in the highlight colours.
void drawLine(QPainter *painter, const QRect &rect, const MarkedLine &line, const QPalette &palette)
{
    if (line.marks.isEmpty()) {
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, line.text);
        return;
    }
    QTextCharFormat marked;
    marked.setBackground(CategoryColors::highlightBackground(palette));
    marked.setForeground(CategoryColors::highlightForeground(palette));
    QList<QTextLayout::FormatRange> formats;
    for (const Range &mark : line.marks)
        formats.append({int(mark.start), int(mark.length), marked});
    QTextLayout layout(line.text, painter->font(), painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (!textLine.isValid()) {
        layout.endLayout();
        return;
    }
    textLine.setLineWidth(rect.width());
    layout.endLayout();
    const QFontMetricsF fm(painter->font());
    // The baseline where drawText() with AlignVCenter puts it.
    const qreal top = rect.top() + (rect.height() - fm.height()) / 2.0 + fm.ascent() - textLine.ascent();
    layout.draw(painter, QPointF(rect.left(), top));
}

} // namespace

NewsDelegate::NewsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void NewsDelegate::setCompact(bool compact)
{
    m_compact = compact;
    m_metricsValid = false;
}

const NewsDelegate::Metrics &NewsDelegate::metrics(const QFont &font) const
{
    if (m_metricsValid && font == m_metricsFont && m_compact == m_metricsCompact)
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
    // A title-only row: the title and the chips, no blank lines for a summary.
    m.titleOnlyHeight = m.margin + m.titleHeight + m.gap + m.gap + m.chipHeight + m.margin;
    if (m_compact) {
        // One line: the title, its dot, star and "new" marker.
        m.margin = qMax(3, fm.height() / 4);
        m.rowHeight = m.margin + m.titleHeight + m.margin;
        m.titleOnlyHeight = m.rowHeight;
    }
    m.newFont = font;
    m.newFont.setBold(true);
    m.newFont.setPointSizeF(m.chipFont.pointSizeF());
    m_metricsFont = font;
    m_metricsCompact = m_compact;
    m_metrics = m;
    m_metricsValid = true;
    return m_metrics;
}

QSize NewsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Metrics &m = metrics(option.font);
    // A small width: rows stretch to the viewport, and a long title must not
    // make the list scroll sideways. No index: the height of a row with a
    // summary, what NewsListView takes a row it has not painted yet to be.
    const bool titleOnly = index.isValid() && !m_compact && isTitleOnly(option, index);
    return {m.indent + 12 * m.lineHeight, titleOnly ? m.titleOnlyHeight : m.rowHeight};
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
    const RowText text = rowText(opt, index);
    const QRect content = contentRect(opt);
    const int top = content.top();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!read)
        paintUnreadDot(painter, opt, top, c);
    int y = paintTitleLine(painter, opt, QRect(content.left(), top, content.width(), content.bottom() - top + 1),
                           index, text, c);
    if (!m_compact) {
        if (!text.titleOnly) {
            y = paintSummary(painter, opt, QRect(content.left(), y, content.width(), 2 * m.lineHeight),
                             text.summary, c.muted);
        }
        paintChips(painter, opt, QRect(content.left(), y + m.gap, content.width(), m.chipHeight),
                   chips(opt, index, text.markedCategories), c.muted);
    }
    if (opt.state.testFlag(QStyle::State_HasFocus))
        paintFocus(painter, opt, c);
    painter->restore();
}

bool NewsDelegate::isTitleOnly(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    return flatten(index.data(NewsListModel::SummaryRole).toString(), contentRect(opt).width()).isEmpty();
}

bool NewsDelegate::isNew(const QModelIndex &index)
{
    return index.data(NewsListModel::NewRole).toBool();
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

QRect NewsDelegate::contentRect(const QStyleOptionViewItem &opt) const
{
    const Metrics &m = metrics(opt.font);
    return opt.rect.adjusted(m.indent, m.margin, -m.rightMargin, -m.margin);
}

int NewsDelegate::titleWidth(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    const Metrics &m = metrics(opt.font);
    int width = contentRect(opt).width();
    if (index.data(NewsListModel::StarredRole).toBool())
        width -= (m.titleHeight - 2) + m.gap * 2;
    if (isNew(index))
        width -= newMarkerWidth(opt) + m.gap * 2;
    if (hasNote(index))
        width -= m.titleHeight + m.gap;
    if (m_compact)
        width -= labelDotsWidth(opt, index);
    return qMax(0, width);
}

int NewsDelegate::newMarkerWidth(const QStyleOptionViewItem &opt) const
{
    const Metrics &m = metrics(opt.font);
    return QFontMetrics(m.newFont).horizontalAdvance(newText()) + 2 * m.chipPadding;
}

QString NewsDelegate::newText()
{
    return tr("New");
}

const SearchMatcher &NewsDelegate::matcher(const QModelIndex &index) const
{
    const QString search = index.data(NewsListModel::SearchRole).toString();
    if (search != m_search) {
        m_search = search;
        m_matcher = SearchMatcher(SearchQuery::parse(search));
    }
    return m_matcher;
}

QList<NewsDelegate::MarkedLine> NewsDelegate::titleLines(const QStyleOptionViewItem &opt,
                                                         const QModelIndex &index, const QFont &font,
                                                         int lines) const
{
    const int width = titleWidth(opt, index);
    const QString title = shownPart(index.data(NewsListModel::TitleRole).toString(), width, lines);
    const SearchMatcher &search = matcher(index);
    const QList<Range> marks = search.isEmpty() ? QList<Range>() : search.ranges(title);
    return wrapped(title, marks, font, width, lines);
}

std::array<NewsDelegate::MarkedLine, 2> NewsDelegate::summaryLines(const QStyleOptionViewItem &opt,
                                                                   const QModelIndex &index) const
{
    // Two lines, the second elided; the marks found on the text the row shows.
    const int width = contentRect(opt).width();
    const QString text = shownPart(flatten(index.data(NewsListModel::SummaryRole).toString(), width), width, 2);
    const SearchMatcher &search = matcher(index);
    const QList<Range> marks = search.isEmpty() ? QList<Range>() : search.ranges(text);
    qsizetype firstEnd = text.size();
    {
        QTextLayout layout(text, opt.font);
        layout.beginLayout();
        QTextLine textLine = layout.createLine();
        if (textLine.isValid()) {
            textLine.setLineWidth(width);
            firstEnd = textLine.textStart() + textLine.textLength();
        }
        layout.endLayout();
    }
    const QFontMetrics fm(opt.font);
    return {elided(slice(text, marks, 0, firstEnd), fm, width),
            elided(slice(text, marks, firstEnd, text.size()), fm, width)};
}

NewsDelegate::RowText NewsDelegate::rowText(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Metrics &m = metrics(option.font);
    const bool read = index.data(NewsListModel::ReadRole).toBool();
    const QStringList categories = index.data(NewsListModel::CategoriesRole).toStringList();
    const SearchMatcher &search = matcher(index);
    RowText row;
    row.isNew = isNew(index);
    row.titleOnly = !m_compact && isTitleOnly(option, index);
    row.hasChips = !m_compact
            && (!categories.isEmpty() || !index.data(NewsListModel::LabelsRole).toStringList().isEmpty());
    row.title = titleLines(option, index, read ? option.font : m.titleFont, 1).value(0);
    if (!m_compact && !row.titleOnly)
        row.summary = summaryLines(option, index);
    if (!m_compact && !search.isEmpty())
        row.markedCategories = search.matchingCategories(categories);
    return row;
}

QStringList NewsDelegate::toolTipLines(const QModelIndex &index) const
{
    QStringList lines{index.data(Qt::ToolTipRole).toString()};
    const SearchMatcher &search = matcher(index);
    if (!search.isEmpty()) {
        lines += HtmlRenderer::categoryReasons(search, index.data(NewsListModel::TitleRole).toString(),
                                               index.data(NewsListModel::SummaryRole).toString(),
                                               index.data(NewsListModel::CategoriesRole).toStringList());
    }
    if (isNew(index))
        lines.append(tr("New since your last visit"));
    const QStringList labels = index.data(NewsListModel::LabelsRole).toStringList();
    if (!labels.isEmpty())
        lines.append(tr("Labels: %1").arg(labels.join(u", "_s)));
    const QString note = index.data(NewsListModel::NoteRole).toString();
    if (!note.isEmpty()) {
        // The start of the note, on one line (PlainToolTip cuts long lines too).
        const QString shown = note.left(NoteToolTipLength).simplified();
        lines.append(tr("Note: %1").arg(note.size() > NoteToolTipLength ? shown + u'\u2026' : shown));
    }
    return lines;
}

int NewsDelegate::paintTitleLine(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                                 const QModelIndex &index, const RowText &text, const Colours &c) const
{
    // The title, bold while unread, with the star at its right end and the
    // "new" marker before it.
    const Metrics &m = metrics(opt.font);
    const int y = rect.top();
    int right = rect.right();
    if (index.data(NewsListModel::StarredRole).toBool()) {
        const int s = m.titleHeight - 2;
        const QRectF starRect(right - s + 1, y + 1, s, s);
        painter->setPen(QPen(ReaderIcons::starColour().darker(130), 1.0));
        painter->setBrush(ReaderIcons::starColour());
        painter->drawPath(ReaderIcons::starPath(starRect));
        right -= s + m.gap * 2;
    }
    if (text.isNew) {
        paintNewMarker(painter, opt, QRect(right - newMarkerWidth(opt) + 1, y, newMarkerWidth(opt), m.titleHeight), c);
        right -= newMarkerWidth(opt) + m.gap * 2;
    }
    if (hasNote(index)) {
        paintNoteMarker(painter, QRectF(right - m.titleHeight + 1, y, m.titleHeight, m.titleHeight), c.muted);
        right -= m.titleHeight + m.gap;
    }
    if (m_compact)
        paintLabelDots(painter, opt, index, QRect(right - labelDotsWidth(opt, index) + 1, y,
                                                  labelDotsWidth(opt, index), m.titleHeight));
    const bool read = index.data(NewsListModel::ReadRole).toBool();
    painter->setFont(read ? opt.font : m.titleFont);
    painter->setPen(c.text);
    drawLine(painter, QRect(rect.left(), y, titleWidth(opt, index), m.titleHeight), text.title, opt.palette);
    return y + m.titleHeight + m.gap;
}

void NewsDelegate::paintNewMarker(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                                  const Colours &c) const
{
    const Metrics &m = metrics(opt.font);
    const int height = qMin(rect.height(), m.chipHeight);
    const QRectF pill(rect.left(), rect.top() + (rect.height() - height) / 2.0, rect.width(), height);
    // On a selected row the selection's colours swap, so the marker stays seen.
    const QColor back = c.selected ? c.text : opt.palette.color(c.group, QPalette::Highlight);
    const QColor fore = c.selected ? c.back : opt.palette.color(c.group, QPalette::HighlightedText);
    painter->setPen(Qt::NoPen);
    painter->setBrush(back);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(m.newFont);
    painter->setPen(fore);
    painter->drawText(pill, Qt::AlignCenter, newText());
}

int NewsDelegate::paintSummary(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                               const std::array<MarkedLine, 2> &lines, const QColor &mutedColour) const
{
    const Metrics &m = metrics(opt.font);
    painter->setFont(opt.font);
    painter->setPen(mutedColour);
    int y = rect.top();
    for (const MarkedLine &line : lines) {
        if (!line.text.isEmpty())
            drawLine(painter, QRect(rect.left(), y, rect.width(), m.lineHeight), line, opt.palette);
        y += m.lineHeight;
    }
    return y;
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

QList<NewsDelegate::Chip> NewsDelegate::chips(const QStyleOptionViewItem &option, const QModelIndex &index,
                                             const QStringList &marked)
{
    // The labels first, in their colours; then the categories, a search's
    // matches in the highlight colours.
    QList<Chip> result;
    const QStringList labels = index.data(NewsListModel::LabelsRole).toStringList();
    const QStringList colours = index.data(NewsListModel::LabelColorsRole).toStringList();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QColor back(colours.value(i));
        const QColor shown = back.isValid() ? back : option.palette.color(QPalette::Mid);
        result.append({labels.at(i), shown, shown.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white), true});
    }
    for (const QString &name : index.data(NewsListModel::CategoriesRole).toStringList()) {
        const bool match = marked.contains(name);
        result.append({name,
                       match ? CategoryColors::highlightBackground(option.palette)
                             : CategoryColors::background(name, option.palette),
                       match ? CategoryColors::highlightForeground(option.palette)
                             : CategoryColors::foreground(name, option.palette),
                       false});
    }
    return result;
}

void NewsDelegate::paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                              const QList<Chip> &chips, const QColor &mutedColour) const
{
    const Metrics &m = metrics(option.font);
    const QFontMetrics fm(m.chipFont);
    const int spacing = qMax(4, m.chipPadding / 2);
    const qreal radius = m.chipHeight / 2.0;
    int x = rect.left();
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        QFont font = m.chipFont;
        font.setBold(chip.label);
        painter->setFont(font);
        // Round up: horizontalAdvance() rounds to the nearest pixel, and
        // elidedText() elides text even a fraction wider than asked.
        const int textWidth = qCeil(QFontMetricsF(font).horizontalAdvance(chip.text)) + 1;
        const int chipWidth = textWidth + 2 * m.chipPadding;
        const QString more = tr("+%1").arg(chips.size() - i);
        const bool last = i == chips.size() - 1;
        const int reserve = last ? 0 : fm.horizontalAdvance(more) + spacing;
        if (x + chipWidth + reserve > rect.right() && x > rect.left()) {
            painter->setFont(m.chipFont);
            painter->setPen(mutedColour);
            painter->drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              more);
            return;
        }
        const int width = qMin(chipWidth, rect.right() - x);
        const QRectF box(x, rect.top(), width, rect.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(chip.back);
        painter->drawRoundedRect(box, radius, radius);
        painter->setPen(chip.fore);
        painter->drawText(box.adjusted(m.chipPadding, 0, -m.chipPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(chip.text, Qt::ElideRight, width - 2 * m.chipPadding));
        x += width + spacing;
    }
}

bool NewsDelegate::hasNote(const QModelIndex &index)
{
    return !index.data(NewsListModel::NoteRole).toString().isEmpty();
}

void NewsDelegate::paintNoteMarker(QPainter *painter, const QRectF &rect, const QColor &colour)
{
    // A sheet with a folded corner and two lines of writing.
    const QRectF sheet = rect.adjusted(rect.width() * 0.2, rect.height() * 0.12, -rect.width() * 0.2,
                                       -rect.height() * 0.12);
    const qreal fold = sheet.width() * 0.35;
    QPainterPath path(sheet.topLeft());
    path.lineTo(sheet.right() - fold, sheet.top());
    path.lineTo(sheet.right(), sheet.top() + fold);
    path.lineTo(sheet.bottomRight());
    path.lineTo(sheet.bottomLeft());
    path.closeSubpath();
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    const qreal inset = sheet.width() * 0.22;
    for (const qreal at : {0.55, 0.75}) {
        const qreal y = sheet.top() + sheet.height() * at;
        painter->drawLine(QPointF(sheet.left() + inset, y), QPointF(sheet.right() - inset, y));
    }
}

int NewsDelegate::labelDotsWidth(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    const qsizetype labels = qMin<qsizetype>(index.data(NewsListModel::LabelsRole).toStringList().size(), MaxDots);
    if (labels == 0)
        return 0;
    const Metrics &m = metrics(opt.font);
    return int(labels) * (m.titleHeight / 2 + m.gap) + m.gap;
}

void NewsDelegate::paintLabelDots(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                                  const QRect &rect) const
{
    // A compact row has no chips: a dot in each label's colour says which.
    const Metrics &m = metrics(opt.font);
    const QStringList colours = index.data(NewsListModel::LabelColorsRole).toStringList();
    const int d = m.titleHeight / 2;
    int x = rect.left() + m.gap;
    painter->setPen(QPen(opt.palette.color(QPalette::Text), 0.8));
    for (qsizetype i = 0; i < qMin<qsizetype>(colours.size(), MaxDots); ++i) {
        painter->setBrush(QColor(colours.at(i)));
        painter->drawEllipse(QRectF(x, rect.top() + (rect.height() - d) / 2.0, d, d));
        x += d + m.gap;
    }
}

bool NewsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                       const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid())
        return PlainToolTip::show(event, view, toolTipLines(index));
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
