// The reader window driven as a person would: a cache filled from the sample
// listings, the real MainWindow on it, categories checked, searches typed,
// keys pressed, files dropped, imports run on the worker thread.

#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/newsdelegate.h"
#include "models/itemmodels/categorymodel.h"
#include "views/panes/newspane.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"
#include "views/panes/messagebar.h"
#include "views/panes/statusbar.h"
#include "models/importing/newsimporter.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/store/newsstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using WindowTestSupport::checkCategory;
using WindowTestSupport::Listed;
using WindowTestSupport::importListing;
using WindowTestSupport::writeListing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryItemWithNamedWidgets();
    void contextMenuOffersCopyExportAndTheSourceFile();
    void checkingACategoryNarrowsTheList();
    void matchAllVersusAny();
    void searchNarrowsListAndCategoryCounts();
    void searchFollowsTheRules_data();
    void searchFollowsTheRules();
    void manyMatchesAreCountedOnTheWorker();
    void markAllShownReadWhileTheWorkerCounts();
    void aKeyWhileTheListArrivesActsOnTheItemBeingRead();
    void escapeClearsTheSearch();
    void keyboardMovesThroughTheList();
    void keysToggleReadAndStar();
    void selectingMarksRead();
    void stateSurvivesANewWindow();
    void filtersSurviveANewWindow();
    void selectedIdsFollowTheSelection();
    void unreadFilterRecountsCategoriesAfterStateChanges();
    void itemTextIsShownLiterally();
    void rowToolTipsArePlainText();
    void addressesBecomeLinks();
    void searchWordsAreHighlighted();
    void compoundPartsAreMarkedInRowsAndDetail();
    void aCategoryMatchIsExplained();
    void searchSyntaxIsExplainedUnderTheBox();
    void bestMatchSortNeedsASearch();
    void noResultOffersClearFilters();
    void emptyCacheOffersImport();
    void firstRunImportsTheSample();
    void longStatusMessageKeepsTheWindowSmall();
    void droppedFolderIsImportedAndWatched();
    void rejectedFilesAreListed();
    void importRunsOnAWorkerWhileTheListStaysUsable();
    void unopenableCacheKeepsAnEmptyWindow();
    void failedReadIsShownNotHidden();
    void damagedCacheIsRebuiltInTheWindow();
    void paintsInLightAndDarkPalettes();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &db = {});
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    static NewsListModel *newsModel(MainWindow &window);
    static CategoryModel *categoryModel(MainWindow &window);
    static QString countText(MainWindow &window);
    static int rowOfTitle(MainWindow &window, const QString &title);
    static QAction *action(MainWindow &window, const QKeySequence &shortcut);
    static QAction *actionNamed(MainWindow &window, const QString &text);
    // The texts of the detail pane painted in the search highlight's background.
    static QStringList markedInDetail(MainWindow &window);
    // How many pixels of the search highlight's background the list paints in row.
    static int markedPixelsInRow(MainWindow &window, int row);
    // A window on the sample and a newest listing of count items that all hold
    // the word "vattenfall", whose list has read every row; null when the
    // import fails or the rows do not come.
    std::unique_ptr<MainWindow> windowWithMatches(int count);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_sampleItems = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_mainwindow"_s);
    QCoreApplication::setApplicationVersion(u"0.0-test"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_sampleItems = int(WindowTestSupport::importSample(cachePath(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_sampleItems, 47);
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString &db)
{
    auto window = std::make_unique<MainWindow>(db.isEmpty() ? cachePath() : db);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

NewsListModel *TestMainWindow::newsModel(MainWindow &window)
{
    return qobject_cast<NewsListModel *>(window.findChild<QListView *>(u"newsView"_s)->model());
}

CategoryModel *TestMainWindow::categoryModel(MainWindow &window)
{
    return window.findChild<CategoryModel *>();
}

// Checks a category as the view does: setData on the view's own model.

QString TestMainWindow::countText(MainWindow &window)
{
    return window.findChild<QLabel *>(u"countLabel"_s)->text();
}

int TestMainWindow::rowOfTitle(MainWindow &window, const QString &title)
{
    NewsListModel *model = newsModel(window);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(NewsListModel::TitleRole).toString() == title)
            return row;
    }
    return -1;
}

QAction *TestMainWindow::action(MainWindow &window, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

QAction *TestMainWindow::actionNamed(MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QStringList TestMainWindow::markedInDetail(MainWindow &window)
{
    auto *detail = window.findChild<QTextBrowser *>(u"detailView"_s);
    const QColor highlight = CategoryColors::highlightBackground(detail->palette());
    QStringList marked;
    for (QTextBlock block = detail->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().background().color().name() == highlight.name())
                marked.append(it.fragment().text());
        }
    }
    return marked;
}

int TestMainWindow::markedPixelsInRow(MainWindow &window, int row)
{
    auto *news = window.findChild<QListView *>(u"newsView"_s);
    news->scrollTo(newsModel(window)->index(row));
    // (The focus frame Fusion draws over the focused current row tints it.)
    window.findChild<QLineEdit *>(u"searchEdit"_s)->setFocus();
    const QRect rect = news->visualRect(newsModel(window)->index(row));
    const QImage image = news->viewport()->grab(rect).toImage();
    const QRgb highlight = CategoryColors::highlightBackground(news->palette()).rgb();
    int pixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            pixels += image.pixel(x, y) == highlight ? 1 : 0;
    }
    return pixels;
}

void TestMainWindow::contextMenuOffersCopyExportAndTheSourceFile()
{
    // The list's context menu: mark, star, copy, export the selection, open
    // the item's listing file, mark all read (issue 15, item 8).
    auto window = makeWindow();
    auto *pane = window->findChild<NewsPane *>();
    QVERIFY(pane);
    QStringList names;
    for (const QAction *action : pane->contextActions())
        names << (action ? action->objectName() : u"-"_s);
    for (const QString &name : {u"toggleReadAction"_s, u"toggleStarAction"_s, u"copyAction"_s, u"exportAction"_s,
                                u"openSourceFileAction"_s, u"markAllReadAction"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));

    // The sample's items come from resources: nothing to open, and the status line says so.
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    view->setCurrentIndex(newsModel(*window)->index(0));
    QAction *open = window->findChild<QAction *>(u"openSourceFileAction"_s);
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QCOMPARE(window->findChild<QLabel *>(u"messageLabel"_s)->text(),
             u"This item comes from the bundled sample news, which has no file to open."_s);
}

