#pragma once

#include "models/search/searchmatcher.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QStyledItemDelegate>

#include <array>

// Paints one news item in the list: an unread dot, the title (bold while
// unread), a note marker when the item has a note, a star when starred, the
// summary elided to two lines, the label chips in their colours and the
// category chips (a compact row: a dot per label). Rows with a summary have one height, computed from the
// font; a title-only row is shorter (no blank summary lines). NewsListView
// asks a row's height only when it paints the row, so a list of a million
// rows never reads them all for their heights.
//
// With a search (NewsListModel::SearchRole) the matches in the title and the
// summary lines are marked in the palette's highlight colours
// (SearchMatcher::ranges(): compound parts too), the chips of the categories
// a term matches wear them as well, and the tool tip says which category
// matched when the text does not hold a term.
class NewsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsDelegate)

public:
    explicit NewsDelegate(QObject *parent = nullptr);

    // One line a row: the title only (with its dot, star and "new" marker).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Tool tips show item text as plain text (PlainToolTip).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // A line of text as the row paints it, and the parts of it marked.
    struct MarkedLine
    {
        QString text; // elided as painted
        QList<SearchMatcher::Range> marks;
    };
    // What the row of index paints in option.rect: its title and the two
    // lines of its summary with their marks, and the categories whose chips
    // are marked (paint() paints exactly this; tests ask it).
    struct RowText
    {
        MarkedLine title;
        std::array<MarkedLine, 2> summary;
        QStringList markedCategories;
        bool titleOnly = false; // no summary: a shorter row of the title and the chips
        bool hasChips = false;
        bool isNew = false;     // NewsListModel::NewRole: the "new" marker
    };
    RowText rowText(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The row's tool tip, one line each: the title and why it matched.
    QStringList toolTipLines(const QModelIndex &index) const;

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
        int rowHeight = 0;       // a row with a summary
        int titleOnlyHeight = 0; // a row without one
        QFont titleFont;
        QFont chipFont;
        QFont newFont;        // the "new" marker's
    };
    // The colours of a row in its state (selected, active, enabled).
    struct Colours
    {
        QPalette::ColorGroup group = QPalette::Active;
        bool selected = false;
        QColor text;
        QColor back;
        QColor muted; // the summary and the "+n" of chips that do not fit
    };
    static Colours colours(const QStyleOptionViewItem &opt);

    const Metrics &metrics(const QFont &font) const;
    // The parts of a row, top to bottom; the painter keeps what each sets.
    static void paintBackground(QPainter *painter, const QStyleOptionViewItem &opt, const Colours &c);
    void paintUnreadDot(QPainter *painter, const QStyleOptionViewItem &opt, int top, const Colours &c) const;
    // The rectangle of the content, and the width of the title (room for the star).
    QRect contentRect(const QStyleOptionViewItem &opt) const;
    int titleWidth(const QStyleOptionViewItem &opt, const QModelIndex &index) const;
    // The search of index's model, read once per search.
    const SearchMatcher &matcher(const QModelIndex &index) const;
    // The title on at most lines lines, the last elided.
    QList<MarkedLine> titleLines(const QStyleOptionViewItem &opt, const QModelIndex &index, const QFont &font,
                                 int lines) const;
    bool isTitleOnly(const QStyleOptionViewItem &opt, const QModelIndex &index) const;
    static bool isNew(const QModelIndex &index);
    static QString newText();
    int newMarkerWidth(const QStyleOptionViewItem &opt) const;
    std::array<MarkedLine, 2> summaryLines(const QStyleOptionViewItem &opt, const QModelIndex &index) const;
    // Returns where the summary starts.
    int paintTitleLine(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                       const QModelIndex &index, const RowText &text, const Colours &c) const;
    void paintNewMarker(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                        const Colours &c) const;
    // Returns the bottom of its second line.
    int paintSummary(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                     const std::array<MarkedLine, 2> &lines, const QColor &mutedColour) const;
    static void paintFocus(QPainter *painter, const QStyleOptionViewItem &opt, const Colours &c);
    // A chip of the chip line: a label (its colour) or a category.
    struct Chip
    {
        QString text;
        QColor back;
        QColor fore;
        bool label = false;
    };
    static QList<Chip> chips(const QStyleOptionViewItem &option, const QModelIndex &index,
                             const QStringList &marked);
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                    const QList<Chip> &chips, const QColor &mutedColour) const;
    static bool hasNote(const QModelIndex &index);
    static void paintNoteMarker(QPainter *painter, const QRectF &rect, const QColor &colour);
    // A compact row's dots for its labels (at most MaxDots).
    int labelDotsWidth(const QStyleOptionViewItem &opt, const QModelIndex &index) const;
    void paintLabelDots(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                        const QRect &rect) const;

    static constexpr qsizetype MaxDots = 5;
    static constexpr qsizetype NoteToolTipLength = 200;

    mutable QFont m_metricsFont;
    mutable Metrics m_metrics;
    mutable bool m_metricsValid = false;
    mutable bool m_metricsCompact = false;
    bool m_compact = false;
    mutable QString m_search;
    mutable SearchMatcher m_matcher; // of m_search
};
