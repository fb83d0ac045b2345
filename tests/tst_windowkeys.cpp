// The window's keys and counts as a person meets them: Esc clears the search
// from anywhere in the window (but closes only a menu or a dialog that is
// open), Down in the search box goes into the results, the title and the
// status bar follow reads at once, the tool bar keeps every action at
// 800×600, the category pane's menu shows or exports one category, and the
// visit recorded on close makes "Show Only New Items" show what came since.

#include "models/export/exportresult.h"
#include "models/i18n/languagemanager.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "views/controllers/exportcontroller.h"
#include "views/dialogs/exportdialog.h"
#include "views/dialogs/shortcutsdialog.h"
#include "views/panes/categorypane.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using WindowTestSupport::checkCategory;

class TestWindowKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void escapeFromAnywhereClearsTheSearch_data();
    void escapeFromAnywhereClearsTheSearch();
    void escapeInAnOpenMenuClosesOnlyTheMenu();
    void escapeInADialogClosesOnlyTheDialog();
    void downFromTheSearchSelectsTheFirstResult();
    void titleAndStatusFollowReads();
    void toolBarKeepsEveryActionAt800x600_data();
    void toolBarKeepsEveryActionAt800x600();
    void showOnlyThisCategory();
    void exportThisCategory();
    void newOnlyShowsWhatArrivedSinceTheLastVisit();
    void numberKeysToggleALabelOnTheSelection();
    void labelsMenuReflectsTheSelection();
    void theLabelsOfEveryRowAreCountedOffTheGuiThread();
    void deleteHidesAndUndoBringsItBack();
    void organiseActionsFollowTheSelection();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    static NewsListModel *newsModel(MainWindow &window);
    static QLineEdit *searchEdit(MainWindow &window);
    // Makes labels in the cache before the window opens; their ids.
    QList<qint64> makeLabels(const QStringList &names);
    // Selects the list's first rows and gives the list the focus.
    static QListView *selectRows(MainWindow &window, int count);
    static QStringList labelsOfRow(MainWindow &window, int row);
    // Searches for the one sample item about Roslagsbanan.
    static bool searchOneItem(MainWindow &window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestWindowKeys::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_windowkeys"_s);
}

void TestWindowKeys::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QCOMPARE(WindowTestSupport::importSample(cachePath(), &error), 47);
}