void TestMainWindow::showsEveryItemWithNamedWidgets()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), m_sampleItems);
    QVERIFY2(countText(*window).startsWith(u"47"_s), qPrintable(countText(*window)));

    auto *news = window->findChild<QListView *>(u"newsView"_s);
    QVERIFY(news->uniformItemSizes());
    QCOMPARE(news->selectionMode(), QAbstractItemView::ExtendedSelection);
    QCOMPARE(news->accessibleName(), u"News"_s);
    QCOMPARE(window->findChild<QListView *>(u"categoryView"_s)->accessibleName(), u"Categories"_s);
    QCOMPARE(window->findChild<QTextBrowser *>(u"detailView"_s)->accessibleName(), u"Details"_s);
    QCOMPARE(window->findChild<QLineEdit *>(u"searchEdit"_s)->accessibleName(), u"Search"_s);
    QVERIFY(window->findChild<QCheckBox *>(u"matchAllCheck"_s));
    QVERIFY(!window->findChild<QTextBrowser *>(u"detailView"_s)->openLinks());

    // Rows expose their text to assistive technology.
    QVERIFY(model->index(0).data(Qt::AccessibleTextRole).toString().contains(
            model->index(0).data(NewsListModel::TitleRole).toString()));
    // Every row has the same height, computed from the font.
    QVERIFY(news->sizeHintForIndex(model->index(0)).height() > news->fontMetrics().height() * 4);
    QCOMPARE(news->sizeHintForIndex(model->index(0)), news->sizeHintForIndex(model->index(5)));
}

void TestMainWindow::checkingACategoryNarrowsTheList()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(window->currentFilter().categories, QStringList{u"Kultur"_s});
    QVERIFY2(countText(*window).startsWith(u"4 of 47"_s), qPrintable(countText(*window)));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row).data(NewsListModel::CategoriesRole).toStringList().contains(u"Kultur"_s));

    // "All categories" (row 0) clears the checks again.
    auto *view = window->findChild<QListView *>(u"categoryView"_s);
    QVERIFY(view->model()->setData(view->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->rowCount(), m_sampleItems);

    // A click on a row toggles it, as in a filter list.
    const QModelIndexList kultur = view->model()->match(view->model()->index(0, 0), CategoryModel::NameRole,
                                                        u"Kultur"_s, 1, Qt::MatchExactly);
    QCOMPARE(kultur.size(), 1);
    view->scrollTo(kultur.first());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(kultur.first()).center());
    QCOMPARE(model->rowCount(), 4);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(kultur.first()).center());
    QCOMPARE(model->rowCount(), m_sampleItems);
}

void TestMainWindow::matchAllVersusAny()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    ItemFilter any;
    any.categories = {u"Kultur"_s, u"Kollektivtrafik"_s};
    ItemFilter all = any;
    all.match = ItemFilter::Match::All;
    const qint64 anyCount = store.itemCount(any);
    const qint64 allCount = store.itemCount(all);
    QVERIFY(anyCount > allCount);
    QVERIFY(allCount > 0);

    QVERIFY(checkCategory(*window, u"Kultur"_s));
    QVERIFY(checkCategory(*window, u"Kollektivtrafik"_s));
    QCOMPARE(model->rowCount(), int(anyCount));
    window->findChild<QCheckBox *>(u"matchAllCheck"_s)->setChecked(true);
    QCOMPARE(window->currentFilter().match, ItemFilter::Match::All);
    QCOMPARE(model->rowCount(), int(allCount));
    window->findChild<QCheckBox *>(u"matchAllCheck"_s)->setChecked(false);
    QCOMPARE(model->rowCount(), int(anyCount));
}

void TestMainWindow::searchNarrowsListAndCategoryCounts()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    CategoryModel *categories = categoryModel(*window);
    auto countOf = [categories](const QString &name) {
        return categories->index(categories->rowOfCategory(name)).data(CategoryModel::CountRole).toLongLong();
    };
    QTRY_COMPARE(countOf(u"Kultur"_s), 4); // counted on the worker

    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    QTest::keyClicks(search, u"vaccin"_s);
    // Debounced: nothing yet, then the list narrows.
    QCOMPARE(model->rowCount(), m_sampleItems);
    QTRY_VERIFY(model->rowCount() < m_sampleItems);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(window->currentFilter().search, u"vaccin"_s);
    // Counts are faceted: they follow the search.
    QTRY_COMPARE(categories->totalCount(), qint64(model->rowCount()));
    QCOMPARE(categories->index(0).data(CategoryModel::CountRole).toLongLong(), qint64(model->rowCount()));
    QCOMPARE(countOf(u"Kultur"_s), 0);
    // Combined with a category.
    const int searched = model->rowCount();
    QVERIFY(checkCategory(*window, u"Hälso- och sjukvård"_s));
    QVERIFY(model->rowCount() <= searched);
    QVERIFY(model->rowCount() > 0);
}

void TestMainWindow::searchFollowsTheRules_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("sameAs"); // another search that finds the same items, or empty
    QTest::newRow("two words") << u"vaccin boka"_s << u"boka vaccin"_s;
    QTest::newRow("compound part") << u"trafik"_s << QString();
    QTest::newRow("inside a compound") << u"station"_s << QString();
    QTest::newRow("upper case") << u"SJUKHUS"_s << u"sjukhus"_s;
    QTest::newRow("phrase") << u"\"region stockholm\""_s << QString();
    QTest::newRow("exclusion") << u"vaccin -boka"_s << QString();
    QTest::newRow("only an exclusion") << u"-vaccin"_s << QString();
    QTest::newRow("category word") << u"sjukvård"_s << QString();
    QTest::newRow("joined words") << u"covid-19-vaccin"_s << QString();
    QTest::newRow("number") << u"1177"_s << QString();
    QTest::newRow("two letters") << u"ka"_s << QString();
    QTest::newRow("unclosed quote") << u"\"och sjukvård"_s << u"\"och sjukvård\""_s;
    QTest::newRow("a lone minus") << u"vaccin -"_s << u"vaccin"_s;
    QTest::newRow("only symbols") << u"!!!"_s << QString();
}

