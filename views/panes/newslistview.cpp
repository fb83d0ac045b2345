#include "views/panes/newslistview.h"

#include <QAbstractItemDelegate>
#include <QPaintEvent>
#include <QCursor>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>

#include <algorithm>

NewsListView::NewsListView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true); // (QListView's own layout is not used; this keeps it cheap if asked)
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void NewsListView::setModel(QAbstractItemModel *model)
{
    m_odd.clear();
    m_sums.clear();
    QListView::setModel(model);
}

void NewsListView::reset()
{
    m_odd.clear();
    m_sums.clear();
    QListView::reset();
}

int NewsListView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

std::size_t NewsListView::oddPosition(int row) const
{
    return std::size_t(std::lower_bound(m_odd.begin(), m_odd.end(), row,
                                        [](const OddRow &odd, int r) { return odd.row < r; })
                       - m_odd.begin());
}

qint64 NewsListView::oddDelta(std::size_t position) const
{
    return position == 0 ? 0 : m_sums[position - 1];
}

int NewsListView::rowHeight(int row) const
{
    const std::size_t position = oddPosition(row);
    if (position < m_odd.size() && m_odd[position].row == row)
        return m_odd[position].height;
    return m_usual;
}

qint64 NewsListView::rowTop(int row) const
{
    return qint64(row) * m_usual + oddDelta(oddPosition(row));
}

qint64 NewsListView::contentHeight() const
{
    return qint64(rowCount()) * m_usual + oddDelta(m_odd.size());
}

int NewsListView::rowAt(qint64 y) const
{
    const int count = rowCount();
    if (count == 0)
        return -1;
    // The last row that starts at or above y.
    int low = 0;
    int high = count - 1;
    while (low < high) {
        const int middle = low + (high - low + 1) / 2;
        if (rowTop(middle) <= y)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

void NewsListView::rebuildSums()
{
    m_sums.resize(m_odd.size());
    qint64 sum = 0;
    for (std::size_t i = 0; i < m_odd.size(); ++i) {
        sum += m_odd[i].height - m_usual;
        m_sums[i] = sum;
    }
}

void NewsListView::setOddHeight(int row, int height)
{
    const std::size_t position = oddPosition(row);
    const bool known = position < m_odd.size() && m_odd[position].row == row;
    if (height == m_usual) {
        if (!known)
            return;
        m_odd.erase(m_odd.begin() + qsizetype(position));
    } else if (known) {
        m_odd[position].height = height;
    } else {
        m_odd.insert(m_odd.begin() + qsizetype(position), OddRow{row, height});
    }
    rebuildSums();
}

QStyleOptionViewItem NewsListView::itemOption() const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, viewport()->width(), m_usual);
    return option;
}

int NewsListView::hintedHeight(int row) const
{
    const QModelIndex index = model()->index(row, modelColumn(), rootIndex());
    QAbstractItemDelegate *delegate = itemDelegateForIndex(index);
    return delegate ? qMax(1, delegate->sizeHint(itemOption(), index).height()) : m_usual;
}

NewsListView::Anchor NewsListView::anchor() const
{
    const qint64 offset = verticalOffset();
    const int row = rowAt(offset);
    return row < 0 ? Anchor{} : Anchor{row, offset - rowTop(row)};
}

void NewsListView::setOffset(qint64 offset)
{
    verticalScrollBar()->setValue(int(std::clamp<qint64>(offset, 0, verticalScrollBar()->maximum())));
}

void NewsListView::restore(const Anchor &anchor)
{
    if (anchor.row >= 0 && anchor.row < rowCount())
        setOffset(rowTop(anchor.row) + anchor.into);
}

