// The panes of issue 15, offscreen: the news pane's search box (Esc, Down and
// Enter), Shift-selection from the current item, zoom and compact rows; the
// detail pane's zoom; the two layouts and the hidden category pane with their
// sizes kept in saveState(); the category pane's context menu and its unread
// numbers; the status bar's counts; the bundled tool bar icons in light and
// dark palettes.

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/listing/sourcename.h"
#include "models/store/newsstore.h"
#include "views/delegates/categorydelegate.h"
#include "views/delegates/newsdelegate.h"
#include "views/delegates/readericons.h"
#include "views/panes/categorypane.h"
#include "views/panes/detailpane.h"
#include "views/panes/newspane.h"
#include "views/panes/readerpanes.h"
#include "views/panes/statusbar.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr int ItemCount = 30;

// The mean lightness of the opaque pixels of icon at size.
double inkLightness(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200) {
                sum += pixel.lightnessF();
                ++count;
            }
        }
    }
    return count > 0 ? sum / count : -1;
}

// The rows of the view's selection, sorted.
QList<int> selectedRows(const QListView *view)
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> range(int from, int to)
{
    QList<int> rows;
    for (int row = from; row <= to; ++row)
        rows.append(row);
    return rows;
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void escInTheSearchBoxClearsIt();
    void downOrEnterMovesIntoTheList_data();
    void downOrEnterMovesIntoTheList();
    void shiftSelectionExtendsFromTheCurrentItem_data();
    void shiftSelectionExtendsFromTheCurrentItem();
    void zoomChangesTheFontAndTheRowHeight();
    void compactRowsAreOneLine();
    void detailPaneZooms();
    void detailPaneNamesTheSample();

    void layoutsMoveThePanes();
    void saveStateKeepsBothLayoutsAndTheCategoryPane();
    void anOldSplitterStateStillRestores();
    void panesShrinkInProportion();

    void categoryContextMenuSignals_data();
    void categoryContextMenuSignals();
    void categoryDelegateShowsUnread();

    void statusBarCounts_data();
    void statusBarCounts();

    void bundledIconsReadOnLightAndDark();

private:
    // A pane over the cache, shown, with its list laid out.
    std::unique_ptr<NewsPane> newsPane();

    QTemporaryDir m_dir;
    NewsStore m_store;
    NewsListModel m_model;
    QTranslator m_english;
};

void TestPanes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    WindowTestSupport::isolate(m_dir.filePath(u"settings"_s), u"tst_panes"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The English catalogue holds the plural forms ("1 item", "2 items").
    QVERIFY(m_english.load(u":/i18n/newsdesk_en.qm"_s));
    QCoreApplication::installTranslator(&m_english);
    QList<WindowTestSupport::Listed> items;
    for (int i = 0; i < ItemCount; ++i) {
        items.append({u"Nyhet %1 om tåg"_s.arg(i), i % 3 == 0 ? QString() : u"Sammanfattning %1."_s.arg(i),
                      i % 5 == 4 ? QString() : i % 2 == 0 ? u"Kultur"_s : u"Trafik"_s});
    }
    const QString cache = m_dir.filePath(u"cache.sqlite"_s);
    QVERIFY(WindowTestSupport::importListing(cache, m_dir.filePath(u"listing.txt"_s), items));
    QVERIFY2(m_store.open(cache), qPrintable(m_store.errorString()));
    m_model.setStore(&m_store);
    QCOMPARE(m_model.rowCount(), ItemCount);
}

std::unique_ptr<NewsPane> TestPanes::newsPane()
{
    auto pane = std::make_unique<NewsPane>(&m_model, QIcon(), QIcon());
    pane->retranslate();
    pane->setState(NewsPane::State::List);
    pane->resize(500, 700);
    pane->QWidget::show();
    pane->activateWindow();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return nullptr;
    return pane;
}

// ---------------------------------------------------------------------------
// The news pane

