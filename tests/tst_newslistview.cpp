// The news list's view (issue 15, item 8): a title-only item is a shorter
// row, and a list of a million rows still asks only the rows it paints for
// their height. Offscreen, with NewsDelegate over a model that counts which
// rows were asked for their summary.

#include "models/itemmodels/newslistmodel.h"
#include "views/delegates/newsdelegate.h"
#include "views/panes/newslistview.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QScrollBar>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rows "Rubrik N"; every third row (0, 3, 6, …) is title-only.
class RowsModel final : public QAbstractListModel
{
public:
    explicit RowsModel(int rows)
        : m_rows(rows)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const int id = m_first + index.row();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case NewsListModel::TitleRole:
            return u"Rubrik %1"_s.arg(id);
        case NewsListModel::SummaryRole:
            asked.insert(id);
            return id % 3 == 0 ? QString() : u"En sammanfattning av nyheten."_s;
        case NewsListModel::CategoriesRole:
            return QStringList{u"Kultur"_s};
        case NewsListModel::ReadRole:
            return true;
        default:
            return {};
        }
    }

    // Removes count rows at the top (ids go on from there).
    void removeTop(int count)
    {
        beginRemoveRows({}, 0, count - 1);
        m_rows -= count;
        m_first += count;
        endRemoveRows();
    }

    void append(int count)
    {
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }

    static bool titleOnly(int id) { return id % 3 == 0; }

    mutable QSet<int> asked;

private:
    int m_rows = 0;
    int m_first = 0;
};

} // namespace

class TestNewsListView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleOnlyRowsAreShorter();
    void aMillionRowsAskOnlyWhatIsShown();
    void learningAHeightKeepsTheTopRowInPlace();
    void keyboardMovesByRowAndPage_data();
    void keyboardMovesByRowAndPage();
    void shiftClickSelectsTheRowsBetween();
    void removedAndAddedRowsKeepTheirHeights();
    void compactRowsAreAllOneHeight();

private:
    void show(NewsListView &view, QAbstractItemModel &model, NewsDelegate &delegate);
};

void TestNewsListView::show(NewsListView &view, QAbstractItemModel &model, NewsDelegate &delegate)
{
    view.setItemDelegate(&delegate);
    view.setModel(&model);
    view.resize(400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->repaint();
}

void TestNewsListView::titleOnlyRowsAreShorter()
{
    RowsModel model(30);
    NewsDelegate delegate;
    NewsListView view;
    show(view, model, delegate);
    const int usual = view.usualRowHeight();
    QCOMPARE(view.visualRect(model.index(1)).height(), usual);
    QVERIFY2(view.visualRect(model.index(0)).height() < usual,
             qPrintable(u"%1 of %2"_s.arg(view.visualRect(model.index(0)).height()).arg(usual)));
    // Rows follow each other without gaps, and a point finds its row.
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        const QRect rect = view.visualRect(model.index(row));
        if (rect.top() > view.viewport()->height())
            break;
        QCOMPARE(view.visualRect(model.index(row + 1)).top(), rect.bottom() + 1);
        QCOMPARE(view.indexAt(rect.center()).row(), row);
        QCOMPARE(rect.height() < usual, RowsModel::titleOnly(row));
    }
}