void TestWindowKeys::cleanup()
{
    m_languages.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWindowKeys::makeWindow()
{
    auto window = std::make_unique<MainWindow>(cachePath());
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

NewsListModel *TestWindowKeys::newsModel(MainWindow &window)
{
    return qobject_cast<NewsListModel *>(window.findChild<QListView *>(u"newsView"_s)->model());
}

QLineEdit *TestWindowKeys::searchEdit(MainWindow &window)
{
    return window.findChild<QLineEdit *>(u"searchEdit"_s);
}

bool TestWindowKeys::searchOneItem(MainWindow &window)
{
    WindowTestSupport::search(window, u"Roslagsbanan"_s);
    return QTest::qWaitFor([&] { return newsModel(window)->rowCount() == 1; });
}

void TestWindowKeys::escapeFromAnywhereClearsTheSearch_data()
{
    QTest::addColumn<QString>("widgetName");
    QTest::newRow("the list") << u"newsView"_s;
    QTest::newRow("the detail pane") << u"detailView"_s;
    QTest::newRow("the category list") << u"categoryView"_s;
    QTest::newRow("the category finder") << u"categoryFilterEdit"_s;
    QTest::newRow("the search box") << u"searchEdit"_s;
}

void TestWindowKeys::escapeFromAnywhereClearsTheSearch()
{
    QFETCH(QString, widgetName);
    auto window = makeWindow();
    QVERIFY(searchOneItem(*window));
    auto *widget = window->findChild<QWidget *>(widgetName);
    QVERIFY(widget);
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
    QTest::keyClick(widget, Qt::Key_Escape);
    QCOMPARE(searchEdit(*window)->text(), QString());
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QCOMPARE(window->currentFilter().search, QString());
}

void TestWindowKeys::escapeInAnOpenMenuClosesOnlyTheMenu()
{
    auto window = makeWindow();
    QVERIFY(searchOneItem(*window));
    auto *menu = window->findChild<QMenu *>(u"viewMenu"_s);
    menu->popup(window->mapToGlobal(QPoint(20, 20)));
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(searchEdit(*window)->text(), u"Roslagsbanan"_s);
    QCOMPARE(newsModel(*window)->rowCount(), 1);
}

void TestWindowKeys::escapeInADialogClosesOnlyTheDialog()
{
    auto window = makeWindow();
    QVERIFY(searchOneItem(*window));
    window->findChild<QAction *>(u"shortcutsAction"_s)->trigger();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(searchEdit(*window)->text(), u"Roslagsbanan"_s);
    QCOMPARE(newsModel(*window)->rowCount(), 1);
}

void TestWindowKeys::downFromTheSearchSelectsTheFirstResult()
{
    auto window = makeWindow();
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    QLineEdit *search = searchEdit(*window);
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Roslagsbanan"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_COMPARE(newsModel(*window)->rowCount(), 1);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    QVERIFY(newsModel(*window)->index(0).data(NewsListModel::TitleRole).toString().contains(u"Roslagsbanan"_s));
}

void TestWindowKeys::titleAndStatusFollowReads()
{
    auto window = makeWindow();
    auto *count = window->findChild<QLabel *>(u"countLabel"_s);
    QTRY_COMPARE(window->windowTitle(), u"newsdesk — 47 unread"_s);
    QTRY_COMPARE(count->text(), u"47 items, 47 unread"_s);
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_J); // the first item, read as it shows
    QTRY_COMPARE(window->windowTitle(), u"newsdesk — 46 unread"_s);
    QCOMPARE(count->text(), u"47 items, 46 unread"_s);
    QTest::keyClick(list, Qt::Key_M); // unread again
    QCOMPARE(window->windowTitle(), u"newsdesk — 47 unread"_s);
    QCOMPARE(count->text(), u"47 items, 47 unread"_s);

    // In the unread-only view a row read stays shown until the filter
    // changes, and the counts say so.
    window->findChild<QAction *>(u"unreadOnlyAction"_s)->trigger();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QTest::keyClick(list, Qt::Key_J);
    QTest::keyClick(list, Qt::Key_J);
    QTRY_COMPARE(window->windowTitle(), u"newsdesk — 45 unread"_s);
    QVERIFY2(count->text().endsWith(u", 45 unread"_s), qPrintable(count->text()));
    QCOMPARE(newsModel(*window)->rowCount(), 47);
    QTRY_COMPARE(newsModel(*window)->shownUnreadCount(), std::optional<qint64>(45));

    // Every shown item read: none unread, the title says only the name.
    window->findChild<QAction *>(u"unreadOnlyAction"_s)->trigger();
    window->findChild<QAction *>(u"markAllReadAction"_s)->trigger();
    QTRY_COMPARE(window->windowTitle(), u"newsdesk"_s);
    QTRY_COMPARE(count->text(), u"47 items, 0 unread"_s);
}

void TestWindowKeys::toolBarKeepsEveryActionAt800x600_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::newRow("English, 800") << u"en"_s << 800;
    QTest::newRow("Swedish, 800") << u"sv"_s << 800;
    QTest::newRow("English, 560") << u"en"_s << 560;
    QTest::newRow("Swedish, 560") << u"sv"_s << 560;
}