bool NewsListView::learnVisibleRows()
{
    Anchor top = anchor();
    if (top.row < 0)
        return false;
    bool changed = false;
    const int old = rowHeight(top.row);
    const int height = hintedHeight(top.row);
    if (height != old) {
        setOddHeight(top.row, height);
        // The top row's lower edge stays where it was (its upper one, when it starts the view).
        if (top.into > 0)
            top.into = std::clamp<qint64>(top.into + (height - old), 0, height - 1);
        changed = true;
    }
    const qint64 bottom = rowTop(top.row) + top.into + viewport()->height();
    qint64 y = rowTop(top.row) + height;
    for (int row = top.row + 1; row < rowCount() && y < bottom; ++row) {
        const int rowHeightNow = hintedHeight(row);
        if (rowHeightNow != rowHeight(row)) {
            setOddHeight(row, rowHeightNow);
            changed = true;
        }
        y += rowHeightNow;
    }
    if (changed) {
        const QSignalBlocker blocker(verticalScrollBar()); // (no scroll: nothing moved on the screen)
        updateGeometries();
        restore(top);
    }
    return changed;
}

void NewsListView::doItemsLayout()
{
    // Not QListView's layout, which walks every row.
    const int usual = model() ? qMax(1, itemDelegate()->sizeHint(itemOption(), QModelIndex()).height()) : m_usual;
    if (usual != m_usual) {
        // Another font or row style: every known height is another one now.
        Anchor top = anchor();
        if (top.row >= 0)
            top.into = top.into * usual / qMax(1, rowHeight(top.row));
        m_usual = usual;
        m_odd.clear();
        m_sums.clear();
        QAbstractItemView::doItemsLayout();
        restore(top);
    } else {
        QAbstractItemView::doItemsLayout();
    }
    // The rows on the screen at their real heights at once (visualRect() is
    // right before the next paint).
    if (isVisible())
        learnVisibleRows();
}

void NewsListView::updateGeometries()
{
    const qint64 range = qMax<qint64>(0, contentHeight() - viewport()->height());
    verticalScrollBar()->setRange(0, int(qMin<qint64>(range, std::numeric_limits<int>::max())));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(qMax(1, m_usual / 3));
    horizontalScrollBar()->setRange(0, 0);
    QAbstractItemView::updateGeometries();
}

void NewsListView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    // Heights learned while painting may move rows: paint all of it again.
    viewport()->update();
}

int NewsListView::horizontalOffset() const
{
    return 0;
}

int NewsListView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

QRect NewsListView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex() || index.row() >= rowCount())
        return {};
    return QRect(0, int(rowTop(index.row()) - verticalOffset()), viewport()->width(), rowHeight(index.row()));
}

QModelIndex NewsListView::indexAt(const QPoint &point) const
{
    if (point.x() < 0 || point.x() >= viewport()->width() || point.y() < 0)
        return {};
    const qint64 y = verticalOffset() + point.y();
    if (y >= contentHeight())
        return {};
    const int row = rowAt(y);
    return row < 0 ? QModelIndex() : model()->index(row, modelColumn(), rootIndex());
}

void NewsListView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.row() >= rowCount())
        return;
    const int row = index.row();
    setOddHeight(row, hintedHeight(row));
    updateGeometries();
    const qint64 top = rowTop(row);
    const qint64 height = rowHeight(row);
    const qint64 offset = verticalOffset();
    const qint64 shown = viewport()->height();
    switch (hint) {
    case EnsureVisible:
        if (top < offset)
            setOffset(top);
        else if (top + height > offset + shown)
            setOffset(top + height - shown);
        break;
    case PositionAtTop:
        setOffset(top);
        break;
    case PositionAtBottom:
        setOffset(top + height - shown);
        break;
    case PositionAtCenter:
        setOffset(top - (shown - height) / 2);
        break;
    }
}