void TestPanes::escInTheSearchBoxClearsIt()
{
    const auto pane = newsPane();
    QVERIFY(pane);
    auto *edit = pane->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *view = pane->view();
    QSignalSpy searched(pane.get(), &NewsPane::searchChanged);
    pane->focusSearch();
    QTest::keyClicks(edit, u"tåg"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), QString());
    QCOMPARE(searched.count(), 1); // at once, not after the typing delay
    QVERIFY(edit->hasFocus());
    // Esc in an empty box goes to the list.
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(view->hasFocus());
    QCOMPARE(searched.count(), 1);

    // The window's Esc (from anywhere) calls clearSearch().
    pane->setSearchText(u"öl"_s);
    pane->clearSearch();
    QCOMPARE(pane->searchText(), QString());
    QCOMPARE(searched.count(), 2);
}

void TestPanes::downOrEnterMovesIntoTheList_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("current"); // -1: none yet
    QTest::addColumn<int>("expected");
    QTest::newRow("Down, no current row") << int(Qt::Key_Down) << -1 << 0;
    QTest::newRow("Return, no current row") << int(Qt::Key_Return) << -1 << 0;
    QTest::newRow("Enter (keypad), no current row") << int(Qt::Key_Enter) << -1 << 0;
    QTest::newRow("Down keeps the item being read") << int(Qt::Key_Down) << 7 << 7;
    QTest::newRow("Return keeps the item being read") << int(Qt::Key_Return) << 7 << 7;
}

void TestPanes::downOrEnterMovesIntoTheList()
{
    QFETCH(int, key);
    QFETCH(int, current);
    QFETCH(int, expected);
    const auto pane = newsPane();
    QVERIFY(pane);
    auto *view = pane->view();
    if (current >= 0)
        pane->restoreCurrent(m_model.idAt(current), true);
    auto *edit = pane->findChild<QLineEdit *>(u"searchEdit"_s);
    QSignalSpy searched(pane.get(), &NewsPane::searchChanged);
    pane->focusSearch();
    QTest::keyClick(edit, Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), expected);
    QCOMPARE(selectedRows(view), QList<int>{expected});
    QCOMPARE(pane->shownId(), m_model.idAt(expected));
    // Enter applies the search typed at once; Down only one still waiting.
    QCOMPARE(searched.count(), key == Qt::Key_Down ? 0 : 1);
}

void TestPanes::shiftSelectionExtendsFromTheCurrentItem_data()
{
    QTest::addColumn<QString>("how");   // how the current row moved after the click
    QTest::addColumn<bool>("byMouse"); // Shift+click, else Shift+Down
    for (const QString &how : {u"next key (J)"_s, u"restored"_s, u"next unread"_s}) {
        QTest::addRow("%s, Shift+Down", qPrintable(how)) << how << false;
        QTest::addRow("%s, Shift+click", qPrintable(how)) << how << true;
    }
}

// Issue 15: Shift-selection extended from the row last clicked, not from the
// current one: the pane moved the current row through the selection model,
// which leaves the view's anchor (where Shift extends from) where the mouse
// put it. The pane now moves it through the view.
void TestPanes::shiftSelectionExtendsFromTheCurrentItem()
{
    QFETCH(QString, how);
    QFETCH(bool, byMouse);
    const auto pane = newsPane();
    QVERIFY(pane);
    auto *view = pane->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m_model.index(1)).center());
    QCOMPARE(view->currentIndex().row(), 1);
    if (how.startsWith(u"next key"_s)) {
        pane->moveCurrent(1);
        pane->moveCurrent(1);
    } else if (how == u"restored"_s) {
        pane->restoreCurrent(m_model.idAt(3));
    } else {
        // Rows 1 and 2 read: the next unread after 1 is 2 unless read; mark to be sure.
        QVERIFY(m_model.setRead({2}, true));
        QVERIFY(m_model.setRead({3}, false));
        QVERIFY(pane->nextUnread());
    }
    QCOMPARE(view->currentIndex().row(), 3);
    if (byMouse) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          view->visualRect(m_model.index(5)).center());
    } else {
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    }
    QCOMPARE(view->currentIndex().row(), 5);
    QCOMPARE(selectedRows(view), range(3, 5));
}

