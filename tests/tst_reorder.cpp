// Putting the saved views and the labels in order (issue 16): the panes'
// lists take a drag inside themselves (QAbstractItemView::InternalMove, which
// calls the model's moveRows(); a real QDrag cannot run offscreen, so the
// drop's checks are asked of the model as the view asks them: where the
// indicator may show, what moveRows() takes), Ctrl+Shift+Up / Down move the
// keyboard's current row, the context menus show those keys; the order is
// written by the session and is there when the cache is opened again. With
// NEWSDESK_SCREENSHOT_DIR set, the view pane's context menu is saved there
// (in English and in Swedish) to be looked at.
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "views/panes/labelpane.h"
#include "views/panes/rowmover.h"
#include "views/panes/viewpane.h"
#include "organisetestsupport.h"
#include "windowtestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList namesIn(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    return names;
}

// The menu the pane is about to show: what its Move Up and Move Down say,
// and (with trigger) one of them triggered; with shot set, it is saved there.
struct MenuLook
{
    QString upKeys;
    QString downKeys;
    bool keysVisible = false;
    bool upEnabled = false;
    bool downEnabled = false;
};

template <typename Pane>
MenuLook runMenu(Pane *pane, const QModelIndex &index, const QString &prefix, const QString &trigger = {},
                 const QString &shot = {})
{
    MenuLook look;
    QObject context;
    QObject::connect(pane, &Pane::contextMenuAboutToShow, &context, [&](QMenu *menu) {
        auto *up = menu->findChild<QAction *>(prefix + u"UpAction"_s);
        auto *down = menu->findChild<QAction *>(prefix + u"DownAction"_s);
        if (up && down) {
            look = {up->shortcut().toString(), down->shortcut().toString(),
                    up->isShortcutVisibleInContextMenu() && down->isShortcutVisibleInContextMenu(),
                    up->isEnabled(), down->isEnabled()};
        }
        if (!shot.isEmpty()) {
            menu->adjustSize();
            menu->grab().save(shot);
        }
        QAction *wanted = trigger.isEmpty() ? nullptr : menu->findChild<QAction *>(trigger);
        if (wanted && wanted->isEnabled())
            wanted->trigger();
        QMetaObject::invokeMethod(menu, &QMenu::close, Qt::QueuedConnection);
    });
    Q_EMIT pane->view()->customContextMenuRequested(pane->view()->visualRect(index).center());
    return look;
}

// The first row dragged to row (as QListView gives it: -1 under the rows):
// whether the model lets the indicator show there (only a move, never onto a
// row), and the order after the drop (QListView's InternalMove calls moveRow()).
template <typename Model>
void dropFirstRow(Model &model, int row, bool drops, const QStringList &order)
{
    const std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0)}));
    QVERIFY(dragged);
    QCOMPARE(model.canDropMimeData(dragged.get(), Qt::MoveAction, row, 0, {}), drops);
    QVERIFY(!model.canDropMimeData(dragged.get(), Qt::CopyAction, 1, 0, {}));
    QVERIFY(!model.canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model.index(1))); // onto the second
    QVERIFY(!model.canDropMimeData(nullptr, Qt::MoveAction, 1, 0, {}));
    model.moveRow({}, 0, {}, row < 0 ? model.rowCount() : row);
    QCOMPARE(namesIn(model), order);
}

// A session with a pane over one of its models (a tester on it from the start).
template <typename Model, typename Pane>
struct SessionPane
{
    explicit SessionPane(Model *(ReaderSession::*of)() const)
        : model(*(session.*of)())
    {
    }

    ReaderSession session;
    Model &model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    Pane pane{&model};
};
using ViewsPane = SessionPane<SavedViewModel, ViewPane>;
using LabelsPane = SessionPane<LabelModel, LabelPane>;

} // namespace

class TestReorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void viewsMoveWithTheKeysAndStayInOrder();
    void theHiddenViewStaysLast();
    void viewDropsGoOnlyBetweenTheViews_data();
    void viewDropsGoOnlyBetweenTheViews();
    void theViewMenuShowsTheKeysAndMoves();
    void labelsMoveWithTheKeysAndStayInOrder();
    void labelDropsGoBetweenTheLabels_data();
    void labelDropsGoBetweenTheLabels();
    void theLabelMenuShowsTheKeysAndMoves();
    void aLabelDeletedMeanwhileIsPassedOver();
    void anEditMeanwhileIsKept_data();
    void anEditMeanwhileIsKept();
    void menuScreenshots();

private:
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    // The session open on the sample with three views and three labels, its side models read.
    bool openSession(ReaderSession &session);
    static bool pressMove(QListView *view, int row, Qt::Key key);
    // Shown and active: the lists' keys are shortcuts of the focused list.
    static bool showActive(QWidget *pane);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReorder::initTestCase()
{
    QVERIFY(m_settings.isValid());
    WindowTestSupport::isolate(m_settings.filePath(u"settings"_s), u"tst_reorder"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    QCOMPARE(NewsImporter(store).importPaths(NewsImporter::sampleFiles()).itemsTotal, qint64(47));
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s}) {
        SavedView view;
        view.name = name;
        QVERIFY2(store.saveView(view), qPrintable(store.errorString()));
        Label label;
        label.name = u"Label "_s + name;
        QVERIFY2(store.createLabel(label), qPrintable(store.errorString()));
    }
}

void TestReorder::cleanup()
{
    m_dir.reset();
}

bool TestReorder::openSession(ReaderSession &session)
{
    return OrganiseTestSupport::openSession(session, cachePath());
}

bool TestReorder::showActive(QWidget *pane)
{
    pane->resize(240, 320);
    pane->show();
    pane->activateWindow();
    return QTest::qWaitForWindowExposed(pane) && QTest::qWaitForWindowActive(pane);
}

bool TestReorder::pressMove(QListView *view, int row, Qt::Key key)
{
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0), QItemSelectionModel::NoUpdate);
    QTest::keyClick(view, key, Qt::ControlModifier | Qt::ShiftModifier);
    return view->currentIndex().isValid();
}