QModelIndex NewsListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers);
    const int count = rowCount();
    if (count == 0)
        return {};
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const qint64 page = viewport()->height();
    int target = row;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        target = row < 0 ? 0 : qMax(0, row - 1);
        break;
    case MoveDown:
    case MoveNext:
        target = qMin(count - 1, row + 1);
        break;
    case MoveHome:
        target = 0;
        break;
    case MoveEnd:
        target = count - 1;
        break;
    case MovePageUp:
        target = row <= 0 ? 0 : qMin(row - 1, rowAt(qMax<qint64>(0, rowTop(row) - page)));
        break;
    case MovePageDown:
        target = row < 0 ? 0 : qMax(qMin(count - 1, row + 1), rowAt(rowTop(row) + page));
        break;
    case MoveLeft:
    case MoveRight:
        return current;
    }
    return model()->index(qBound(0, target, count - 1), modelColumn(), rootIndex());
}

void NewsListView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel() || rowCount() == 0)
        return;
    const QRect area = rect.normalized();
    const int first = rowAt(verticalOffset() + qMax(0, area.top()));
    const int last = rowAt(verticalOffset() + qMax(0, area.bottom()));
    const QItemSelection selection(model()->index(first, modelColumn(), rootIndex()),
                                   model()->index(last, modelColumn(), rootIndex()));
    selectionModel()->select(selection, command);
}

QRegion NewsListView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const int firstShown = rowAt(verticalOffset());
    const int lastShown = rowAt(verticalOffset() + viewport()->height());
    if (firstShown < 0)
        return region;
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex())
            continue;
        const int first = qMax(range.top(), firstShown);
        const int last = qMin(range.bottom(), lastShown);
        if (first > last)
            continue;
        const qint64 top = rowTop(first) - verticalOffset();
        region += QRect(0, int(top), viewport()->width(), int(rowTop(last + 1) - rowTop(first)));
    }
    return region;
}

void NewsListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    if (parent == rootIndex() && !m_odd.empty()) {
        for (OddRow &odd : m_odd) {
            if (odd.row >= start)
                odd.row += end - start + 1;
        }
    }
    QListView::rowsInserted(parent, start, end);
}

void NewsListView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    if (parent == rootIndex() && !m_odd.empty()) {
        std::erase_if(m_odd, [&](const OddRow &odd) { return odd.row >= start && odd.row <= end; });
        for (OddRow &odd : m_odd) {
            if (odd.row > end)
                odd.row -= end - start + 1;
        }
        rebuildSums();
    }
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

QSize NewsListView::viewportSizeHint() const
{
    return QAbstractItemView::viewportSizeHint();
}

void NewsListView::paintEvent(QPaintEvent *event)
{
    if (!model())
        return;
    learnVisibleRows();
    QPainter painter(viewport());
    const QStyleOptionViewItem option = itemOption();
    const QModelIndex hover = viewport()->underMouse() ? indexAt(viewport()->mapFromGlobal(QCursor::pos()))
                                                       : QModelIndex();
    const bool focus = (hasFocus() || viewport()->hasFocus()) && currentIndex().isValid();
    const QRect area = event->rect();
    const int count = rowCount();
    for (int row = rowAt(verticalOffset() + qMax(0, area.top())); row >= 0 && row < count; ++row) {
        const qint64 top = rowTop(row) - verticalOffset();
        if (top > area.bottom())
            break;
        paintRow(painter, option, model()->index(row, modelColumn(), rootIndex()), hover, focus);
    }
}

void NewsListView::paintRow(QPainter &painter, QStyleOptionViewItem option, const QModelIndex &index,
                            const QModelIndex &hover, bool focus) const
{
    option.rect = visualRect(index);
    if (selectionModel() && selectionModel()->isSelected(index))
        option.state |= QStyle::State_Selected;
    if (option.state.testFlag(QStyle::State_Enabled)) {
        const bool enabled = model()->flags(index).testFlag(Qt::ItemIsEnabled);
        option.state.setFlag(QStyle::State_Enabled, enabled);
        option.palette.setCurrentColorGroup(enabled ? QPalette::Normal : QPalette::Disabled);
    }
    option.state.setFlag(QStyle::State_HasFocus, focus && index == currentIndex());
    option.state.setFlag(QStyle::State_MouseOver, index == hover);
    itemDelegateForIndex(index)->paint(&painter, option, index);
}