void TestPanes::zoomChangesTheFontAndTheRowHeight()
{
    const auto pane = newsPane();
    QVERIFY(pane);
    auto *view = pane->view();
    const qreal normalSize = view->font().pointSizeF();
    const int normalHeight = view->visualRect(m_model.index(0)).height();
    QSignalSpy zoomed(pane.get(), &NewsPane::zoomChanged);

    pane->setZoom(3);
    QCOMPARE(pane->zoom(), 3);
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(zoomed.takeFirst().at(0).toInt(), 3);
    QCOMPARE(view->font().pointSizeF(), normalSize + 3);
    const int zoomedHeight = view->visualRect(m_model.index(0)).height();
    QVERIFY2(zoomedHeight > normalHeight, qPrintable(u"%1 > %2"_s.arg(zoomedHeight).arg(normalHeight)));
    // Uniform rows: the second row starts where the first ends.
    QCOMPARE(view->visualRect(m_model.index(1)).top(), view->visualRect(m_model.index(0)).bottom() + 1);

    pane->setZoom(-2);
    QVERIFY(view->visualRect(m_model.index(0)).height() < normalHeight);
    pane->setZoom(100);
    QCOMPARE(pane->zoom(), NewsPane::MaxZoom);
    pane->setZoom(-100);
    QCOMPARE(pane->zoom(), NewsPane::MinZoom);
    pane->setZoom(0);
    QCOMPARE(view->font().pointSizeF(), normalSize);
    QCOMPARE(view->visualRect(m_model.index(0)).height(), normalHeight);
    QCOMPARE(zoomed.count(), 4);
    pane->setZoom(0);
    QCOMPARE(zoomed.count(), 4); // no change, no signal
}

void TestPanes::compactRowsAreOneLine()
{
    const auto pane = newsPane();
    QVERIFY(pane);
    auto *view = pane->view();
    const int normalHeight = view->visualRect(m_model.index(0)).height();
    pane->setCompact(true);
    QVERIFY(pane->isCompact());
    const int compactHeight = view->visualRect(m_model.index(0)).height();
    const QFontMetrics fm(view->font());
    QVERIFY2(compactHeight < 2 * fm.height(), qPrintable(QString::number(compactHeight)));
    QVERIFY2(compactHeight >= fm.height(), qPrintable(QString::number(compactHeight)));
    QVERIFY(compactHeight * 2 < normalHeight);
    // Zoom works in compact rows too.
    pane->setZoom(4);
    QVERIFY(view->visualRect(m_model.index(0)).height() > compactHeight);
    pane->setZoom(0);
    pane->setCompact(false);
    QCOMPARE(view->visualRect(m_model.index(0)).height(), normalHeight);
}

void TestPanes::detailPaneZooms()
{
    DetailPane pane;
    pane.retranslate();
    const qreal normal = pane.view()->font().pointSizeF();
    QSignalSpy zoomed(&pane, &DetailPane::zoomChanged);
    pane.setZoom(2);
    QCOMPARE(pane.zoom(), 2);
    QCOMPARE(pane.view()->font().pointSizeF(), normal + 2);
    QCOMPARE(pane.view()->document()->defaultFont().pointSizeF(), normal + 2);
    QCOMPARE(zoomed.count(), 1);
    pane.setZoom(50);
    QCOMPARE(pane.zoom(), DetailPane::MaxZoom);
    pane.setZoom(0);
    QCOMPARE(pane.view()->font().pointSizeF(), normal);
}

