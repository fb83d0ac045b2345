// Reading comfort kept across a restart: zoom, the compact list, the layout,
// the category pane, full screen and the sort are set in one window, the
// window is closed and a new one made on the same settings. Shortcuts a person
// changes (Settings → Configure Shortcuts…) are saved and applied at the next
// start; keys another action has are refused. Help → Keyboard Shortcuts fits
// without a horizontal scroll bar.

#include "models/i18n/languagemanager.h"
#include "models/itemmodels/newslistmodel.h"
#include "views/dialogs/configureshortcutsdialog.h"
#include "views/dialogs/shortcutsdialog.h"
#include "views/panes/detailpane.h"
#include "views/panes/newspane.h"
#include "views/panes/readerpanes.h"
#include "views/panes/sidepane.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestWindowSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void viewSurvivesARestart();
    void sidePaneSurvivesARestart();
    void sortSurvivesARestart_data();
    void sortSurvivesARestart();
    void zoomKeysZoomListAndItem();
    void categoryPaneKeyHidesAndShows();
    void changedShortcutIsSavedAndAppliedAfterARestart();
    void conflictingKeysAreRefused_data();
    void conflictingKeysAreRefused();
    void resetToDefaultsForgetsTheChoice();
    void keyboardShortcutsFitWithoutHorizontalScrolling_data();
    void keyboardShortcutsFitWithoutHorizontalScrolling();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QAction *action(MainWindow &window, const QString &name);
    // Opens Settings → Configure Shortcuts… and returns its dialog.
    ConfigureShortcutsDialog *openConfigureShortcuts(MainWindow &window);
    static int rowOf(ConfigureShortcutsDialog *dialog, const QString &description);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestWindowSettings::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_windowsettings"_s);
}

void TestWindowSettings::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QCOMPARE(WindowTestSupport::importSample(m_dir->filePath(u"cache.sqlite"_s), &error), 47);
}

void TestWindowSettings::cleanup()
{
    m_languages.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWindowSettings::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_dir->filePath(u"cache.sqlite"_s));
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

QAction *TestWindowSettings::action(MainWindow &window, const QString &name)
{
    auto *action = window.findChild<QAction *>(name);
    if (!action)
        qWarning("no action %s", qPrintable(name));
    return action;
}

ConfigureShortcutsDialog *TestWindowSettings::openConfigureShortcuts(MainWindow &window)
{
    action(window, u"configureShortcutsAction"_s)->trigger();
    auto *dialog = window.findChild<ConfigureShortcutsDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("dialog not exposed");
    return dialog;
}

int TestWindowSettings::rowOf(ConfigureShortcutsDialog *dialog, const QString &description)
{
    auto *table = dialog->findChild<QTableWidget *>(u"configureShortcutsTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == description)
            return row;
    }
    return -1;
}

void TestWindowSettings::viewSurvivesARestart()
{
    {
        auto window = makeWindow();
        action(*window, u"zoomInAction"_s)->trigger();
        action(*window, u"zoomInAction"_s)->trigger();
        action(*window, u"compactListAction"_s)->trigger();
        action(*window, u"layoutListAboveAction"_s)->trigger();
        action(*window, u"showCategoryPaneAction"_s)->trigger();
        action(*window, u"fullScreenAction"_s)->trigger();
        QVERIFY(window->isFullScreen());
        QCOMPARE(window->findChild<NewsPane *>()->zoom(), 2);
        QCOMPARE(window->findChild<DetailPane *>()->zoom(), 2);
        QVERIFY(!window->findChild<ReaderPanes *>()->isCategoryPaneVisible());
        window->close();
    }
    auto window = makeWindow();
    auto *news = window->findChild<NewsPane *>();
    QCOMPARE(news->zoom(), 2);
    QCOMPARE(window->findChild<DetailPane *>()->zoom(), 2);
    QVERIFY(news->isCompact());
    QVERIFY(action(*window, u"compactListAction"_s)->isChecked());
    auto *panes = window->findChild<ReaderPanes *>();
    QCOMPARE(panes->layout(), ReaderPanes::Layout::ListAbove);
    QVERIFY(action(*window, u"layoutListAboveAction"_s)->isChecked());
    QVERIFY(!panes->isCategoryPaneVisible());
    QVERIFY(!action(*window, u"showCategoryPaneAction"_s)->isChecked());
    QVERIFY(window->isFullScreen());
    QVERIFY(action(*window, u"fullScreenAction"_s)->isChecked());

    // And back, remembered too.
    action(*window, u"zoomResetAction"_s)->trigger();
    action(*window, u"compactListAction"_s)->trigger();
    action(*window, u"layoutSideBySideAction"_s)->trigger();
    action(*window, u"showCategoryPaneAction"_s)->trigger();
    action(*window, u"fullScreenAction"_s)->trigger();
    QVERIFY(!window->isFullScreen());
    window.reset();
    window = makeWindow();
    QCOMPARE(window->findChild<NewsPane *>()->zoom(), 0);
    QVERIFY(!window->findChild<NewsPane *>()->isCompact());
    QCOMPARE(window->findChild<ReaderPanes *>()->layout(), ReaderPanes::Layout::SideBySide);
    QVERIFY(window->findChild<ReaderPanes *>()->isCategoryPaneVisible());
    QVERIFY(!window->isFullScreen());
    QVERIFY(!action(*window, u"zoomResetAction"_s)->isEnabled()); // at the normal size already
}

