#pragma once

#include <QListView>

#include <vector>

// The news list's view: a QListView (so keyboard, selection and the
// accessibility of a list stay Qt's) whose rows need not all be of one
// height, and which still never asks a million rows for their height.
//
// Every row is taken to be as tall as the delegate's size hint for no row in
// particular (a row with a summary) until it is about to be painted: then the
// delegate's hint for that row says its real height (a title-only row is
// shorter), and the view remembers it. A row's position is its row number
// times the usual height plus the differences of the rows above it that
// are known, so finding a position or the row at a position costs a binary
// search, whatever the number of rows. Learning a row's height never moves
// what is on the screen: the row at the top keeps its place (its lower edge
// when it is only partly shown), the rows below it follow.
//
// QListView's own layout (which walks every row) is not used: the geometry,
// painting, cursor moves and rubber-band selection are this class's.
class NewsListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsListView)

public:
    explicit NewsListView(QWidget *parent = nullptr);

    QRect visualRect(const QModelIndex &index) const override;
    QModelIndex indexAt(const QPoint &point) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void doItemsLayout() override;
    void reset() override;
    void setModel(QAbstractItemModel *model) override;

    // The height of a row whose real height is not known yet.
    int usualRowHeight() const { return m_usual; }
    // How many rows have a known height other than the usual one (tests).
    qsizetype knownOddRows() const { return qsizetype(m_odd.size()); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    QSize viewportSizeHint() const override;

private:
    // A row whose height is known to differ from the usual one.
    struct OddRow
    {
        int row = 0;
        int height = 0;
    };
    // The row at the top of the viewport and how far into it the view is scrolled.
    struct Anchor
    {
        int row = -1;
        qint64 into = 0;
    };

    int rowCount() const;
    int rowHeight(int row) const;
    // Where row starts in the content (row <= rowCount(): the end).
    qint64 rowTop(int row) const;
    // The row at content position y (clamped to the rows), -1 without rows.
    int rowAt(qint64 y) const;
    qint64 contentHeight() const;
    // The sum of (height - usual) of the odd rows before position (an index into m_odd).
    qint64 oddDelta(std::size_t position) const;
    std::size_t oddPosition(int row) const; // the first odd row >= row
    void setOddHeight(int row, int height);
    void rebuildSums();
    // Learns the real heights of the rows on screen, from the top one down,
    // keeping the top row in its place; true when any changed.
    bool learnVisibleRows();
    int hintedHeight(int row) const;
    Anchor anchor() const;
    void restore(const Anchor &anchor);
    void setOffset(qint64 offset);
    QStyleOptionViewItem itemOption() const;
    void paintRow(QPainter &painter, QStyleOptionViewItem option, const QModelIndex &index,
                  const QModelIndex &hover, bool focus) const;

    int m_usual = 1;
    std::vector<OddRow> m_odd;  // sorted by row
    std::vector<qint64> m_sums; // m_sums[i]: oddDelta(i + 1)
};