void TestMainWindow::searchFollowsTheRules()
{
    // Issue 14: the window's list holds exactly the items the rules pass
    // (SearchMatcher over title, summary and category names), whatever the
    // word order.
    QFETCH(QString, search);
    QFETCH(QString, sameAs);
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    QCOMPARE(model->rowCount(), m_sampleItems);
    QList<NewsItem> items;
    for (int row = 0; row < model->rowCount(); ++row)
        items.append(model->itemAt(row));
    const auto shownIds = [&](const QString &text) {
        WindowTestSupport::search(*window, text);
        if (!QTest::qWaitFor([model] { return !model->isCounting(); }))
            qWarning() << "the worker did not count" << text;
        QList<qint64> ids = model->ids();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const SearchMatcher matcher(SearchQuery::parse(search));
    QList<qint64> expected;
    for (const NewsItem &item : std::as_const(items)) {
        if (matcher.matches(item.title, item.summary, item.categories))
            expected.append(item.id);
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shownIds(search), expected);
    if (!sameAs.isEmpty())
        QCOMPARE(shownIds(sameAs), expected);
}

std::unique_ptr<MainWindow> TestMainWindow::windowWithMatches(int count)
{
    if (!WindowTestSupport::importMatches(cachePath(), m_dir->filePath(u"vattenfall.txt"_s), count))
        return nullptr;
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    const int rows = m_sampleItems + count;
    // Every id too: an idsReady() of this first list must not reach a test's spy.
    if (!QTest::qWaitFor([&] { return model->rowCount() == rows && model->isComplete(); })) {
        qWarning() << "the list has" << model->rowCount() << "rows, not" << rows;
        return nullptr;
    }
    return window;
}

void TestMainWindow::aKeyWhileTheListArrivesActsOnTheItemBeingRead()
{
    constexpr int Matches = 300;
    auto window = windowWithMatches(Matches);
    QVERIFY(window);
    NewsListModel *model = newsModel(*window);
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    constexpr int Deep = 200;
    view->selectionModel()->setCurrentIndex(model->index(Deep), QItemSelectionModel::ClearAndSelect);
    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setText(u"vattenfall"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!model->isComplete()); // the item being read waits for the list's ids
    QVERIFY(!view->currentIndex().isValid());
    // J goes on from the item being read, not from the top.
    QAction *next = action(*window, QKeySequence(Qt::Key_J));
    QVERIFY(next);
    next->trigger();
    QCOMPARE(view->currentIndex().row(), Deep + 1);
    QCOMPARE(model->index(Deep + 1).data(NewsListModel::TitleRole).toString(),
             u"Vattenfall nummer %1"_s.arg(Deep + 1));
    QCOMPARE(model->rowCount(), Matches);
}

void TestMainWindow::manyMatchesAreCountedOnTheWorker()
{
    // More matches than a page: the list shows the first page at once, the
    // worker counts the rest, and the status bar says so until it has.
    constexpr int Matches = 300;
    const int total = m_sampleItems + Matches;
    auto window = windowWithMatches(Matches);
    QVERIFY(window);
    NewsListModel *model = newsModel(*window);
    QSignalSpy counted(model, &NewsListModel::countReady);
    QSignalSpy ready(model, &NewsListModel::idsReady);
    QVERIFY(counted.isValid() && ready.isValid());

    // The item being read is far down (the newest file lists first, so row
    // 250 of everything is row 250 of the search too): past the first page.
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    constexpr int Deep = 250;
    view->selectionModel()->setCurrentIndex(model->index(Deep), QItemSelectionModel::ClearAndSelect);
    const QString title = model->index(Deep).data(NewsListModel::TitleRole).toString();
    QCOMPARE(title, u"Vattenfall nummer %1"_s.arg(Deep));
    QVERIFY(detail->toPlainText().contains(title));

    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setText(u"vattenfall"_s);
    QTest::keyClick(search, Qt::Key_Return); // applies at once; the count is delivered by the event loop
    QVERIFY(model->isCounting());
    QCOMPARE(model->rowCount(), NewsListModel::PageSize);
    QCOMPARE(countText(*window), u"Counting matches…"_s);
    // The item stays in the detail pane meanwhile ...
    QVERIFY(detail->toPlainText().contains(title));
    QVERIFY(counted.wait());
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model->rowCount(), Matches);
    // The item being read is read: one of the matches is not unread.
    QTRY_COMPARE(countText(*window), u"300 of %1 items, 299 unread"_s.arg(total));
    // ... and is current again, at its row, once every id is there.
    QTRY_VERIFY(ready.size() >= 1);
    QCOMPARE(view->currentIndex().row(), Deep);
    QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
    QVERIFY(detail->toPlainText().contains(title));
}

void TestMainWindow::markAllShownReadWhileTheWorkerCounts()
{
    // Mark All Shown as Read while the worker still counts a search: the
    // items are marked at once, without waiting for the count, and the
    // status line words the count when it comes.
    constexpr int Matches = 300;
    auto window = windowWithMatches(Matches);
    QVERIFY(window);
    NewsListModel *model = newsModel(*window);
    QSignalSpy counted(model, &NewsListModel::countReady);
    QVERIFY(counted.isValid());
    WindowTestSupport::search(*window, u"vattenfall"_s);
    QVERIFY(model->isCounting());
    QVERIFY(!model->shownCount()); // never waited for

    QAction *markAll = action(*window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(markAll);
    markAll->trigger();
    QVERIFY(model->isCounting()); // the count was not waited for
    QCOMPARE(counted.size(), 0);
    auto *status = window->findChild<QLabel *>(u"messageLabel"_s);
    QCOMPARE(status->text(), u"Marked every shown item as read."_s);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row).data(NewsListModel::ReadRole).toBool());

    QVERIFY(counted.wait());
    QCOMPARE(model->shownCount().value_or(-1), qint64(Matches));
    // Worded when the worker has written the marks (what changed: undo's command), before or after the count.
    QTRY_COMPARE(status->text(), u"Marked 300 items as read."_s);
    for (int row = 0; row < model->rowCount(); ++row) // the rows past the first page too
        QVERIFY(model->index(row).data(NewsListModel::ReadRole).toBool());
}

void TestMainWindow::escapeClearsTheSearch()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    // Ctrl+F puts the focus in the search box.
    window->findChild<QListView *>(u"newsView"_s)->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Roslagsbanan"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(model->rowCount(), m_sampleItems);
}