void TestWindowSettings::sidePaneSurvivesARestart()
{
    QList<int> sizes;
    {
        auto window = makeWindow();
        auto *side = window->findChild<SidePane *>(u"sidePane"_s);
        QVERIFY(side);
        QCOMPARE(side->currentTab(), SidePane::Tab::Categories);
        side->setCurrentTab(SidePane::Tab::Sources);
        QSplitter *splitter = side->splitter();
        QCOMPARE(splitter->count(), 3); // views, labels, the tabs
        const int total = splitter->height();
        splitter->setSizes({total / 6, total / 3, total - total / 6 - total / 3});
        sizes = splitter->sizes();
        window->close();
    }
    auto window = makeWindow();
    auto *side = window->findChild<SidePane *>(u"sidePane"_s);
    QCOMPARE(side->currentTab(), SidePane::Tab::Sources);
    QCOMPARE(side->splitter()->sizes(), sizes);
    // F9 hides the whole side pane, and that is remembered too.
    action(*window, u"showCategoryPaneAction"_s)->trigger();
    QVERIFY(!side->isVisible());
    window.reset();
    window = makeWindow();
    QVERIFY(!window->findChild<SidePane *>(u"sidePane"_s)->isVisible());
    QVERIFY(!action(*window, u"showCategoryPaneAction"_s)->isChecked());
}

void TestWindowSettings::sortSurvivesARestart_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<ItemFilter::Sort>("sort");
    QTest::newRow("title") << u"sortTitleAction"_s << ItemFilter::Sort::Title;
    QTest::newRow("source file") << u"sortSourceAction"_s << ItemFilter::Sort::Source;
    QTest::newRow("unread first") << u"sortReadStateAction"_s << ItemFilter::Sort::ReadState;
    QTest::newRow("starred first") << u"sortStarredAction"_s << ItemFilter::Sort::Starred;
    QTest::newRow("listing order") << u"sortListingAction"_s << ItemFilter::Sort::Listing;
}

void TestWindowSettings::sortSurvivesARestart()
{
    QFETCH(QString, actionName);
    QFETCH(ItemFilter::Sort, sort);
    {
        auto window = makeWindow();
        if (sort == ItemFilter::Sort::Listing)
            action(*window, u"sortTitleAction"_s)->trigger();
        action(*window, actionName)->trigger();
        QCOMPARE(window->currentFilter().sort, sort);
    }
    auto window = makeWindow();
    QVERIFY(action(*window, actionName)->isChecked());
    QCOMPARE(window->currentFilter().sort, sort);
}