void TestWindowKeys::toolBarKeepsEveryActionAt800x600()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    m_languages->setChoice(language);
    auto window = makeWindow();
    auto *bar = window->findChild<QToolBar *>(u"mainToolBar"_s);
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon); // 1280 wide: the texts fit
    const int textWidth = bar->sizeHint().width();
    window->resize(width, 600);
    QTRY_COMPARE(window->width(), width);
    QTRY_VERIFY(bar->width() <= width);
    // The texts while they fit, else icons only (with the texts as tool tips).
    QCOMPARE(bar->toolButtonStyle(), textWidth <= width ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    qInfo() << "tool bar with texts" << textWidth << "px; at" << width << bar->toolButtonStyle();
    for (QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *button = bar->widgetForAction(action);
        QVERIFY(button);
        QTRY_VERIFY2(button->isVisible(), qPrintable(action->text())); // laid out again for icons only
        QVERIFY2(bar->rect().contains(button->geometry()), qPrintable(action->text()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
    }
    // No overflow to hunt in.
    for (const QToolButton *button : bar->findChildren<QToolButton *>(u"qt_toolbar_ext_button"_s))
        QVERIFY(!button->isVisible());
    // Wide again: the texts come back.
    window->resize(1280, 800);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

void TestWindowKeys::showOnlyThisCategory()
{
    auto window = makeWindow();
    QVERIFY(checkCategory(*window, u"Kollektivtrafik"_s));
    WindowTestSupport::search(*window, u"i"_s);
    auto *pane = window->findChild<CategoryPane *>();
    Q_EMIT pane->showOnly(u"Kultur"_s);
    QCOMPARE(window->currentFilter().categories, QStringList{u"Kultur"_s});
    QVERIFY(!window->currentFilter().uncategorised);
    QCOMPARE(window->currentFilter().search, u"i"_s); // the search stays
    Q_EMIT pane->showOnly(QString()); // Uncategorised
    QVERIFY(window->currentFilter().categories.isEmpty());
    QVERIFY(window->currentFilter().uncategorised);
}

void TestWindowKeys::exportThisCategory()
{
    auto window = makeWindow();
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    const int kultur = newsModel(*window)->rowCount();
    QVERIFY(kultur > 0);
    QVERIFY(checkCategory(*window, u"Kultur"_s, false));
    WindowTestSupport::search(*window, u"Roslagsbanan"_s); // what the list shows does not matter

    Q_EMIT window->findChild<CategoryPane *>()->exportCategory(u"Kultur"_s);
    auto *dialog = window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->items(), ExportDialog::Items::Category);
    QCOMPARE(dialog->category(), u"Kultur"_s);
    QVERIFY(window->findChild<QWidget *>(u"exportCategoryRadio"_s)->isVisible());
    dialog->setFormat(u"csv"_s);
    dialog->setDestination(m_dir->filePath(u"kultur.csv"_s));
    auto *controller = window->findChild<ExportController *>();
    QSignalSpy finished(controller, &ExportController::finished);
    QVERIFY(finished.isValid());
    dialog->accept();
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(int(result.itemCount), kultur);
}

void TestWindowKeys::newOnlyShowsWhatArrivedSinceTheLastVisit()
{
    {
        auto window = makeWindow();
        window->close(); // the visit is recorded
    }
    QVERIFY(WindowTestSupport::importListing(cachePath(), m_dir->filePath(u"newer.txt"_s),
                                             {{u"Nytt i dag"_s, u"Något nytt."_s, u"Kultur"_s},
                                              {u"Också nytt"_s, u"Mer nytt."_s, u"Kultur"_s}}));
    auto window = makeWindow();
    QVERIFY(window->findChild<ReaderSession *>()->previousVisit() > 0);
    QTRY_COMPARE(newsModel(*window)->rowCount(), 49);
    QAction *newOnly = window->findChild<QAction *>(u"newOnlyAction"_s);
    newOnly->trigger();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 2);
    QVERIFY(newsModel(*window)->index(0).data(NewsListModel::NewRole).toBool());
    newOnly->trigger();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 49);
    // Clear Filters turns it off too.
    newOnly->trigger();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 2);
    window->findChild<QAction *>(u"clearFiltersAction"_s)->trigger();
    QVERIFY(!newOnly->isChecked());
    QTRY_COMPARE(newsModel(*window)->rowCount(), 49);
}

QList<qint64> TestWindowKeys::makeLabels(const QStringList &names)
{
    NewsStore store;
    if (!store.open(cachePath()))
        return {};
    QList<qint64> ids;
    for (const QString &name : names) {
        Label label;
        label.name = name;
        if (!store.createLabel(label))
            return {};
        ids.append(label.id);
    }
    return ids;
}