void TestMainWindow::keyboardMovesThroughTheList()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->setFocus();
    QTRY_VERIFY(news->hasFocus());

    QTest::keyClick(news, Qt::Key_J);
    QCOMPARE(news->currentIndex().row(), 0);
    QTest::keyClick(news, Qt::Key_J);
    QTest::keyClick(news, Qt::Key_J);
    QCOMPARE(news->currentIndex().row(), 2);
    QTest::keyClick(news, Qt::Key_K);
    QCOMPARE(news->currentIndex().row(), 1);
    QTest::keyClick(news, Qt::Key_Down);
    QCOMPARE(news->currentIndex().row(), 2);
    QTest::keyClick(news, Qt::Key_Up);
    QCOMPARE(news->currentIndex().row(), 1);

    // N skips read items: rows 0..2 were read by visiting them; make 3 and 4 read too.
    QVERIFY(model->setRead({3, 4}, true));
    QTest::keyClick(news, Qt::Key_N);
    QCOMPARE(news->currentIndex().row(), 5);

    // The detail pane shows the current item.
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    QVERIFY(detail->toPlainText().contains(model->index(5).data(NewsListModel::TitleRole).toString()));

    // Space pages the detail pane, then moves on.
    QTest::keyClick(news, Qt::Key_Space);
    QTRY_VERIFY(news->currentIndex().row() == 6 || detail->verticalScrollBar()->value() > 0);

    // The single keys stay keys in the search box.
    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"jkn"_s);
    QCOMPARE(search->text(), u"jkn"_s);
}

void TestMainWindow::keysToggleReadAndStar()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->setFocus();
    QTest::keyClick(news, Qt::Key_J); // row 0, read by selecting it
    QVERIFY(model->index(0).data(NewsListModel::ReadRole).toBool());
    QTest::keyClick(news, Qt::Key_M);
    QVERIFY(!model->index(0).data(NewsListModel::ReadRole).toBool());
    QTest::keyClick(news, Qt::Key_M);
    QVERIFY(model->index(0).data(NewsListModel::ReadRole).toBool());
    QTest::keyClick(news, Qt::Key_S);
    QVERIFY(model->index(0).data(NewsListModel::StarredRole).toBool());

    // On the whole selection: rows 0..3.
    QTest::keyClick(news, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(news, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(news, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(window->selectedIds().size(), 4);
    QVERIFY2(countText(*window).contains(u"4 selected"_s), qPrintable(countText(*window)));
    // The current row (3) is not starred, so S stars all four.
    QTest::keyClick(news, Qt::Key_S);
    for (int row = 0; row < 4; ++row)
        QVERIFY(model->index(row).data(NewsListModel::StarredRole).toBool());
    QTest::keyClick(news, Qt::Key_S);
    for (int row = 0; row < 4; ++row)
        QVERIFY(!model->index(row).data(NewsListModel::StarredRole).toBool());
}

void TestMainWindow::selectingMarksRead()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    QVERIFY(!model->index(7).data(NewsListModel::ReadRole).toBool());
    QTest::mouseClick(news->viewport(), Qt::LeftButton, {}, news->visualRect(model->index(2)).center());
    QVERIFY(model->index(2).data(NewsListModel::ReadRole).toBool());
    news->scrollTo(model->index(7));
    QTest::mouseClick(news->viewport(), Qt::LeftButton, {}, news->visualRect(model->index(7)).center());
    QVERIFY(model->index(7).data(NewsListModel::ReadRole).toBool());

    // Mark all shown as read: everything Kultur shows, nothing else.
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    QAction *markAll = action(*window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(markAll);
    markAll->trigger();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row).data(NewsListModel::ReadRole).toBool());
    QVERIFY(checkCategory(*window, u"Kultur"_s, false));
    auto readShown = [&] {
        int read = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            read += model->index(row).data(NewsListModel::ReadRole).toBool() ? 1 : 0;
        return read;
    };
    QTRY_VERIFY(readShown() >= 4); // (the worker writes the marks)
    QVERIFY(readShown() <= 6);
}

void TestMainWindow::stateSurvivesANewWindow()
{
    qint64 starredId = 0;
    qint64 unreadId = 0;
    {
        auto window = makeWindow();
        NewsListModel *model = newsModel(*window);
        auto *news = window->findChild<QListView *>(u"newsView"_s);
        news->setFocus();
        QTest::keyClick(news, Qt::Key_J);
        QTest::keyClick(news, Qt::Key_J);
        QTest::keyClick(news, Qt::Key_S); // row 1 starred (and read)
        starredId = model->idAt(1);
        QTest::keyClick(news, Qt::Key_J);
        QTest::keyClick(news, Qt::Key_M); // row 2 read, then unread again
        unreadId = model->idAt(2);
    }
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    const int starredRow = model->rowOfId(starredId);
    QVERIFY(starredRow >= 0);
    QVERIFY(model->index(starredRow).data(NewsListModel::StarredRole).toBool());
    QVERIFY(model->index(starredRow).data(NewsListModel::ReadRole).toBool());
    QVERIFY(model->index(model->rowOfId(model->idAt(0))).data(NewsListModel::ReadRole).toBool());
    QVERIFY(!model->index(model->rowOfId(unreadId)).data(NewsListModel::ReadRole).toBool());

    // Only starred: just that one.
    QAction *starredOnly = action(*window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(starredOnly && starredOnly->isCheckable());
    starredOnly->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), starredId);
    QVERIFY(window->currentFilter().starredOnly);
}

void TestMainWindow::filtersSurviveANewWindow()
{
    {
        auto window = makeWindow();
        QVERIFY(checkCategory(*window, u"Kultur"_s));
        window->findChild<QCheckBox *>(u"matchAllCheck"_s)->setChecked(true);
        window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"konst"_s);
        QTRY_COMPARE(window->currentFilter().search, u"konst"_s);
        window->resize(1100, 700);
    }
    auto window = makeWindow();
    QCOMPARE(window->currentFilter().categories, QStringList{u"Kultur"_s});
    QCOMPARE(window->currentFilter().match, ItemFilter::Match::All);
    QCOMPARE(window->currentFilter().search, u"konst"_s);
    QCOMPARE(window->findChild<QLineEdit *>(u"searchEdit"_s)->text(), u"konst"_s);
    QCOMPARE(window->size(), QSize(1100, 700));
    const int rows = newsModel(*window)->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < 4);
}

void TestMainWindow::selectedIdsFollowTheSelection()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    QVERIFY(window->selectedIds().isEmpty());
    QTest::mouseClick(news->viewport(), Qt::LeftButton, {}, news->visualRect(model->index(1)).center());
    QTest::mouseClick(news->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      news->visualRect(model->index(3)).center());
    QCOMPARE(window->selectedIds(), (QList<qint64>{model->idAt(1), model->idAt(3)}));
    news->setFocus();
    QTest::keyClick(news, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(window->selectedIds().size(), m_sampleItems);
    QCOMPARE(window->selectedIds(), model->ids());
}