void TestWindowSettings::zoomKeysZoomListAndItem()
{
    auto window = makeWindow();
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    auto *news = window->findChild<NewsPane *>();
    auto *detail = window->findChild<DetailPane *>();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    const int rowHeight = list->sizeHintForRow(0);
    QTest::keyClick(list, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(news->zoom(), 1);
    QTest::keyClick(list, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(news->zoom(), 2);
    QCOMPARE(detail->zoom(), 2);
    QVERIFY2(list->sizeHintForRow(0) > rowHeight, "the rows grow with the text");
    QTest::keyClick(list, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(news->zoom(), 1);
    QTest::keyClick(list, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(news->zoom(), 0);
    QCOMPARE(detail->zoom(), 0);
    // Never past the smallest size.
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(list, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(news->zoom(), NewsPane::MinZoom);
    QVERIFY(!action(*window, u"zoomOutAction"_s)->isEnabled());
}

void TestWindowSettings::categoryPaneKeyHidesAndShows()
{
    auto window = makeWindow();
    auto *panes = window->findChild<ReaderPanes *>();
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(action(*window, u"showCategoryPaneAction"_s)->shortcut(), QKeySequence(Qt::Key_F9));
    QTest::keyClick(list, Qt::Key_F9);
    QVERIFY(!panes->isCategoryPaneVisible());
    QVERIFY(!window->findChild<QWidget *>(u"categoryPane"_s)->isVisible());
    QTest::keyClick(list, Qt::Key_F9);
    QVERIFY(panes->isCategoryPaneVisible());
    QVERIFY(window->findChild<QWidget *>(u"categoryPane"_s)->isVisible());
    QTest::keyClick(list, Qt::Key_F11);
    QVERIFY(window->isFullScreen());
    QTest::keyClick(list, Qt::Key_F11);
    QVERIFY(!window->isFullScreen());
}

void TestWindowSettings::changedShortcutIsSavedAndAppliedAfterARestart()
{
    const QKeySequence chosen(Qt::CTRL | Qt::ALT | Qt::Key_I);
    {
        auto window = makeWindow();
        ConfigureShortcutsDialog *dialog = openConfigureShortcuts(*window);
        QVERIFY(dialog);
        const int row = rowOf(dialog, u"View \u203A Zoom In"_s);
        QVERIFY(row >= 0);
        auto *table = dialog->findChild<QTableWidget *>(u"configureShortcutsTable"_s);
        table->setCurrentCell(row, 0);
        // Typed as a person types it: the edit takes the keys, and a moment
        // later the dialog has them.
        auto *edit = dialog->findChild<QKeySequenceEdit *>(u"shortcutEdit"_s);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(dialog->chosen().at(row), QList<QKeySequence>{chosen});
        QCOMPARE(table->item(row, 1)->text(), chosen.toString(QKeySequence::NativeText));
        dialog->accept();
        QCOMPARE(action(*window, u"zoomInAction"_s)->shortcuts(), QList<QKeySequence>{chosen});
        QCOMPARE(QSettings().value(u"shortcuts/zoomInAction"_s).toString(), u"Ctrl+Alt+I"_s);
        // Only what differs from the defaults is kept.
        QVERIFY(!QSettings().contains(u"shortcuts/zoomOutAction"_s));
    }
    auto window = makeWindow();
    QCOMPARE(action(*window, u"zoomInAction"_s)->shortcuts(), QList<QKeySequence>{chosen});
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(window->findChild<NewsPane *>()->zoom(), 1);
    QTest::keyClick(list, Qt::Key_Plus, Qt::ControlModifier); // no longer zooms
    QCOMPARE(window->findChild<NewsPane *>()->zoom(), 1);
}

void TestWindowSettings::conflictingKeysAreRefused_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("said");
    QTest::newRow("another action's") << QKeySequence(Qt::CTRL | Qt::Key_T) << u"Show Only Starred"_s;
    QTest::newRow("another action's alternative")
            << QKeySequence(Qt::CTRL | Qt::Key_Equal) << u"View \u203A Zoom In"_s;
    QTest::newRow("a key that moves in the list") << QKeySequence(Qt::Key_Down) << u"moves around"_s;
}

void TestWindowSettings::conflictingKeysAreRefused()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, said);
    auto window = makeWindow();
    ConfigureShortcutsDialog *dialog = openConfigureShortcuts(*window);
    QVERIFY(dialog);
    const int row = rowOf(dialog, u"Go \u203A Next Item"_s);
    QVERIFY(row >= 0);
    const QList<QList<QKeySequence>> before = dialog->chosen();
    QVERIFY(!dialog->assign(row, keys));
    QCOMPARE(dialog->chosen(), before);
    QVERIFY2(dialog->message().contains(said), qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains(keys.toString(QKeySequence::NativeText)));
    QVERIFY(dialog->findChild<QLabel *>(u"shortcutMessage"_s)->isVisible());
    // Free keys are taken, and the message goes.
    QVERIFY(dialog->assign(row, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J)));
    QVERIFY(dialog->message().isEmpty());
    dialog->reject();
    QCOMPARE(action(*window, u"nextAction"_s)->shortcut(), QKeySequence(Qt::Key_J)); // cancelled
}

void TestWindowSettings::resetToDefaultsForgetsTheChoice()
{
    QSettings().setValue(u"shortcuts/findAction"_s, u"Ctrl+Alt+F"_s);
    QSettings().setValue(u"shortcuts/toggleStarAction"_s, QString()); // none
    auto window = makeWindow();
    QCOMPARE(action(*window, u"findAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    QVERIFY(action(*window, u"toggleStarAction"_s)->shortcut().isEmpty());
    ConfigureShortcutsDialog *dialog = openConfigureShortcuts(*window);
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(u"resetShortcutsButton"_s)->click();
    dialog->accept();
    QCOMPARE(action(*window, u"findAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(action(*window, u"toggleStarAction"_s)->shortcut(), QKeySequence(Qt::Key_S));
    QCOMPARE(action(*window, u"zoomInAction"_s)->shortcuts().size(), 2); // Ctrl++ and Ctrl+=
    QVERIFY(!QSettings().contains(u"shortcuts/findAction"_s));
    QVERIFY(!QSettings().contains(u"shortcuts/toggleStarAction"_s));
}

void TestWindowSettings::keyboardShortcutsFitWithoutHorizontalScrolling_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Swedish") << u"sv"_s;
}

void TestWindowSettings::keyboardShortcutsFitWithoutHorizontalScrolling()
{
    QFETCH(QString, language);
    m_languages->setChoice(language);
    auto window = makeWindow();
    action(*window, u"shortcutsAction"_s)->trigger();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTableWidget *table = dialog->table();
    QVERIFY(table->rowCount() > 20);
    // The columns fill the table's width, and every text is whole in its
    // column: nothing to scroll to, nothing cut.
    QVERIFY(table->horizontalScrollBar()->maximum() == 0 || !table->horizontalScrollBar()->isVisible());
    QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
             qPrintable(u"%1 > %2"_s.arg(table->horizontalHeader()->length()).arg(table->viewport()->width())));
    const int margin = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 2;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            const QFontMetrics metrics(item->font());
            QVERIFY2(metrics.horizontalAdvance(item->text()) + margin <= table->columnWidth(column),
                     qPrintable(item->text()));
        }
    }
    dialog->close();
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