// The height of a row is asked when it is painted, never for all rows: a
// list of 1,000,000 asks a few screens of rows, also after a jump to its
// middle and to its end.
void TestNewsListView::aMillionRowsAskOnlyWhatIsShown()
{
    RowsModel model(1'000'000);
    NewsDelegate delegate;
    NewsListView view;
    show(view, model, delegate);
    QCOMPARE(view.verticalScrollBar()->maximum() > 900'000 * (view.usualRowHeight() - 1), true);
    const QModelIndex middle = model.index(500'000);
    view.setCurrentIndex(middle);
    view.scrollTo(middle, QAbstractItemView::PositionAtCenter);
    view.viewport()->repaint();
    QVERIFY(view.viewport()->rect().contains(view.visualRect(middle).center()));
    QCOMPARE(view.indexAt(view.visualRect(middle).center()), middle);
    QTest::keyClick(&view, Qt::Key_End);
    view.viewport()->repaint();
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(view.currentIndex(), last);
    QVERIFY(view.viewport()->rect().contains(view.visualRect(last).center()));
    QVERIFY2(model.asked.size() < 200, qPrintable(QString::number(model.asked.size())));
}

// Scrolling up onto a row whose height was not known yet: the rows already
// on the screen move by the scroll, not by what was learned.
void TestNewsListView::learningAHeightKeepsTheTopRowInPlace()
{
    RowsModel model(1000);
    NewsDelegate delegate;
    NewsListView view;
    show(view, model, delegate);
    const QModelIndex row49 = model.index(49); // row 48 above it is title-only, not painted yet
    view.scrollTo(row49, QAbstractItemView::PositionAtTop);
    view.viewport()->repaint();
    QCOMPARE(view.visualRect(row49).top(), 0);
    QVERIFY(!model.asked.contains(48));
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() - 10);
    view.viewport()->repaint();
    QVERIFY(model.asked.contains(48));
    QVERIFY(view.visualRect(model.index(48)).height() < view.usualRowHeight());
    QCOMPARE(view.visualRect(row49).top(), 10);
}

void TestNewsListView::keyboardMovesByRowAndPage_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("row");

    QTest::newRow("down") << QList<int>{Qt::Key_Down, Qt::Key_Down} << 2;
    QTest::newRow("down and up") << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Up} << 1;
    QTest::newRow("end") << QList<int>{Qt::Key_End} << 99;
    QTest::newRow("end and home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
    QTest::newRow("up at the top") << QList<int>{Qt::Key_Up} << 0;
    QTest::newRow("down at the end") << QList<int>{Qt::Key_End, Qt::Key_Down} << 99;
}

void TestNewsListView::keyboardMovesByRowAndPage()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, row);
    RowsModel model(100);
    NewsDelegate delegate;
    NewsListView view;
    show(view, model, delegate);
    view.setCurrentIndex(model.index(0));
    for (int key : keys)
        QTest::keyClick(&view, Qt::Key(key));
    QCOMPARE(view.currentIndex().row(), row);

    // A page down moves about a screen of rows, and the row stays in sight.
    view.setCurrentIndex(model.index(0));
    QTest::keyClick(&view, Qt::Key_PageDown);
    view.viewport()->repaint();
    const int paged = view.currentIndex().row();
    QVERIFY2(paged > 3 && paged < 30, qPrintable(QString::number(paged)));
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(view.currentIndex())));
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(view.currentIndex().row(), 0);
}

void TestNewsListView::shiftClickSelectsTheRowsBetween()
{
    RowsModel model(20);
    NewsDelegate delegate;
    NewsListView view;
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    show(view, model, delegate);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(model.index(1)).center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, view.visualRect(model.index(4)).center());
    QList<int> rows;
    for (const QModelIndex &index : view.selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(view.currentIndex().row(), 4);
}

void TestNewsListView::removedAndAddedRowsKeepTheirHeights()
{
    RowsModel model(30);
    NewsDelegate delegate;
    NewsListView view;
    show(view, model, delegate);
    const int shortHeight = view.visualRect(model.index(0)).height();
    const qsizetype known = view.knownOddRows();
    QVERIFY(known > 2);
    model.removeTop(1); // row 0 is the item 1 now, row 2 the title-only item 3
    QCOMPARE(view.knownOddRows(), known - 1);
    QCOMPARE(view.visualRect(model.index(0)).height(), view.usualRowHeight());
    QCOMPARE(view.visualRect(model.index(2)).height(), shortHeight);
    model.append(5);
    QCOMPARE(view.visualRect(model.index(2)).height(), shortHeight);
    QCOMPARE(view.visualRect(model.index(3)).top(), view.visualRect(model.index(2)).bottom() + 1);
}

void TestNewsListView::compactRowsAreAllOneHeight()
{
    RowsModel model(30);
    NewsDelegate delegate;
    NewsListView view;
    show(view, model, delegate);
    const int usual = view.usualRowHeight();
    delegate.setCompact(true);
    view.doItemsLayout();
    view.viewport()->repaint();
    QVERIFY(view.usualRowHeight() < usual);
    QCOMPARE(view.knownOddRows(), 0);
    QCOMPARE(view.visualRect(model.index(0)).height(), view.visualRect(model.index(1)).height());
}

QTEST_MAIN(TestNewsListView)
#include "tst_newslistview.moc"