// Issue 15 item 9: the sample's resource path (":/sample/002_….txt") showed in the detail pane.
void TestPanes::detailPaneNamesTheSample()
{
    const QStringList samples = QDir(u":/sample"_s).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(samples.size() >= 3);
    const QString sample = u":/sample/"_s + samples.at(2);
    const QString other = m_dir.filePath(u"nyheter.txt"_s);
    DetailPane pane;
    pane.retranslate();
    NewsItem item;
    item.id = 1;
    item.title = u"Rubrik"_s;
    item.summary = u"Text."_s;
    item.sources = {ItemSource{sample, 4}, ItemSource{other, 2}};
    pane.showItem(item, QString());
    const QString shown = pane.view()->toPlainText();
    QVERIFY2(shown.contains(SourceName::display(sample)), qPrintable(shown));
    QVERIFY2(shown.contains(u"Sample news 3"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u":/sample"_s), qPrintable(shown));
    QVERIFY2(shown.contains(other), qPrintable(shown)); // any other file by its path
}

// ---------------------------------------------------------------------------
// Layouts

namespace {

struct Panes
{
    ReaderPanes panes;
    QWidget *categories;
    QWidget *news;
    QWidget *item;
    Panes()
        : categories(new QWidget(panes.splitter()))
        , news(new QWidget(panes.splitter()))
        , item(new QWidget(panes.splitter()))
    {
        for (QWidget *w : {categories, news, item})
            w->setMinimumWidth(60);
        panes.addPanes(categories, news, item);
        panes.resize(1200, 700);
        panes.show();
    }
    QSplitter *listSplitter() const { return panes.findChild<QSplitter *>(u"listSplitter"_s); }
};

} // namespace

void TestPanes::layoutsMoveThePanes()
{
    Panes p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.panes));
    QCOMPARE(p.panes.layout(), ReaderPanes::Layout::SideBySide);
    QCOMPARE(p.news->parentWidget(), p.panes.splitter());
    QVERIFY(p.news->x() < p.item->x());
    QCOMPARE(p.news->y(), p.item->y());

    QSignalSpy changed(&p.panes, &ReaderPanes::layoutChanged);
    p.panes.setLayout(ReaderPanes::Layout::ListAbove);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(p.news->parentWidget(), p.listSplitter());
    QCOMPARE(p.item->parentWidget(), p.listSplitter());
    QVERIFY(p.news->isVisible() && p.item->isVisible() && p.categories->isVisible());
    QVERIFY(p.news->mapTo(&p.panes, QPoint()).y() < p.item->mapTo(&p.panes, QPoint()).y());
    QCOMPARE(p.news->mapTo(&p.panes, QPoint()).x(), p.item->mapTo(&p.panes, QPoint()).x());
    QVERIFY(p.categories->x() < p.news->mapTo(&p.panes, QPoint()).x());

    QSignalSpy shown(&p.panes, &ReaderPanes::categoryPaneVisibleChanged);
    p.panes.setCategoryPaneVisible(false);
    QVERIFY(!p.panes.isCategoryPaneVisible());
    QVERIFY(!p.categories->isVisible());
    QCOMPARE(shown.count(), 1);
    p.panes.setLayout(ReaderPanes::Layout::SideBySide);
    QVERIFY(!p.categories->isVisible()); // stays hidden in the other layout
    QCOMPARE(p.news->parentWidget(), p.panes.splitter());
    QVERIFY(p.news->isVisible() && p.item->isVisible());
    p.panes.setCategoryPaneVisible(true);
    QVERIFY(p.categories->isVisible());
    QVERIFY(p.categories->width() > 0);
}

