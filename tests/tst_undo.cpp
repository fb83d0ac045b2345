// Undo of the window's bulk changes (issue 15, item 2; issue 16: labels,
// hiding, a deleted label): every shown item
// marked read, read or star on a selection; Edit → Undo names the change,
// undo sets back exactly the items that changed (also after the list was
// read again and after a filter change), redo sets them again, the notice's
// Undo button, and marking more than 5,000 items asks first (the real
// dialog, answered by the test).

#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "views/controllers/labelcommand.h"
#include "views/controllers/readingcontroller.h"
#include "views/controllers/undocontroller.h"
#include "views/panes/messagebar.h"
#include "views/window/mainwindow.h"
#include "views/window/windowactions.h"
#include "organisetestsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using WindowTestSupport::Listed;
using namespace OrganiseTestSupport;

namespace {

// The read items of the cache, through a connection of the test's own.
QSet<qint64> readIds(const QString &cachePath)
{
    NewsStore store;
    if (!store.open(cachePath))
        return {};
    ItemFilter unread;
    unread.unreadOnly = true;
    const QList<qint64> all = store.itemIds();
    const QList<qint64> unreadIds = store.itemIds(unread);
    QSet<qint64> read(all.cbegin(), all.cend());
    for (qint64 id : unreadIds)
        read.remove(id);
    return read;
}

// The starred items of the cache.
QSet<qint64> starredIds(const QString &cachePath)
{
    NewsStore store;
    if (!store.open(cachePath))
        return {};
    ItemFilter starred;
    starred.starredOnly = true;
    const QList<qint64> ids = store.itemIds(starred);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QString undoText(const char *source, qint64 n)
{
    return QCoreApplication::translate("UndoController", source, nullptr, int(n));
}

// Answers the next message box with button (it runs its own event loop):
// its text goes to text.
void answerNextBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *text = box->text();
        box->button(button)->click();
    });
    timer->start();
}

} // namespace

class TestUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void undoRestoresTheExactStateAfterARefresh();
    void undoOfASelectionAfterAFilterChange();
    void theNoticeUndoes();
    void theNoticeUndoesOnlyItsOwnChange();
    void anImportForgetsTheHistory();
    void nothingToMarkPushesNothing();
    void aMarkSetElsewhereIsNotTakenForTheChange();
    void markingManyItemsAsksFirst_data();
    void markingManyItemsAsksFirst();
    // Issue 16: labels and hiding are undone and redone exactly, and so is a deleted label.
    void labelUndoAndRedoAreExact();
    void hideUndoAndRedoAreExact();
    void aDeletedLabelComesBack();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    QAction *action(MainWindow &window, WindowActions::Id id) const
    {
        return window.findChild<WindowActions *>()->action(id);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_sampleItems = 0;
};

void TestUndo::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_undo"_s);
    // Numbers in a locale that groups them: "6,000".
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUndo::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_sampleItems = WindowTestSupport::importSample(cachePath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUndo::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestUndo::makeWindow()
{
    auto window = std::make_unique<MainWindow>(cachePath());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestUndo::undoRestoresTheExactStateAfterARefresh()
{
    // Some items are read before: they stay read through an undo.
    QList<qint64> before;
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        before = store.itemIds({}, 3);
        QVERIFY(store.setRead(before, true));
    }
    const QSet<qint64> readBefore(before.cbegin(), before.cend());
    QCOMPARE(readIds(cachePath()), readBefore);

    auto window = makeWindow();
    auto *session = window->findChild<ReaderSession *>();
    NewsListModel *model = session->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QVERIFY(undo);
    QSignalSpy marked(undo, &UndoController::marked);
    QSignalSpy restored(undo, &UndoController::restored);
    QVERIFY(marked.isValid());
    QVERIFY(restored.isValid());
    QAction *undoAction = action(*window, WindowActions::Undo);
    QAction *redoAction = action(*window, WindowActions::Redo);
    QVERIFY(!undoAction->isEnabled());

    action(*window, WindowActions::MarkAllRead)->trigger();
    QTRY_COMPARE(marked.size(), 1);
    const qint64 changed = m_sampleItems - before.size();
    QCOMPARE(marked.first().first().value<MarkChange>().ids.size(), changed);
    QCOMPARE(readIds(cachePath()).size(), m_sampleItems);
    QCOMPARE(undo->stack()->count(), 1);

    // Edit → Undo names the change.
    QVERIFY(undoAction->isEnabled());
    const QString name = undoText("Mark %Ln Item(s) as Read", changed);
    QCOMPARE(undoAction->text(), undoText("&Undo %1", 0).arg(name));
    QVERIFY(!redoAction->isEnabled());

    // The list is read again (an import would do it) before the undo.
    session->refresh();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    undoAction->trigger();
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(restored.first().at(1).toBool(), true);
    QCOMPARE(readIds(cachePath()), readBefore);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        QCOMPARE(index.data(NewsListModel::ReadRole).toBool(),
                 readBefore.contains(index.data(NewsListModel::IdRole).toLongLong()));
    }
    QVERIFY(!undoAction->isEnabled());
    QVERIFY(redoAction->isEnabled());
    QCOMPARE(redoAction->text(), undoText("&Redo %1", 0).arg(name));

    // Redo marks them again, and undo once more sets them back.
    redoAction->trigger();
    QTRY_COMPARE(restored.size(), 2);
    QCOMPARE(restored.last().at(1).toBool(), false);
    QCOMPARE(readIds(cachePath()).size(), m_sampleItems);
    undoAction->trigger();
    QTRY_COMPARE(restored.size(), 3);
    QCOMPARE(readIds(cachePath()), readBefore);
}