void TestMainWindow::unreadFilterRecountsCategoriesAfterStateChanges()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    CategoryModel *categories = categoryModel(*window);
    QAction *unreadOnly = action(*window, QKeySequence(Qt::CTRL | Qt::Key_U));
    QVERIFY(unreadOnly && unreadOnly->isCheckable());
    unreadOnly->setChecked(true);
    QCOMPARE(model->rowCount(), m_sampleItems);
    QTRY_COMPARE(categories->unreadTotal(), qint64(m_sampleItems)); // counted on the worker
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->setFocus();
    QTest::keyClick(news, Qt::Key_J); // reads row 0
    // The read item stays in the list until the filter changes, but the
    // unread counts follow (issue 15: the counts' facet leaves unreadOnly
    // out, so each category shows its total and its unread items).
    QCOMPARE(model->rowCount(), m_sampleItems);
    QTRY_COMPARE(categories->unreadTotal(), qint64(m_sampleItems - 1));
    QCOMPARE(categories->totalCount(), qint64(m_sampleItems));
}

void TestMainWindow::itemTextIsShownLiterally()
{
    const QString script = u"<script>alert(1)</script> och <b>fet</b>"_s;
    const QString image = u"<img src=x onerror=alert(1)>"_s;
    const QString listing = m_dir->filePath(u"html.txt"_s);
    QVERIFY(importListing(cachePath(), listing, {{script, u"Text med <i>taggar</i> & tecken."_s, u"Kultur"_s},
                                                {u"Bild"_s, image, u"Kultur"_s}}));
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);

    const int row = rowOfTitle(*window, script);
    QVERIFY(row >= 0);
    news->selectionModel()->setCurrentIndex(model->index(row), QItemSelectionModel::ClearAndSelect);
    QVERIFY2(detail->toPlainText().contains(u"<script>alert(1)</script> och <b>fet</b>"_s),
             qPrintable(detail->toPlainText()));
    QVERIFY(detail->toPlainText().contains(u"Text med <i>taggar</i> & tecken."_s));

    const int imageRow = rowOfTitle(*window, u"Bild"_s);
    news->selectionModel()->setCurrentIndex(model->index(imageRow), QItemSelectionModel::ClearAndSelect);
    QVERIFY(detail->toPlainText().contains(image));
    QVERIFY(!detail->toHtml().contains(u"<img"_s));

    // Marking search words works on the escaped text without breaking it.
    window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"taggar"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    news->selectionModel()->setCurrentIndex(model->index(0), QItemSelectionModel::ClearAndSelect);
    QVERIFY2(detail->toPlainText().contains(u"Text med <i>taggar</i> & tecken."_s), qPrintable(detail->toPlainText()));
    QVERIFY(detail->toPlainText().contains(u"<script>alert(1)</script>"_s));
}