void TestPanes::saveStateKeepsBothLayoutsAndTheCategoryPane()
{
    QByteArray state;
    QList<int> sideSizes, aboveSizes, listSizes;
    {
        Panes p;
        QVERIFY(QTest::qWaitForWindowExposed(&p.panes));
        p.panes.splitter()->setSizes({200, 300, 700});
        sideSizes = p.panes.splitter()->sizes();
        p.panes.setLayout(ReaderPanes::Layout::ListAbove);
        p.panes.splitter()->setSizes({350, 850});
        p.listSplitter()->setSizes({200, 470});
        aboveSizes = p.panes.splitter()->sizes();
        listSizes = p.listSplitter()->sizes();
        p.panes.setCategoryPaneVisible(false);
        state = p.panes.saveState();
    }
    Panes p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.panes));
    p.panes.restoreState(state);
    QCOMPARE(p.panes.layout(), ReaderPanes::Layout::ListAbove);
    QVERIFY(!p.panes.isCategoryPaneVisible());
    QVERIFY(!p.categories->isVisible());
    QCOMPARE(p.listSplitter()->sizes(), listSizes);
    p.panes.setCategoryPaneVisible(true);
    QCOMPARE(p.panes.splitter()->sizes(), aboveSizes);
    p.panes.setLayout(ReaderPanes::Layout::SideBySide);
    QCOMPARE(p.panes.splitter()->sizes(), sideSizes);

    // Garbage restores nothing and breaks nothing.
    p.panes.restoreState("not a state");
    QCOMPARE(p.panes.layout(), ReaderPanes::Layout::SideBySide);
    QVERIFY(p.news->isVisible());
}

void TestPanes::anOldSplitterStateStillRestores()
{
    QByteArray old;
    QList<int> sizes;
    {
        // What the window saved before issue 15: the side by side splitter's own state.
        QSplitter splitter;
        for (int i = 0; i < 3; ++i)
            splitter.addWidget(new QWidget(&splitter));
        splitter.resize(1200, 700);
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        splitter.setSizes({150, 650, 394});
        sizes = splitter.sizes();
        old = splitter.saveState();
    }
    Panes p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.panes));
    p.panes.setLayout(ReaderPanes::Layout::ListAbove);
    p.panes.restoreState(old);
    QCOMPARE(p.panes.layout(), ReaderPanes::Layout::SideBySide);
    QVERIFY(p.panes.isCategoryPaneVisible());
    QCOMPARE(p.panes.splitter()->sizes(), sizes);
    // And it saves in the new form from then on.
    Panes again;
    QVERIFY(QTest::qWaitForWindowExposed(&again.panes));
    again.panes.restoreState(p.panes.saveState());
    QCOMPARE(again.panes.splitter()->sizes(), sizes);
}

void TestPanes::panesShrinkInProportion()
{
    Panes p;
    QVERIFY(QTest::qWaitForWindowExposed(&p.panes));
    p.panes.resize(1600, 700);
    QCoreApplication::processEvents();
    const QList<int> wide = p.panes.splitter()->sizes();
    p.panes.resize(800, 600);
    QCoreApplication::processEvents();
    const QList<int> narrow = p.panes.splitter()->sizes();
    QCOMPARE(narrow.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(narrow.at(i) < wide.at(i), qPrintable(u"pane %1: %2 -> %3"_s.arg(i).arg(wide.at(i)).arg(narrow.at(i))));
    // The category pane keeps a share, not a fixed width that crowds out the list.
    const double categoryShareWide = double(wide.at(0)) / (wide.at(0) + wide.at(1) + wide.at(2));
    const double categoryShareNarrow = double(narrow.at(0)) / (narrow.at(0) + narrow.at(1) + narrow.at(2));
    QVERIFY2(categoryShareNarrow < categoryShareWide * 1.5,
             qPrintable(u"%1 -> %2"_s.arg(categoryShareWide).arg(categoryShareNarrow)));
}

// ---------------------------------------------------------------------------
// The category pane

void TestPanes::categoryContextMenuSignals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("category");
    for (const QString &action :
         {u"showOnlyCategoryAction"_s, u"exportCategoryAction"_s}) {
        QTest::addRow("%s, Kultur", qPrintable(action)) << action << u"Kultur"_s;
        QTest::addRow("%s, Trafik", qPrintable(action)) << action << u"Trafik"_s;
        QTest::addRow("%s, Uncategorised", qPrintable(action)) << action << QString();
    }
}