void TestUndo::undoOfASelectionAfterAFilterChange()
{
    auto window = makeWindow();
    auto *session = window->findChild<ReaderSession *>();
    NewsListModel *model = session->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    QSignalSpy restored(undo, &UndoController::restored);

    // Row 1 is starred already: starring rows 0-3 changes three items.
    const qint64 alreadyStarred = model->idAt(1);
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        QVERIFY(store.setStarred({alreadyStarred}, true));
    }
    session->refresh();
    QTRY_VERIFY(model->index(1).data(NewsListModel::StarredRole).toBool());
    view->setFocus();
    view->selectionModel()->setCurrentIndex(model->index(0), QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->select(QItemSelection(model->index(0), model->index(3)), QItemSelectionModel::Select);
    action(*window, WindowActions::ToggleStar)->trigger();
    QTRY_COMPARE(marked.size(), 1);
    const MarkChange change = marked.first().first().value<MarkChange>();
    QCOMPARE(change.mark, MarkChange::Mark::Starred);
    QVERIFY(change.on);
    QCOMPARE(change.ids.size(), 3);
    QVERIFY(!change.ids.contains(alreadyStarred));
    QCOMPARE(starredIds(cachePath()).size(), 4);
    QCOMPARE(action(*window, WindowActions::Undo)->text(),
             undoText("&Undo %1", 0).arg(undoText("Star %Ln Item(s)", 3)));

    // Another filter: none of the rows starred is shown, the undo still reaches them.
    WindowTestSupport::search(*window, u"Roslagsbanan"_s);
    QTRY_VERIFY(model->rowCount() < m_sampleItems);
    action(*window, WindowActions::Undo)->trigger();
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(starredIds(cachePath()), QSet<qint64>{alreadyStarred});
    // Redo stars the three again, whatever the list shows.
    action(*window, WindowActions::Redo)->trigger();
    QTRY_COMPARE(restored.size(), 2);
    QCOMPARE(starredIds(cachePath()).size(), 4);
}

void TestUndo::theNoticeUndoes()
{
    auto window = makeWindow();
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    QSignalSpy restored(undo, &UndoController::restored);
    action(*window, WindowActions::MarkAllRead)->trigger();
    QTRY_COMPARE(marked.size(), 1);

    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QCoreApplication::translate("ReadingController", "Marked %Ln item(s) as read.", nullptr,
                                                      int(m_sampleItems)));
    auto *button = bar->findChild<QPushButton *>(u"undoNoticeButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(restored.size(), 1);
    QVERIFY(readIds(cachePath()).isEmpty());
    QVERIFY(!bar->isVisible());
    QCOMPARE(undo->stack()->index(), 0);

    // Undone from Edit → Undo instead: the notice goes, it offers nothing any more.
    action(*window, WindowActions::MarkAllRead)->trigger();
    QTRY_COMPARE(marked.size(), 2);
    QTRY_VERIFY(bar->isVisible());
    action(*window, WindowActions::Undo)->trigger();
    QTRY_COMPARE(restored.size(), 2);
    QVERIFY(readIds(cachePath()).isEmpty());
    QVERIFY(!bar->isVisible());
}