QListView *TestWindowKeys::selectRows(MainWindow &window, int count)
{
    auto *list = window.findChild<QListView *>(u"newsView"_s);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    list->selectionModel()->select(QItemSelection(list->model()->index(0, 0), list->model()->index(count - 1, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    return list;
}

QStringList TestWindowKeys::labelsOfRow(MainWindow &window, int row)
{
    return newsModel(window)->index(row).data(NewsListModel::LabelsRole).toStringList();
}

void TestWindowKeys::numberKeysToggleALabelOnTheSelection()
{
    QCOMPARE(makeLabels({u"Budget"_s, u"Resor"_s}).size(), 2);
    auto window = makeWindow();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QAction *first = window->findChild<QAction *>(u"toggleLabel1Action"_s);
    QTRY_VERIFY(first->isVisible());
    QCOMPARE(first->shortcut(), QKeySequence(Qt::Key_1));
    QVERIFY(!window->findChild<QAction *>(u"toggleLabel3Action"_s)->isVisible()); // two labels only
    QListView *list = selectRows(*window, 2);
    QTest::keyClick(list, Qt::Key_1);
    QTRY_COMPARE(labelsOfRow(*window, 0), QStringList{u"Budget"_s});
    QTRY_COMPARE(labelsOfRow(*window, 1), QStringList{u"Budget"_s});
    QVERIFY(labelsOfRow(*window, 2).isEmpty());
    QTest::keyClick(list, Qt::Key_2);
    QTRY_COMPARE(labelsOfRow(*window, 1), (QStringList{u"Budget"_s, u"Resor"_s}));
    // Every selected item carries it: the key takes it off.
    QTest::keyClick(list, Qt::Key_1);
    QTRY_COMPARE(labelsOfRow(*window, 0), QStringList{u"Resor"_s});
    QTRY_COMPARE(labelsOfRow(*window, 1), QStringList{u"Resor"_s});
    // A key with no label does nothing.
    QTest::keyClick(list, Qt::Key_3);
    QCOMPARE(labelsOfRow(*window, 0), QStringList{u"Resor"_s});
    // Undo takes the last change back (once it is written: Undo is disabled until then).
    QAction *undo = window->findChild<QAction *>(u"undoAction"_s);
    QTRY_VERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE(labelsOfRow(*window, 0), (QStringList{u"Budget"_s, u"Resor"_s}));
}

void TestWindowKeys::labelsMenuReflectsTheSelection()
{
    QCOMPARE(makeLabels({u"Budget"_s, u"Resor"_s}).size(), 2);
    auto window = makeWindow();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QTRY_VERIFY(window->findChild<QAction *>(u"toggleLabel2Action"_s)->isVisible());
    QListView *list = selectRows(*window, 1);
    QTest::keyClick(list, Qt::Key_2);
    QTRY_COMPARE(labelsOfRow(*window, 0), QStringList{u"Resor"_s});
    auto *menu = window->findChild<QMenu *>(u"labelsMenu"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QVERIFY(!window->findChild<QAction *>(u"toggleLabel1Action"_s)->isChecked());
    QVERIFY(window->findChild<QAction *>(u"toggleLabel2Action"_s)->isChecked());
    QCOMPARE(window->findChild<QAction *>(u"toggleLabel2Action"_s)->text(), u"&2 Resor"_s);
    // Two rows, one carries it: not checked.
    selectRows(*window, 2);
    Q_EMIT menu->aboutToShow();
    QVERIFY(!window->findChild<QAction *>(u"toggleLabel2Action"_s)->isChecked());
    auto *item = window->findChild<QMenu *>(u"itemMenu"_s);
    QVERIFY(item->actions().contains(menu->menuAction()));
}

void TestWindowKeys::theLabelsOfEveryRowAreCountedOffTheGuiThread()
{
    // Ctrl+A, then 2: the label goes on the list's filter on the worker; the
    // Labels menu's check marks for every row come from the worker's count
    // (none is walked here), and follow while the menu is open.
    QCOMPARE(makeLabels({u"Budget"_s, u"Resor"_s}).size(), 2);
    auto window = makeWindow();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QTRY_VERIFY(window->findChild<QAction *>(u"toggleLabel2Action"_s)->isVisible());
    QListView *list = selectRows(*window, 1);
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 47);
    QTest::keyClick(list, Qt::Key_2);
    QTRY_COMPARE(labelsOfRow(*window, 46), QStringList{u"Resor"_s});
    QTRY_VERIFY(window->findChild<QAction *>(u"undoAction"_s)->isEnabled()); // written
    auto *menu = window->findChild<QMenu *>(u"labelsMenu"_s);
    QAction *resor = window->findChild<QAction *>(u"toggleLabel2Action"_s);
    Q_EMIT menu->aboutToShow();
    QVERIFY(!resor->isChecked()); // not known yet
    QTRY_VERIFY(resor->isChecked());
    QVERIFY(!window->findChild<QAction *>(u"toggleLabel1Action"_s)->isChecked());
}

void TestWindowKeys::deleteHidesAndUndoBringsItBack()
{
    auto window = makeWindow();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QListView *list = selectRows(*window, 2);
    const qint64 first = newsModel(*window)->index(0).data(NewsListModel::IdRole).toLongLong();
    QAction *hide = window->findChild<QAction *>(u"hideAction"_s);
    QVERIFY(hide->isEnabled());
    QVERIFY(!window->findChild<QAction *>(u"restoreAction"_s)->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(newsModel(*window)->rowCount(), 45);
    QVERIFY(newsModel(*window)->index(0).data(NewsListModel::IdRole).toLongLong() != first);
    QTRY_VERIFY(window->findChild<QAction *>(u"undoAction"_s)->isEnabled()); // (once the hide is written)
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    QTRY_COMPARE(newsModel(*window)->index(0).data(NewsListModel::IdRole).toLongLong(), first);
}

void TestWindowKeys::organiseActionsFollowTheSelection()
{
    auto window = makeWindow();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    list->selectionModel()->clear();
    list->setCurrentIndex({});
    QAction *hide = window->findChild<QAction *>(u"hideAction"_s);
    QTRY_VERIFY(!hide->isEnabled());
    QVERIFY(!window->findChild<QMenu *>(u"labelsMenu"_s)->menuAction()->isEnabled());
    QVERIFY(!window->findChild<QAction *>(u"updateViewAction"_s)->isEnabled()); // no view shown
    QVERIFY(window->findChild<QAction *>(u"saveViewAction"_s)->isEnabled());
    selectRows(*window, 1);
    QTRY_VERIFY(hide->isEnabled());
    QVERIFY(!window->findChild<QAction *>(u"restoreAction"_s)->isEnabled());
    // The Hidden view: Delete restores.
    window->findChild<QAction *>(u"showHiddenAction"_s)->trigger();
    QTRY_COMPARE(newsModel(*window)->rowCount(), 0);
    QVERIFY(window->findChild<QAction *>(u"showHiddenAction"_s)->isChecked());
}

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