void TestPanes::categoryContextMenuSignals()
{
    QFETCH(QString, action);
    QFETCH(QString, category);
    CategoryModel model;
    model.setStore(&m_store);
    CategoryPane pane(&model);
    pane.retranslate();
    pane.resize(300, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *view = pane.findChild<QListView *>(u"categoryView"_s);
    // Empty: the "Uncategorised" row.
    QModelIndex index;
    for (int row = 1; row < view->model()->rowCount(); ++row) {
        const QModelIndex at = view->model()->index(row, 0);
        if (category.isEmpty() ? at.data(CategoryModel::IsUncategorisedRole).toBool()
                               : at.data(CategoryModel::NameRole).toString() == category)
            index = at;
    }
    QVERIFY(index.isValid());

    QSignalSpy only(&pane, &CategoryPane::showOnly);
    QSignalSpy exported(&pane, &CategoryPane::exportCategory);
    QStringList texts;
    connect(&pane, &CategoryPane::contextMenuAboutToShow, this, [&](QMenu *menu) {
        QCOMPARE(menu->accessibleName(), u"Category actions"_s);
        for (const QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts.append(a->text());
        }
        auto *chosen = menu->findChild<QAction *>(action);
        QVERIFY(chosen);
        chosen->trigger();
        QMetaObject::invokeMethod(menu, &QMenu::close, Qt::QueuedConnection);
    });
    Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
    QCOMPARE(texts, (QStringList{u"Show &Only This Category"_s, u"&Export This Category…"_s}));
    QSignalSpy *fired = action == u"showOnlyCategoryAction"_s ? &only : &exported;
    QCOMPARE(only.count() + exported.count(), 1);
    QCOMPARE(fired->count(), 1);
    QCOMPARE(fired->first().at(0).toString(), category);

    // "All categories" has no menu.
    bool menuShown = false;
    disconnect(&pane, &CategoryPane::contextMenuAboutToShow, this, nullptr);
    connect(&pane, &CategoryPane::contextMenuAboutToShow, this, [&](QMenu *menu) {
        menuShown = true;
        QMetaObject::invokeMethod(menu, &QMenu::close, Qt::QueuedConnection);
    });
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->model()->index(0, 0)).center());
    QVERIFY(!menuShown);
}

void TestPanes::categoryDelegateShowsUnread()
{
    QStandardItemModel model;
    auto *some = new QStandardItem(u"Kultur"_s);
    some->setData(1234, CategoryModel::UnreadRole);
    some->setData(5000, CategoryModel::CountRole);
    auto *none = new QStandardItem(u"Trafik"_s);
    none->setData(0, CategoryModel::UnreadRole);
    none->setData(12, CategoryModel::CountRole);
    model.appendRow(some);
    model.appendRow(none);
    QCOMPARE(CategoryDelegate::unreadText(some->index()), u"1,234"_s);
    QCOMPARE(CategoryDelegate::unreadText(none->index()), QString());

    // Painted: the row with unread items has more ink right of the name, in bold.
    CategoryDelegate delegate;
    QStyleOptionViewItem opt;
    opt.font = QApplication::font();
    opt.fontMetrics = QFontMetrics(opt.font);
    opt.state = QStyle::State_Enabled | QStyle::State_Active;
    opt.rect = QRect(0, 0, 300, delegate.sizeHint(opt, some->index()).height());
    const auto ink = [&](const QModelIndex &index) {
        QImage image(opt.rect.size(), QImage::Format_ARGB32);
        image.fill(opt.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, opt, index);
        painter.end();
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 150; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        return dark;
    };
    QVERIFY(ink(some->index()) > ink(none->index()) + 20);
}