void TestMainWindow::rowToolTipsArePlainText()
{
    // Issue 12, item 10: a title that looks like markup is shown as the
    // characters it is (it turned bold; an <img src=file:…> would load a
    // local file), and a huge title is cut so its layout cannot freeze.
    const QString markup = u"<b>fet</b> och <img src=file:///etc/hostname>"_s;
    const QString huge = QString(20000, u'x');
    QVERIFY(importListing(cachePath(), m_dir->filePath(u"tips.txt"_s),
                          {{markup, u"Text."_s, u"Kultur"_s}, {huge, u"Lång."_s, u"Kultur"_s}}));
    auto window = makeWindow();
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    const auto toolTipOf = [&](const QString &title) {
        const int row = rowOfTitle(*window, title);
        const QRect rect = news->visualRect(newsModel(*window)->index(row));
        QHelpEvent help(QEvent::ToolTip, rect.center(), news->viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(news->viewport(), &help);
        return QToolTip::text();
    };
    news->scrollToTop();
    const QString tip = toolTipOf(markup);
    QVERIFY2(tip.contains(u"&lt;b&gt;fet&lt;/b&gt; och &lt;img src=file:///etc/hostname&gt;"_s), qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>"_s));
    QVERIFY(!tip.contains(u"<img"_s));
    // (A row holds the start of a long title.)
    const QString hugeRow = huge.left(NewsListModel::RowTextLimit);
    news->scrollTo(newsModel(*window)->index(rowOfTitle(*window, hugeRow)));
    const QString hugeTip = toolTipOf(hugeRow);
    QVERIFY2(hugeTip.contains(u"xxxx"_s), qPrintable(hugeTip.left(80)));
    QVERIFY2(hugeTip.size() < 1100, qPrintable(QString::number(hugeTip.size())));
    QToolTip::hideText();
}

void TestMainWindow::addressesBecomeLinks()
{
    const QString listing = m_dir->filePath(u"links.txt"_s);
    QVERIFY(importListing(cachePath(), listing, {{u"Länkar"_s,
                                                 u"Läs på 1177.se, www.sll.se eller https://example.se/a?b=1&c=2. "
                                                 u"Citat: \"https://citat.se/sida\" och (https://parentes.se/x). "
                                                 u"Inte javascript:alert(1) heller."_s,
                                                 u"Kultur"_s}}));
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    news->selectionModel()->setCurrentIndex(model->index(rowOfTitle(*window, u"Länkar"_s)),
                                            QItemSelectionModel::ClearAndSelect);
    QStringList hrefs;
    for (QTextBlock block = detail->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                hrefs.append(format.anchorHref());
        }
    }
    hrefs.removeDuplicates();
    QCOMPARE(hrefs, (QStringList{u"https://1177.se"_s, u"https://www.sll.se"_s, u"https://example.se/a?b=1&c=2"_s,
                                 u"https://citat.se/sida"_s, u"https://parentes.se/x"_s}));
    QVERIFY(detail->toPlainText().contains(u"javascript:alert(1)"_s));
}

void TestMainWindow::searchWordsAreHighlighted()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"Roslagsban"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->selectionModel()->setCurrentIndex(model->index(0), QItemSelectionModel::ClearAndSelect);
    // The part that matched, not the whole word ("Roslagsbanan").
    const QStringList marked = markedInDetail(*window);
    QVERIFY(!marked.isEmpty());
    for (const QString &text : marked)
        QVERIFY2(text.compare(u"Roslagsban"_s, Qt::CaseInsensitive) == 0, qPrintable(text));
    // The row too.
    QVERIFY(markedPixelsInRow(*window, 0) > 0);
    auto *delegate = qobject_cast<NewsDelegate *>(news->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(news);
    option.rect = news->visualRect(model->index(0));
    const NewsDelegate::RowText row = delegate->rowText(option, model->index(0));
    QCOMPARE(row.title.marks.size(), 1);
    QCOMPARE(row.title.text.mid(row.title.marks.first().start, row.title.marks.first().length), u"Roslagsban"_s);
}

void TestMainWindow::compoundPartsAreMarkedInRowsAndDetail()
{
    // Issue 14: "trafik" finds "kollektivtrafikens" and marks that part of it,
    // in the list row and in the detail pane. (Which items the search finds
    // comes from the store's rules.)
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    WindowTestSupport::search(*window, u"trafik"_s);
    QTRY_VERIFY(model->rowCount() < m_sampleItems);
    const QString title = u"Dags att planera kollektivtrafikens tidtabeller för 2023"_s;
    const int row = rowOfTitle(*window, title);
    QVERIFY2(row >= 0, "the store does not find compound parts");
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    auto *delegate = qobject_cast<NewsDelegate *>(news->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(news);
    option.rect = news->visualRect(model->index(row));
    const NewsDelegate::RowText text = delegate->rowText(option, model->index(row));
    QCOMPARE(text.title.marks.size(), 1);
    QCOMPARE(text.title.marks.first().start, title.indexOf(u"trafik"_s));
    QCOMPARE(text.title.marks.first().length, 6);
    QVERIFY(markedPixelsInRow(*window, row) > 0);
    // A row without the term in view: no mark.
    WindowTestSupport::search(*window, QString());
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    QCOMPARE(markedPixelsInRow(*window, rowOfTitle(*window, title)), 0);

    WindowTestSupport::search(*window, u"trafik"_s);
    QTRY_VERIFY(rowOfTitle(*window, title) >= 0);
    news->selectionModel()->setCurrentIndex(model->index(rowOfTitle(*window, title)),
                                            QItemSelectionModel::ClearAndSelect);
    // The text's marks are the part "trafik"; the chip of the category
    // "Kollektivtrafik" is marked whole (with the spaces around its name).
    QStringList marked = markedInDetail(*window);
    QVERIFY2(marked.removeAll(u"Kollektivtrafik"_s) == 1, qPrintable(marked.join(u'|')));
    marked.removeAll(u"\u00a0"_s);
    QVERIFY(marked.size() >= 2);
    for (const QString &part : std::as_const(marked))
        QVERIFY2(part.compare(u"trafik"_s, Qt::CaseInsensitive) == 0, qPrintable(part));
}

void TestMainWindow::aCategoryMatchIsExplained()
{
    // "sjukvård" finds the items filed under "Hälso- och sjukvård"; one whose
    // text does not hold the word says why it is there.
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    WindowTestSupport::search(*window, u"sjukvård"_s);
    const QString title = u"Du som är 65 eller äldre kan nu välja covid-19-vaccin"_s;
    QTRY_VERIFY2(rowOfTitle(*window, title) >= 0, "the store does not match category names");
    const int row = rowOfTitle(*window, title);
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->selectionModel()->setCurrentIndex(model->index(row), QItemSelectionModel::ClearAndSelect);
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    const QString reason = u"\u201csjukvård\u201d is found in the category \u201cHälso- och sjukvård\u201d, not in "
                           u"the text."_s;
    QVERIFY2(detail->toPlainText().contains(reason), qPrintable(detail->toPlainText()));
    QVERIFY2(markedInDetail(*window).contains(u"Hälso- och sjukvård"_s), qPrintable(markedInDetail(*window).join(u'|')));

    // The row's chip is marked, and its tool tip says the same.
    auto *delegate = qobject_cast<NewsDelegate *>(news->itemDelegate());
    QCOMPARE(delegate->toolTipLines(model->index(row)), (QStringList{title, reason}));
    const QRect rect = news->visualRect(model->index(row));
    QHelpEvent help(QEvent::ToolTip, rect.center(), news->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(news->viewport(), &help);
    QVERIFY2(QToolTip::text().contains(reason.toHtmlEscaped()), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    QVERIFY(markedPixelsInRow(*window, row) > 0);
}

void TestMainWindow::searchSyntaxIsExplainedUnderTheBox()
{
    auto window = makeWindow();
    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *understood = window->findChild<QLabel *>(u"searchUnderstood"_s);
    QVERIFY(understood);
    QCOMPARE(understood->accessibleName(), u"How the search was understood"_s);
    QVERIFY(search->placeholderText().contains(u"phrase"_s));
    QVERIFY(search->placeholderText().contains(u"-word"_s));
    QVERIFY(!understood->isVisible());

    const QString typed = u"\"region stockholm\" -vaccin"_s;
    search->setText(typed);
    QVERIFY(understood->isVisible());
    QCOMPARE(understood->text(), SearchQuery::parse(typed).understood());
    QVERIFY(!understood->text().isEmpty());
    // Only symbols: said too.
    search->setText(u"!!!"_s);
    QVERIFY(understood->isVisible());
    QCOMPARE(understood->text(), SearchQuery::parse(u"!!!"_s).understood());
    // Plain words need no explaining.
    search->setText(u"vaccin boka"_s);
    QVERIFY(!understood->isVisible());
    search->clear();
    QVERIFY(!understood->isVisible());
}

void TestMainWindow::bestMatchSortNeedsASearch()
{
    {
        auto window = makeWindow();
        QAction *best = window->findChild<QAction *>(u"sortBestMatchAction"_s);
        QVERIFY(best);
        QVERIFY(best->isCheckable());
        QVERIFY(!best->isEnabled());
        WindowTestSupport::search(*window, u"stockholm"_s);
        QVERIFY(best->isEnabled());
        best->trigger();
        QVERIFY(best->isChecked());
        QCOMPARE(window->currentFilter().sort, ItemFilter::Sort::BestMatch);
        // Without a search there is nothing to rank: listing order.
        WindowTestSupport::search(*window, QString());
        QVERIFY(!best->isEnabled());
        QCOMPARE(window->currentFilter().sort, ItemFilter::Sort::Listing);
        WindowTestSupport::search(*window, u"stockholm"_s);
        QCOMPARE(window->currentFilter().sort, ItemFilter::Sort::BestMatch);
    }
    QCOMPARE(QSettings().value(u"filter/sort"_s).toString(), u"best"_s);
    auto window = makeWindow();
    QVERIFY(window->findChild<QAction *>(u"sortBestMatchAction"_s)->isChecked());
    QCOMPARE(window->currentFilter().sort, ItemFilter::Sort::BestMatch);
}

void TestMainWindow::noResultOffersClearFilters()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    auto *stack = window->findChild<QStackedWidget *>(u"newsStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"newsView"_s);
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"xyzzyfinnsinte"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(stack->currentWidget()->objectName(), u"noResultsPage"_s);
    auto *clear = window->findChild<QPushButton *>(u"clearFiltersButton"_s);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model->rowCount(), m_sampleItems);
    QVERIFY(window->currentFilter().isEmpty());
    QCOMPARE(stack->currentWidget()->objectName(), u"newsView"_s);
}

void TestMainWindow::emptyCacheOffersImport()
{
    QSettings().setValue(u"sources/sampleOffered"_s, true); // not the first run
    auto window = makeWindow(m_dir->filePath(u"empty.sqlite"_s));
    QCOMPARE(newsModel(*window)->rowCount(), 0);
    auto *stack = window->findChild<QStackedWidget *>(u"newsStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
    QVERIFY(window->findChild<QPushButton *>(u"emptyImportFilesButton"_s)->isVisible());
    QVERIFY(window->findChild<QPushButton *>(u"emptyImportFolderButton"_s)->isVisible());
    QVERIFY(!window->isImporting());
}

void TestMainWindow::firstRunImportsTheSample()
{
    auto window = makeWindow(m_dir->filePath(u"first.sqlite"_s));
    NewsListModel *model = newsModel(*window);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_sampleItems, 20000);
    auto *message = window->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY2(message->text().contains(u"sample"_s), qPrintable(message->text()));
    QCOMPARE(window->findChild<QStackedWidget *>(u"newsStack"_s)->currentWidget()->objectName(), u"newsView"_s);
    // The bundled files are not watched sources.
    QVERIFY(window->watchedSources().isEmpty());
}

void TestMainWindow::longStatusMessageKeepsTheWindowSmall()
{
    // A long message (a server's error, a sentence in Swedish) in a small
    // window: the window keeps its size, the message is cut short on screen
    // ("…") and whole in its text and tool tip.
    const QString cache = m_dir->filePath(u"small.sqlite"_s);
    QString error;
    QVERIFY2(WindowTestSupport::importSample(cache, &error) > 0, qPrintable(error)); // (no first-run import)
    auto window = makeWindow(cache);
    QTRY_COMPARE(newsModel(*window)->rowCount(), m_sampleItems);
    window->resize(640, 420);
    QTRY_COMPARE(window->width(), 640);
    const QString text = u"Det delade arkivet alice@db.example.org/redaktionens-nyhetsarkiv svarar inte: "
                         "servern gav ingen anledning, och newsdesk försöker igen om en stund."_s;
    window->findChild<StatusBar *>(u"statusBar"_s)->showStatus(text, 0);
    auto *message = window->findChild<QLabel *>(u"messageLabel"_s);
    QTRY_VERIFY(message->isVisible());
    QTest::qWait(50); // (a layout asked for by the text is done by now)
    QCOMPARE(window->width(), 640);
    QCOMPARE(message->text(), text);
    QVERIFY(message->width() < message->fontMetrics().horizontalAdvance(text));
    QTRY_COMPARE(message->toolTip(), text);
    // A message of several lines (a server's, with its detail) is one line on screen, whole in its text.
    const QString lines = u"Kunde inte spara.\nDETAIL: raden är låst."_s;
    window->findChild<StatusBar *>(u"statusBar"_s)->showStatus(lines, 0);
    QCOMPARE(message->text(), lines);
    QTRY_COMPARE(message->toolTip(), lines);
    // Wide enough: no tool tip.
    window->findChild<StatusBar *>(u"statusBar"_s)->showStatus(u"Klart."_s, 0);
    QTRY_VERIFY(message->toolTip().isEmpty());
}

void TestMainWindow::droppedFolderIsImportedAndWatched()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeListing(folder.filePath(u"a.txt"_s),
                         {{u"Första släppta nyheten"_s, u"En sammanfattning."_s, u"Kultur"_s},
                          {u"Andra släppta nyheten"_s, u"En till."_s, u"Stöd"_s}}));
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder.path())});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_sampleItems + 2, 20000);
    QVERIFY(window->watchedSources().contains(QDir::cleanPath(folder.path())));
    QTRY_VERIFY(!window->isImporting());

    // A new file in the watched folder is imported by itself.
    QVERIFY(writeListing(folder.filePath(u"b.txt"_s),
                         {{u"Nyhet i en ny fil"_s, u"Kom efter släppet."_s, u"Kultur"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_sampleItems + 3, 20000);

    // The current item stays current across the refresh.
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->selectionModel()->setCurrentIndex(model->index(4), QItemSelectionModel::ClearAndSelect);
    const qint64 current = model->idAt(4);
    QVERIFY(writeListing(folder.filePath(u"c.txt"_s),
                         {{u"Ännu en nyhet"_s, u"Kom ännu senare."_s, u"Kultur"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_sampleItems + 4, 20000);
    QCOMPARE(model->idAt(news->currentIndex().row()), current);
}

void TestMainWindow::rejectedFilesAreListed()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    {
        QFile binary(folder.filePath(u"binary.txt"_s));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        static const char bytes[] = "\x00\x01\x02\x03 not text"; // 13 bytes: NULs and controls, then text
        binary.write(bytes, sizeof bytes - 1);
    }
    QVERIFY(writeListing(folder.filePath(u"good.txt"_s), {{u"Bra nyhet"_s, u"Fin."_s, u"Kultur"_s}}));
    auto window = makeWindow();
    window->importPaths({folder.path()});
    QTRY_COMPARE_WITH_TIMEOUT(newsModel(*window)->rowCount(), m_sampleItems + 1, 20000);
    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->details().size() >= 1);
    QVERIFY2(bar->details().first().contains(u"binary.txt"_s), qPrintable(bar->details().join(u'\n')));
    bar->dismiss();
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::failedReadIsShownNotHidden()
{
    // The cache breaks under the open window (another program renames its
    // items table): the next search must say so, not show "0 items" alone.
    auto window = makeWindow();
    QTRY_COMPARE(newsModel(*window)->rowCount(), m_sampleItems);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"ALTER TABLE items RENAME TO items_moved"_s), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"breaker"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table: items"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"a read of the cache failed"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the list may be incomplete"_s));
    WindowTestSupport::search(*window, u"vaccin"_s);
    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"could not read its cache"_s), qPrintable(bar->text()));
    QCOMPARE(bar->details().size(), 1);
    QVERIFY2(bar->details().first().contains(cachePath()), qPrintable(bar->details().first()));
    // Not "nothing matches": the list's page names the failure too.
    auto *stack = window->findChild<QStackedWidget *>(u"newsStack"_s);
    QVERIFY(stack);
    QVERIFY(stack->currentWidget() != window->findChild<QListView *>(u"newsView"_s));
    const QList<QLabel *> labels = stack->currentWidget()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](const QLabel *label) { return label->text() == u"Cannot read the cache"_s; }));
}