void TestUndo::theNoticeUndoesOnlyItsOwnChange()
{
    // The stack full (30 commands): every push drops the oldest and the index
    // stays the same, yet the notice must undo its own change, never a later one.
    auto window = makeWindow();
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    view->setCurrentIndex(model->index(1));
    QAction *star = action(*window, WindowActions::ToggleStar);
    for (int i = 1; i <= 30; ++i) {
        star->trigger();
        QTRY_COMPARE(marked.size(), i);
    }
    QCOMPARE(undo->stack()->index(), 30);
    QVERIFY(!model->index(1).data(NewsListModel::StarredRole).toBool()); // an even number of toggles

    action(*window, WindowActions::MarkAllRead)->trigger();
    // Until the cache has it, its command is not on the stack: Undo waits for it.
    QVERIFY(!action(*window, WindowActions::Undo)->isEnabled());
    QTRY_COMPARE(marked.size(), 31);
    QVERIFY(action(*window, WindowActions::Undo)->isEnabled());
    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    auto *button = bar->findChild<QPushButton *>(u"undoNoticeButton"_s);
    QVERIFY(button);

    star->trigger(); // a later change, of one item: no notice of its own
    QTRY_COMPARE(marked.size(), 32);
    QCOMPARE(undo->stack()->index(), 30);
    QTest::mouseClick(button, Qt::LeftButton);
    // Not undone: neither the star (the last change) nor the marks.
    QTRY_VERIFY(model->index(1).data(NewsListModel::StarredRole).toBool());
    QCOMPARE(readIds(cachePath()).size(), m_sampleItems);
    QCOMPARE(undo->stack()->index(), 30);
}

void TestUndo::anImportForgetsTheHistory()
{
    // An import may remove items, and their ids go to new ones: an undo
    // after it must not set marks by those ids, so the history is forgotten.
    auto window = makeWindow();
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    action(*window, WindowActions::MarkAllRead)->trigger();
    QTRY_COMPARE(marked.size(), 1);
    QCOMPARE(undo->stack()->count(), 1);

    QVERIFY(WindowTestSupport::importListing(cachePath(), m_dir->filePath(u"more.txt"_s),
                                             {{u"Ny nyhet"_s, u"Något hände."_s, u"Kultur"_s}}));
    // Noticed by the session's poll of the cache (every 2 s).
    QTRY_COMPARE_WITH_TIMEOUT(undo->stack()->count(), 0, 10000);
    QVERIFY(!action(*window, WindowActions::Undo)->isEnabled());
    QVERIFY2(window->findChild<QLabel *>(u"messageLabel"_s)
                     ->text()
                     .endsWith(QCoreApplication::translate("MainWindow", "Earlier changes can no longer be undone.")),
             qPrintable(window->findChild<QLabel *>(u"messageLabel"_s)->text()));
}

void TestUndo::nothingToMarkPushesNothing()
{
    auto window = makeWindow();
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    action(*window, WindowActions::MarkAllRead)->trigger();
    QTRY_COMPARE(marked.size(), 1);
    QCOMPARE(undo->stack()->count(), 1);

    // Everything is read now: nothing to undo comes of marking it again.
    action(*window, WindowActions::MarkAllRead)->trigger();
    auto *status = window->findChild<QLabel *>(u"messageLabel"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Nothing to mark"_s), qPrintable(status->text()));
    QTest::qWait(100); // a change, were one pushed, would have come by now (the worker is idle)
    QCOMPARE(undo->stack()->count(), 1);
}

void TestUndo::aMarkSetElsewhereIsNotTakenForTheChange()
{
    // A mark the list sets for someone else (reading an item marks it read)
    // just before Mark All Read, both written by the worker in turn: the
    // command is Mark All Read's own change.
    auto window = makeWindow();
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    QSignalSpy applied(model, &NewsListModel::markApplied);
    QVERIFY(model->setRead({5}, true));
    action(*window, WindowActions::MarkAllRead)->trigger();
    QTRY_COMPARE(applied.size(), 2);
    QCOMPARE(marked.size(), 1);
    QCOMPARE(marked.first().first().value<MarkChange>().ids.size(), m_sampleItems - 1);
    QCOMPARE(undo->stack()->count(), 1);
    QCOMPARE(undo->stack()->text(0), undoText("Mark %Ln Item(s) as Read", m_sampleItems - 1));
}

void TestUndo::markingManyItemsAsksFirst_data()
{
    QTest::addColumn<bool>("yes");
    QTest::newRow("answered yes") << true;
    QTest::newRow("answered no") << false;
}

void TestUndo::markingManyItemsAsksFirst()
{
    QFETCH(bool, yes);
    constexpr int Many = 6000; // more than ReadingController::ConfirmAbove
    static_assert(Many > ReadingController::ConfirmAbove);
    QList<Listed> items;
    for (int i = 0; i < Many; ++i)
        items.append({u"Många nummer %1"_s.arg(i), u"Text %1."_s.arg(i), u"Kultur"_s});
    QVERIFY(WindowTestSupport::importListing(cachePath(), m_dir->filePath(u"many.txt"_s), items));
    const qint64 total = m_sampleItems + Many;

    auto window = makeWindow();
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), total);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);

    QString asked;
    answerNextBox(yes ? QMessageBox::Yes : QMessageBox::No, &asked);
    action(*window, WindowActions::MarkAllRead)->trigger(); // returns when the box was answered
    QVERIFY2(asked.contains(QLocale().toString(total)), qPrintable(asked));
    QVERIFY2(asked.contains(u"6,"_s), qPrintable(asked));
    if (!yes) {
        QTest::qWait(100);
        QCOMPARE(marked.size(), 0);
        QCOMPARE(undo->stack()->count(), 0);
        QVERIFY(readIds(cachePath()).isEmpty());
        QVERIFY(!model->index(0).data(NewsListModel::ReadRole).toBool());
        return;
    }
    QTRY_COMPARE(marked.size(), 1);
    QCOMPARE(readIds(cachePath()).size(), total);
    QCOMPARE(undo->stack()->count(), 1);
    const QString name = undoText("Mark %Ln Item(s) as Read", total);
    QVERIFY2(name.contains(QLocale().toString(total)), qPrintable(name));
    QCOMPARE(action(*window, WindowActions::Undo)->text(), undoText("&Undo %1", 0).arg(name));
}