void TestReorder::viewsMoveWithTheKeysAndStayInOrder()
{
    {
        ViewsPane opened(&ReaderSession::savedViewModel);
        auto &[session, model, tester, pane] = opened;
        QVERIFY(openSession(session));
        QVERIFY(showActive(&pane));
        QCOMPARE(pane.moveUpAction()->shortcut(), RowMover::upKeys());
        QCOMPARE(pane.moveDownAction()->shortcut(), RowMover::downKeys());
        QCOMPARE(pane.moveDownAction()->objectName(), u"moveViewDownKeyAction"_s);
        QCOMPARE(pane.moveDownAction()->text(), u"Move View Down"_s);
        QSignalSpy changed(&session, &ReaderSession::viewsChanged);
        QVERIFY(changed.isValid());
        pane.setCurrentView(model.viewAt(2).id); // C, the view shown: it stays selected
        // A down twice: the keyboard follows it.
        QVERIFY(pressMove(pane.view(), 0, Qt::Key_Down));
        QCOMPARE(namesIn(model), (QStringList{u"B"_s, u"A"_s, u"C"_s, u"Hidden"_s}));
        QCOMPARE(pane.view()->currentIndex().row(), 1);
        QTest::keyClick(pane.view(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(namesIn(model), (QStringList{u"B"_s, u"C"_s, u"A"_s, u"Hidden"_s}));
        QCOMPARE(pane.view()->currentIndex().row(), 2);
        QCOMPARE(pane.currentView(), model.viewAt(1).id);
        QCOMPARE(pane.view()->selectionModel()->selectedIndexes(), QModelIndexList{model.index(1)});
        // B up is nothing (the first), so is A down (Hidden stays last).
        QVERIFY(pressMove(pane.view(), 0, Qt::Key_Up));
        QVERIFY(pressMove(pane.view(), 2, Qt::Key_Down));
        QCOMPARE(namesIn(model), (QStringList{u"B"_s, u"C"_s, u"A"_s, u"Hidden"_s}));
        QCOMPARE(pane.view()->currentIndex().row(), 2);
        QTRY_COMPARE(changed.size(), 2);
        // The written order is read back as it is shown, the keyboard where it was (no reset).
        QTRY_COMPARE(namesIn(model), (QStringList{u"B"_s, u"C"_s, u"A"_s, u"Hidden"_s}));
        QSignalSpy read(&model, &SavedViewModel::viewsRead);
        QVERIFY(read.isValid());
        model.refresh(); // (as the session does after each write)
        QVERIFY(read.wait());
        QCOMPARE(pane.view()->currentIndex().row(), 2);
        QCOMPARE(pane.currentView(), model.viewAt(1).id);
    }
    ReaderSession reopened;
    QVERIFY(openSession(reopened));
    QCOMPARE(namesIn(*reopened.savedViewModel()), (QStringList{u"B"_s, u"C"_s, u"A"_s, u"Hidden"_s}));
}

void TestReorder::theHiddenViewStaysLast()
{
    ViewsPane opened(&ReaderSession::savedViewModel);
    auto &[session, model, tester, pane] = opened;
    QVERIFY(openSession(session));
    QVERIFY(showActive(&pane));
    const int hidden = model.hiddenViewRow();
    QCOMPARE(hidden, 3);
    QVERIFY(!model.flags(model.index(hidden)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.flags({}).testFlag(Qt::ItemIsDropEnabled)); // between the rows, never onto one
    QVERIFY(!model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(pressMove(pane.view(), hidden, Qt::Key_Up));
    QCOMPARE(namesIn(model), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"Hidden"_s}));
    QVERIFY(pressMove(pane.view(), hidden - 1, Qt::Key_Up)); // (the keys work here)
    QCOMPARE(namesIn(model), (QStringList{u"A"_s, u"C"_s, u"B"_s, u"Hidden"_s}));
    // The list takes drags inside itself, with an indicator, as moves.
    QListView *view = pane.view();
    QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
    QVERIFY(view->showDropIndicator());
    QCOMPARE(view->defaultDropAction(), Qt::MoveAction);
    QVERIFY(!view->dragDropOverwriteMode());
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
}

void TestReorder::viewDropsGoOnlyBetweenTheViews_data()
{
    // The rows where QListView puts a drop: above a row (its row), below it
    // (row + 1), on the empty space under the rows (-1, appended).
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("drops");
    QTest::addColumn<QStringList>("order"); // A dragged there (moveRow, as InternalMove does)
    QTest::newRow("above B") << 1 << true << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Hidden"_s};
    QTest::newRow("below B") << 2 << true << QStringList{u"B"_s, u"A"_s, u"C"_s, u"Hidden"_s};
    QTest::newRow("above Hidden") << 3 << true << QStringList{u"B"_s, u"C"_s, u"A"_s, u"Hidden"_s};
    QTest::newRow("below Hidden") << 4 << false << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Hidden"_s};
    QTest::newRow("under the rows") << -1 << false << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Hidden"_s};
}

void TestReorder::viewDropsGoOnlyBetweenTheViews()
{
    QFETCH(int, row);
    QFETCH(bool, drops);
    QFETCH(QStringList, order);
    ReaderSession session;
    SavedViewModel &model = *session.savedViewModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    dropFirstRow(model, row, drops, order);
}

void TestReorder::theViewMenuShowsTheKeysAndMoves()
{
    ViewsPane opened(&ReaderSession::savedViewModel);
    auto &[session, model, tester, pane] = opened;
    QVERIFY(openSession(session));
    QVERIFY(showActive(&pane));
    const MenuLook first = runMenu(&pane, model.index(0), u"moveView"_s, u"moveViewDownAction"_s);
    QCOMPARE(first.upKeys, u"Ctrl+Shift+Up"_s);
    QCOMPARE(first.downKeys, u"Ctrl+Shift+Down"_s);
    QVERIFY(first.keysVisible);
    QVERIFY(!first.upEnabled);
    QVERIFY(first.downEnabled);
    QCOMPARE(namesIn(model), (QStringList{u"B"_s, u"A"_s, u"C"_s, u"Hidden"_s}));
    const MenuLook last = runMenu(&pane, model.index(2), u"moveView"_s, u"moveViewUpAction"_s);
    QVERIFY(last.upEnabled);
    QVERIFY(!last.downEnabled); // Hidden below
    QCOMPARE(namesIn(model), (QStringList{u"B"_s, u"C"_s, u"A"_s, u"Hidden"_s}));
}

void TestReorder::labelsMoveWithTheKeysAndStayInOrder()
{
    const QStringList moved{u"Label B"_s, u"Label C"_s, u"Label A"_s};
    {
        LabelsPane opened(&ReaderSession::labelModel);
        auto &[session, model, tester, pane] = opened;
        QVERIFY(openSession(session));
        QVERIFY(showActive(&pane));
        QCOMPARE(pane.moveUpAction()->objectName(), u"moveLabelUpKeyAction"_s);
        QCOMPARE(pane.moveUpAction()->text(), u"Move Label Up"_s);
        QSignalSpy changed(&session, &ReaderSession::labelsChanged);
        QSignalSpy ordered(&model, &LabelModel::orderChanged);
        QVERIFY(changed.isValid() && ordered.isValid());
        QVERIFY(pressMove(pane.view(), 0, Qt::Key_Down));
        QTest::keyClick(pane.view(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(pressMove(pane.view(), 2, Qt::Key_Down)); // the last: stays
        QCOMPARE(namesIn(model), moved);
        QCOMPARE(pane.view()->currentIndex().row(), 2);
        QCOMPARE(ordered.size(), 2);
        // What keys 1-9 take: the labels in the new order, their positions set.
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.labelAt(row).name, moved.at(row));
            QCOMPARE(model.labelAt(row).position, row);
        }
        QTRY_VERIFY(changed.size() >= 2);
        QTRY_COMPARE(namesIn(model), moved);
    }
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    QStringList stored;
    for (const Label &label : store.labels())
        stored.append(label.name);
    QCOMPARE(stored, moved);
    ReaderSession reopened;
    QVERIFY(openSession(reopened));
    QCOMPARE(namesIn(*reopened.labelModel()), moved);
}

void TestReorder::labelDropsGoBetweenTheLabels_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("drops");
    QTest::addColumn<QStringList>("order"); // Label A dragged there
    QTest::newRow("above B") << 1 << true << QStringList{u"Label A"_s, u"Label B"_s, u"Label C"_s};
    QTest::newRow("below B") << 2 << true << QStringList{u"Label B"_s, u"Label A"_s, u"Label C"_s};
    QTest::newRow("below C") << 3 << true << QStringList{u"Label B"_s, u"Label C"_s, u"Label A"_s};
    QTest::newRow("under the rows") << -1 << true << QStringList{u"Label B"_s, u"Label C"_s, u"Label A"_s};
    QTest::newRow("past the end") << 4 << false << QStringList{u"Label A"_s, u"Label B"_s, u"Label C"_s};
}

void TestReorder::labelDropsGoBetweenTheLabels()
{
    QFETCH(int, row);
    QFETCH(bool, drops);
    QFETCH(QStringList, order);
    LabelsPane opened(&ReaderSession::labelModel);
    auto &[session, model, tester, pane] = opened;
    QVERIFY(openSession(session));
    QCOMPARE(pane.view()->dragDropMode(), QAbstractItemView::InternalMove);
    QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled));
    dropFirstRow(model, row, drops, order);
}