void TestMainWindow::damagedCacheIsRebuiltInTheWindow()
{
    // The cache cut short while newsdesk was closed (issue 12, item 1): the
    // window sets it aside, says so, and rebuilds it from the sample it remembers.
    {
        QFile file(cachePath());
        QVERIFY(file.resize(file.size() / 2));
    }
    auto window = makeWindow();
    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"set it aside as"_s), qPrintable(bar->text()));
    QVERIFY2(bar->details().value(0).contains(u"cut short"_s), qPrintable(bar->details().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(newsModel(*window)->rowCount(), m_sampleItems, 20000);
    QCOMPARE(QDir(m_dir->path()).entryList({u"cache.sqlite.damaged-*"_s}, QDir::Files).size(), 1);
}

void TestMainWindow::importRunsOnAWorkerWhileTheListStaysUsable()
{
    // 300 files of 20 items: a few thousand items, enough for the import to take a while.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    constexpr int Files = 300;
    constexpr int PerFile = 20;
    for (int f = 0; f < Files; ++f) {
        QList<Listed> items;
        for (int i = 0; i < PerFile; ++i) {
            const int n = f * PerFile + i;
            items.append({u"Genererad nyhet nummer %1"_s.arg(n),
                          u"Sammanfattning %1 om väder, vägar och vatten i länet."_s.arg(n), u"Genererat"_s});
        }
        QVERIFY(writeListing(folder.filePath(u"gen%1.txt"_s.arg(f, 4, 10, QChar(u'0'))), items));
    }
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);

    int ticks = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (ticks > 0)
            longestGap = qMax(longestGap, sinceTick.elapsed());
        sinceTick.restart();
        ++ticks;
    });
    ticker.start();

    QElapsedTimer clock;
    clock.start();
    window->importPaths({folder.path()});
    QVERIFY(window->isImporting());
    // Filtering while the worker writes: the GUI connection reads a
    // consistent snapshot, and the window answers at once.
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(window->isImporting());
    QVERIFY(checkCategory(*window, u"Kultur"_s, false));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 120000);
    const qint64 took = clock.elapsed();
    QTRY_COMPARE(model->rowCount(), m_sampleItems + Files * PerFile);
    ticker.stop();
    qInfo("import of %d items took %lld ms; %d timer ticks, longest gap %lld ms", Files * PerFile, took, ticks,
          longestGap);
    // The event loop turned all along (a 5 ms timer, at least every 50 ms on
    // average; a fast import has few ticks in all: 10 in 108 ms was seen).
    QVERIFY2(ticks >= qMax<qint64>(2, took / 50), qPrintable(QString::number(ticks)));
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    QVERIFY(checkCategory(*window, u"Genererat"_s));
    QCOMPARE(model->rowCount(), Files * PerFile);
}