void TestUndo::labelUndoAndRedoAreExact()
{
    // "Budget" is on items 0 and 1 before; labelling 0-3 changes 2 and 3 only.
    Label budget = labelOf(u"Budget"_s);
    QList<qint64> first;
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        QVERIFY(store.createLabel(budget));
        first = store.itemIds({}, 4);
        QCOMPARE(first.size(), 4);
        MarkChange before{.mark = MarkChange::Mark::Label, .on = true, .ids = first.mid(0, 2), .labelId = budget.id};
        QVERIFY(store.setMarks(before, true));
    }
    const QSet<qint64> labelledBefore{first.at(0), first.at(1)};
    QCOMPARE(labelledIds(cachePath(), u"Budget"_s), labelledBefore);

    auto window = makeWindow();
    auto *session = window->findChild<ReaderSession *>();
    QTRY_COMPARE(session->newsModel()->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    QSignalSpy restored(undo, &UndoController::restored);
    undo->setLabelNames([](qint64) { return u"Budget"_s; });
    undo->mark(MarkChange::Mark::Label, true, first, budget.id);
    QTRY_COMPARE(marked.size(), 1);
    const MarkChange change = marked.first().first().value<MarkChange>();
    QCOMPARE(change.labelId, budget.id);
    QCOMPARE(QSet<qint64>(change.ids.cbegin(), change.ids.cend()), (QSet<qint64>{first.at(2), first.at(3)}));
    QCOMPARE(labelledIds(cachePath(), u"Budget"_s).size(), 4);
    const QString name = undoText("Label %Ln Item(s) “%1”", 2).arg(u"Budget"_s);
    QCOMPARE(undo->stack()->undoText(), name);
    QCOMPARE(action(*window, WindowActions::Undo)->text(), undoText("&Undo %1", 0).arg(name));

    action(*window, WindowActions::Undo)->trigger();
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(labelledIds(cachePath(), u"Budget"_s), labelledBefore);
    action(*window, WindowActions::Redo)->trigger();
    QTRY_COMPARE(restored.size(), 2);
    QCOMPARE(labelledIds(cachePath(), u"Budget"_s).size(), 4);

    // Taken off all four, then undone: the four carry it again.
    undo->mark(MarkChange::Mark::Label, false, first, budget.id);
    QTRY_COMPARE(marked.size(), 2);
    QVERIFY(labelledIds(cachePath(), u"Budget"_s).isEmpty());
    QCOMPARE(undo->stack()->undoText(), undoText("Remove Label “%1” from %Ln Item(s)", 4).arg(u"Budget"_s));
    action(*window, WindowActions::Undo)->trigger();
    QTRY_COMPARE(restored.size(), 3);
    QCOMPARE(labelledIds(cachePath(), u"Budget"_s).size(), 4);
}