// ---------------------------------------------------------------------------
// The status bar

void TestPanes::statusBarCounts_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<int>("shown");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("unread"); // -1: unknown
    QTest::addColumn<qsizetype>("selected");
    QTest::addColumn<QString>("text");
    QTest::newRow("all, unread") << false << 49 << qint64(49) << qint64(38) << qsizetype(0)
                                 << u"49 items, 38 unread"_s;
    QTest::newRow("one item") << false << 1 << qint64(1) << qint64(1) << qsizetype(0) << u"1 item, 1 unread"_s;
    QTest::newRow("filtered") << true << 12 << qint64(1000) << qint64(3) << qsizetype(0)
                              << u"12 of 1,000 items, 3 unread"_s;
    QTest::newRow("none unread") << false << 49 << qint64(49) << qint64(0) << qsizetype(0)
                                 << u"49 items, 0 unread"_s;
    QTest::newRow("unread unknown") << true << 12 << qint64(1000) << qint64(-1) << qsizetype(0)
                                    << u"12 of 1,000 items"_s;
    QTest::newRow("selected") << false << 49 << qint64(49) << qint64(38) << qsizetype(3)
                              << u"49 items, 38 unread, 3 selected"_s;
}

void TestPanes::statusBarCounts()
{
    QFETCH(bool, filtered);
    QFETCH(int, shown);
    QFETCH(qint64, total);
    QFETCH(qint64, unread);
    QFETCH(qsizetype, selected);
    QFETCH(QString, text);
    StatusBar bar(new QLabel, new QLabel); // (the bar owns them)
    bar.retranslate();
    StatusBar::Counts counts;
    counts.cacheOpen = true;
    counts.filtered = filtered;
    counts.shown = shown;
    counts.total = total;
    counts.selected = selected;
    if (unread >= 0)
        counts.unread = unread;
    bar.showCounts(counts);
    QCOMPARE(bar.findChild<QLabel *>(u"countLabel"_s)->text(), text);
    // While the worker counts, no number is said.
    counts.counting = true;
    bar.showCounts(counts);
    QCOMPARE(bar.findChild<QLabel *>(u"countLabel"_s)->text(),
             selected > 1 ? u"Counting matches…, 3 selected"_s : u"Counting matches…"_s);
}

// ---------------------------------------------------------------------------
// Icons

void TestPanes::bundledIconsReadOnLightAndDark()
{
    const QStringList names = ReaderIcons::bundledNames();
    QVERIFY(names.contains(u"mark-all-read"_s));
    QVERIFY(names.contains(u"document-open"_s));
    const QPalette light;
    const QPalette dark = WindowTestSupport::darkPalette(); // its ButtonText: the ink
    for (const QString &name : names) {
        const QIcon onLight = ReaderIcons::bundled(name, light.color(QPalette::ButtonText));
        const QIcon onDark = ReaderIcons::bundled(name, dark.color(QPalette::ButtonText));
        QVERIFY2(!onLight.isNull() && !onDark.isNull(), qPrintable(name));
        // The ink is the palette's text colour: dark on light, light on dark.
        QVERIFY2(inkLightness(onLight, 24) < 0.35, qPrintable(name));
        QVERIFY2(inkLightness(onDark, 24) > 0.65, qPrintable(name));
    }
    // "All Read" is the bundled icon, whatever the theme, in the palette's colour.
    QVERIFY(inkLightness(ReaderIcons::markAllRead(dark), 22) > 0.65);
    QVERIFY(inkLightness(ReaderIcons::markAllRead(light), 22) < 0.35);
    // Without a theme icon of that name, themed() is the bundled one.
    QIcon::setThemeName(QString());
    QVERIFY(inkLightness(ReaderIcons::themed(u"view-refresh"_s, dark), 22) > 0.65);
    QVERIFY(ReaderIcons::bundled(u"no-such-icon"_s, Qt::black).isNull());
}

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