void TestMainWindow::unopenableCacheKeepsAnEmptyWindow()
{
    const QString bogus = m_dir->filePath(u"bogus.sqlite"_s);
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    auto window = makeWindow(bogus);
    QTRY_VERIFY(window->findChild<QMessageBox *>());
    auto *box = window->findChild<QMessageBox *>();
    QVERIFY(box->text().contains(bogus));
    QCOMPARE(newsModel(*window)->rowCount(), 0);
    QCOMPARE(window->findChild<QStackedWidget *>(u"newsStack"_s)->currentWidget()->objectName(), u"emptyPage"_s);
    box->accept();
    // Still usable: typing a search does not crash.
    window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"kaffe"_s);
    QTRY_COMPARE(window->currentFilter().search, u"kaffe"_s);
}

void TestMainWindow::paintsInLightAndDarkPalettes()
{
    // Light and dark: both paint, and the chips and text differ between them.
    // With NEWSDESK_SCREENSHOT_DIR set, the grabs are written there.
    const QPalette light = QApplication::style()->standardPalette();
    const QString shots = qEnvironmentVariable("NEWSDESK_SCREENSHOT_DIR");
    QList<QImage> images;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? WindowTestSupport::darkPalette() : light);
        QSettings().clear();
        auto window = makeWindow();
        window->resize(1280, 800);
        NewsListModel *model = newsModel(*window);
        QVERIFY(checkCategory(*window, u"Hälso- och sjukvård"_s));
        auto *news = window->findChild<QListView *>(u"newsView"_s);
        news->setFocus();
        const int row = rowOfTitle(*window, u"Nu kan alla vuxna i Stockholms län boka vaccination mot covid-19"_s);
        QVERIFY(row >= 3);
        QVERIFY(model->setRead({row - 3}, true));
        QVERIFY(model->setStarred({row - 2}, true));
        news->selectionModel()->setCurrentIndex(model->index(row), QItemSelectionModel::ClearAndSelect);
        news->scrollTo(model->index(row), QAbstractItemView::PositionAtCenter);
        QTest::qWait(50);
        const QImage image = window->grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800) * window->devicePixelRatio());
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(dark ? u"dark.png"_s : u"light.png"_s));
        // The detail pane's background follows the palette.
        auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
        const QImage pane = detail->viewport()->grab().toImage();
        const QColor corner = pane.pixelColor(pane.width() - 4, pane.height() - 4);
        QVERIFY2(dark ? corner.lightnessF() < 0.3 : corner.lightnessF() > 0.8, qPrintable(corner.name()));
        images.append(image);
    }
    QApplication::setPalette(light);
    QVERIFY(images.at(0) != images.at(1));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