void TestUndo::hideUndoAndRedoAreExact()
{
    QList<qint64> first;
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        first = store.itemIds({}, 3);
        MarkChange before{.mark = MarkChange::Mark::Hidden, .on = true, .ids = {first.at(0)}, .labelId = 0};
        QVERIFY(store.setMarks(before, true));
    }
    auto window = makeWindow();
    auto *session = window->findChild<ReaderSession *>();
    NewsListModel *model = session->newsModel();
    QTRY_COMPARE(model->rowCount(), m_sampleItems - 1); // the hidden one is left out
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy marked(undo, &UndoController::marked);
    QSignalSpy restored(undo, &UndoController::restored);

    undo->mark(MarkChange::Mark::Hidden, true, first);
    QTRY_COMPARE(marked.size(), 1);
    QCOMPARE(marked.first().first().value<MarkChange>().ids.size(), 2);
    QCOMPARE(hiddenIds(cachePath()), QSet<qint64>(first.cbegin(), first.cend()));
    QTRY_COMPARE(model->rowCount(), m_sampleItems - 3); // the rows left the list at once
    QCOMPARE(undo->stack()->undoText(), undoText("Hide %Ln Item(s)", 2));

    action(*window, WindowActions::Undo)->trigger();
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(hiddenIds(cachePath()), QSet<qint64>{first.at(0)});
    QTRY_COMPARE(model->rowCount(), m_sampleItems - 1); // they came back
    action(*window, WindowActions::Redo)->trigger();
    QTRY_COMPARE(restored.size(), 2);
    QCOMPARE(hiddenIds(cachePath()).size(), 3);
    QTRY_COMPARE(model->rowCount(), m_sampleItems - 3);

    // Restoring all three and undoing it: hidden again, all three.
    undo->mark(MarkChange::Mark::Hidden, false, first);
    QTRY_COMPARE(marked.size(), 2);
    QVERIFY(hiddenIds(cachePath()).isEmpty());
    QCOMPARE(undo->stack()->undoText(), undoText("Restore %Ln Item(s)", 3));
    action(*window, WindowActions::Undo)->trigger();
    QTRY_COMPARE(restored.size(), 3);
    QCOMPARE(hiddenIds(cachePath()).size(), 3);
}

void TestUndo::aDeletedLabelComesBack()
{
    Label budget = labelOf(u"Budget"_s, u"#aa3311"_s);
    QList<qint64> first;
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        QVERIFY(store.createLabel(budget));
        first = store.itemIds({}, 3);
        MarkChange on{.mark = MarkChange::Mark::Label, .on = true, .ids = first, .labelId = budget.id};
        QVERIFY(store.setMarks(on, true));
    }
    auto window = makeWindow();
    auto *session = window->findChild<ReaderSession *>();
    QTRY_COMPARE(session->newsModel()->rowCount(), m_sampleItems);
    auto *undo = window->findChild<UndoController *>(u"undoController"_s);
    QSignalSpy deleted(session, &ReaderSession::labelDeleted);
    QSignalSpy restoredLabel(session, &ReaderSession::labelRestored);
    session->deleteLabel(budget.id);
    QTRY_COMPARE(deleted.size(), 1);
    const auto carried = deleted.first().at(1).value<MarkChange>();
    QCOMPARE(QSet<qint64>(carried.ids.cbegin(), carried.ids.cend()), QSet<qint64>(first.cbegin(), first.cend()));
    QVERIFY(labelledIds(cachePath(), u"Budget"_s).isEmpty());
    const qint64 serial = undo->nextSerial();
    undo->pushDone(new LabelCommand(
            deleted.first().first().value<Label>(), carried, serial,
            [session](const Label &l, const MarkChange &c) { session->restoreLabel(l, c); },
            [session](qint64 id) { session->deleteLabel(id); }));
    QCOMPARE(action(*window, WindowActions::Undo)->text(),
             undoText("&Undo %1", 0).arg(undoText("Delete Label “%1”", 0).arg(u"Budget"_s)));

    QVERIFY(undo->undoChange(serial)); // the notice's Undo button
    QTRY_COMPARE(restoredLabel.size(), 1);
    QCOMPARE(labelledIds(cachePath(), u"Budget"_s), QSet<qint64>(first.cbegin(), first.cend()));
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        const Label back = store.labelNamed(u"Budget"_s);
        QCOMPARE(back.id, budget.id);
        QCOMPARE(back.color, budget.color);
        QCOMPARE(back.position, budget.position);
    }
    action(*window, WindowActions::Redo)->trigger();
    QTRY_COMPARE(deleted.size(), 2);
    QVERIFY(labelledIds(cachePath(), u"Budget"_s).isEmpty());
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