void TestReorder::theLabelMenuShowsTheKeysAndMoves()
{
    LabelsPane opened(&ReaderSession::labelModel);
    auto &[session, model, tester, pane] = opened;
    QVERIFY(openSession(session));
    QVERIFY(showActive(&pane));
    const MenuLook look = runMenu(&pane, model.index(2), u"moveLabel"_s, u"moveLabelUpAction"_s);
    QCOMPARE(look.upKeys, u"Ctrl+Shift+Up"_s);
    QCOMPARE(look.downKeys, u"Ctrl+Shift+Down"_s);
    QVERIFY(look.keysVisible);
    QVERIFY(look.upEnabled);
    QVERIFY(!look.downEnabled);
    QCOMPARE(namesIn(model), (QStringList{u"Label A"_s, u"Label C"_s, u"Label B"_s}));
}

void TestReorder::aLabelDeletedMeanwhileIsPassedOver()
{
    ReaderSession session;
    LabelModel &model = *session.labelModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    // Another program deletes Label A: the order is written without it, and
    // what the cache keeps is shown.
    {
        NewsStore other;
        QVERIFY(other.open(cachePath()));
        QVERIFY2(other.deleteLabel(model.labelAt(0).id), qPrintable(other.errorString()));
    }
    QSignalSpy failed(&session, &ReaderSession::writeFailed);
    QSignalSpy changed(&session, &ReaderSession::labelsChanged);
    QVERIFY(failed.isValid() && changed.isValid());
    QVERIFY(model.moveRows({}, 0, 1, {}, 3));
    QCOMPARE(namesIn(model), (QStringList{u"Label B"_s, u"Label C"_s, u"Label A"_s}));
    QVERIFY(changed.wait());
    QTRY_COMPARE(namesIn(model), (QStringList{u"Label B"_s, u"Label C"_s}));
    QCOMPARE(failed.size(), 0);
}

void TestReorder::anEditMeanwhileIsKept_data()
{
    QTest::addColumn<bool>("views");
    QTest::newRow("labels") << false;
    QTest::newRow("saved views") << true;
}

void TestReorder::anEditMeanwhileIsKept()
{
    // A rename (and a new colour) written by another program, or still on
    // its way from this one, while a label or a view is moved: the move
    // writes only the order, and the edit stays (the session's copy of the
    // names is older; the review found the rename undone, and the saved
    // views' label names with it).
    QFETCH(bool, views);
    ReaderSession session;
    QVERIFY(openSession(session));
    QAbstractItemModel *model = views ? static_cast<QAbstractItemModel *>(session.savedViewModel())
                                      : static_cast<QAbstractItemModel *>(session.labelModel());
    {
        NewsStore other;
        QVERIFY(other.open(cachePath()));
        if (views) {
            SavedView b = other.savedView(u"B"_s);
            b.name = u"B renamed"_s;
            QVERIFY2(other.saveView(b), qPrintable(other.errorString()));
        } else {
            Label b = other.labels().at(1);
            b.name = u"Label B renamed"_s;
            b.color = u"#123456"_s;
            QVERIFY2(other.updateLabel(b), qPrintable(other.errorString()));
        }
    }
    QSignalSpy changed(&session, views ? &ReaderSession::viewsChanged : &ReaderSession::labelsChanged);
    QVERIFY(changed.isValid());
    QVERIFY(model->moveRows({}, 0, 1, {}, 3)); // the first after the third
    QVERIFY(changed.wait());
    const QStringList expected = views ? QStringList{u"B renamed"_s, u"C"_s, u"A"_s, u"Hidden"_s}
                                       : QStringList{u"Label B renamed"_s, u"Label C"_s, u"Label A"_s};
    QTRY_COMPARE(namesIn(*model), expected);
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    if (views) {
        QCOMPARE(store.savedView(u"B renamed"_s).position, 0);
    } else {
        QCOMPARE(store.labels().at(0).name, u"Label B renamed"_s);
        QCOMPARE(store.labels().at(0).color, u"#123456"_s);
    }
}

void TestReorder::menuScreenshots()
{
    const QString dir = qEnvironmentVariable("NEWSDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("NEWSDESK_SCREENSHOT_DIR is not set (screenshots to look at)");
    ViewsPane opened(&ReaderSession::savedViewModel);
    auto &[session, model, tester, pane] = opened;
    QVERIFY(openSession(session));
    QVERIFY(showActive(&pane));
    runMenu(&pane, model.index(1), u"moveView"_s, {}, QDir(dir).filePath(u"view-menu-en.png"_s));
    QTranslator swedish;
    QVERIFY(swedish.load(u":/i18n/newsdesk_sv.qm"_s));
    QCoreApplication::installTranslator(&swedish);
    pane.retranslate();
    runMenu(&pane, model.index(1), u"moveView"_s, {}, QDir(dir).filePath(u"view-menu-sv.png"_s));
    QCoreApplication::removeTranslator(&swedish);
}

QTEST_MAIN(TestReorder)
#include "tst_reorder.moc"
