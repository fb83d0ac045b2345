// ReaderSession's organising part over a real cache: its label, saved view
// and source models; the writes done on the worker with the signals that
// say they are done (or failed); label and hidden marks shown in the list at
// once, the counts moving with them in the same turn, undo bringing hidden
// rows back.

#include "models/importing/newsimporter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/store/newsstore.h"
#include "organisetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestOrganiseSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theSidePaneModelsOpenWithTheSession();
    void aNewLabelIsWrittenOnTheWorker();
    void aRefusedLabelIsAWriteFailure_data();
    void aRefusedLabelIsAWriteFailure();
    void aLabelMarkShowsInTheRowsAtOnce();
    void hiddenRowsLeaveAtOnceAndUndoBringsThemBack();
    void hidingEveryRowEmptiesTheList();
    void restoringInTheHiddenViewLeavesIt();
    void aNoteShowsInItsRow();
    void aDeletedLabelCanBeRestored();
    void viewsAreSavedReorderedAndDeleted();
    void forgettingHiddenItems();
    void aRunOfMarksIsCountedOnce();

private:
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    // The session open on the sample, its side models read.
    bool openSession(ReaderSession &session);
    // A label created through the session; waits for it.
    Label createLabel(ReaderSession &session, const QString &name, const QString &color);
    static qint64 categoryCount(const ReaderSession &session, const QString &name);
    static QList<qint64> idsOf(const NewsListModel &model, int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOrganiseSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    QCOMPARE(NewsImporter(store).importPaths(NewsImporter::sampleFiles()).itemsTotal, qint64(47));
}

void TestOrganiseSession::cleanup()
{
    m_dir.reset();
}

bool TestOrganiseSession::openSession(ReaderSession &session)
{
    return OrganiseTestSupport::openSession(session, cachePath());
}

Label TestOrganiseSession::createLabel(ReaderSession &session, const QString &name, const QString &color)
{
    QSignalSpy created(&session, &ReaderSession::labelCreated);
    QSignalSpy read(session.labelModel(), &LabelModel::countsReady);
    Label label;
    label.name = name;
    label.color = color;
    session.createLabel(label);
    if (!created.wait() || !read.wait())
        return {};
    return created.first().first().value<Label>();
}

qint64 TestOrganiseSession::categoryCount(const ReaderSession &session, const QString &name)
{
    const std::optional<CategoryModel::Delta> counts = session.categoryModel()->countsOf(name);
    return counts ? counts->count : -1;
}

QList<qint64> TestOrganiseSession::idsOf(const NewsListModel &model, int rows)
{
    QList<qint64> ids;
    for (int row = 0; row < rows; ++row)
        ids.append(model.idAt(row));
    return ids;
}

void TestOrganiseSession::theSidePaneModelsOpenWithTheSession()
{
    ReaderSession session;
    QAbstractItemModelTester labels(session.labelModel());
    QAbstractItemModelTester views(session.savedViewModel());
    QAbstractItemModelTester sources(session.sourceModel());
    QVERIFY(openSession(session));
    QCOMPARE(session.labelModel()->rowCount(), 0);
    QCOMPARE(session.savedViewModel()->rowCount(), 1); // the Hidden view
    QCOMPARE(session.sourceModel()->rowCount(), 1);   // the sample
    QCOMPARE(session.sourceModel()->index(0, 0).data(SourceModel::CountRole).toLongLong(), 47);
    QCOMPARE(session.labelModel()->objectName(), u"labelModel"_s);
}

void TestOrganiseSession::aNewLabelIsWrittenOnTheWorker()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.labelModel());
    QVERIFY(openSession(session));
    QSignalSpy changed(&session, &ReaderSession::labelsChanged);
    QVERIFY(changed.isValid());
    const Label budget = createLabel(session, u"  Budget "_s, u"#e01b24"_s);
    QVERIFY(budget.id > 0);
    QCOMPARE(budget.name, u"Budget"_s); // as the store keeps it
    QVERIFY(!changed.isEmpty());
    QCOMPARE(session.labelModel()->rowCount(), 1);
    QCOMPARE(session.labelModel()->labelAt(0).color, u"#e01b24"_s);
    // Kept in the cache's state, not only in the model.
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    QCOMPARE(store.labelNamed(u"Budget"_s).id, budget.id);
}

void TestOrganiseSession::aRefusedLabelIsAWriteFailure_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("too long") << QString(10'000, u'x');
    QTest::newRow("taken") << u"Budget"_s;
}

void TestOrganiseSession::aRefusedLabelIsAWriteFailure()
{
    QFETCH(QString, name);
    ReaderSession session;
    QVERIFY(openSession(session));
    QVERIFY(createLabel(session, u"Budget"_s, {}).id > 0);
    QSignalSpy failed(&session, &ReaderSession::writeFailed);
    QSignalSpy created(&session, &ReaderSession::labelCreated);
    QVERIFY(failed.isValid() && created.isValid());
    Label label;
    label.name = name;
    session.createLabel(label);
    QVERIFY(failed.wait());
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(created.size(), 0);
    QCOMPARE(session.labelModel()->rowCount(), 1);
}

void TestOrganiseSession::aLabelMarkShowsInTheRowsAtOnce()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.newsModel());
    QVERIFY(openSession(session));
    const Label budget = createLabel(session, u"Budget"_s, u"#e01b24"_s);
    QVERIFY(budget.id > 0);
    NewsListModel &list = *session.newsModel();
    const QList<qint64> ids = idsOf(list, 3);
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    QVERIFY(applied.isValid() && changed.isValid());
    MarkChange label{MarkChange::Mark::Label, true, ids, budget.id};
    list.applyMark(label);
    // At once: the rows, the label's count.
    QVERIFY(!changed.isEmpty());
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(list.index(row).data(NewsListModel::LabelsRole).toStringList(), QStringList{u"Budget"_s});
        QCOMPARE(list.index(row).data(NewsListModel::LabelColorsRole).toStringList(), QStringList{u"#e01b24"_s});
    }
    QCOMPARE(list.index(3).data(NewsListModel::LabelsRole).toStringList(), QStringList());
    QCOMPARE(session.labelModel()->labelAt(0).count, 3);
    QVERIFY(applied.wait());
    const auto change = applied.first().first().value<MarkChange>();
    QCOMPARE(change.labelId, budget.id);
    QCOMPARE(change.ids.size(), 3);
    // The recount confirms it; the rows read again say the same.
    QTRY_COMPARE(session.labelModel()->labelAt(0).count, 3);
    list.refresh();
    QCOMPARE(list.index(0).data(NewsListModel::LabelsRole).toStringList(), QStringList{u"Budget"_s});
    // Undone: off again at once.
    list.setMarks(change, false);
    QCOMPARE(list.index(0).data(NewsListModel::LabelsRole).toStringList(), QStringList());
    QCOMPARE(session.labelModel()->labelAt(0).count, 0);
    QVERIFY(applied.wait());
}

void TestOrganiseSession::hiddenRowsLeaveAtOnceAndUndoBringsThemBack()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.newsModel());
    QVERIFY(openSession(session));
    ItemFilter culture;
    culture.categories = {u"Kultur"_s};
    session.setFilter(culture);
    QTRY_COMPARE(categoryCount(session, u"Kultur"_s), 4);
    QTRY_COMPARE(session.unreadTotal(), 47);
    NewsListModel &list = *session.newsModel();
    QCOMPARE(list.rowCount(), 4);
    QTRY_COMPARE(list.shownUnreadCount().value_or(-1), 4);
    list.index(3).data(); // the rows are held
    const QList<qint64> ids{list.idAt(1), list.idAt(2)};
    const qint64 kept = list.idAt(3);
    QSignalSpy removed(&list, &QAbstractItemModel::rowsRemoved);
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QSignalSpy counts(&session, &ReaderSession::countsChanged);
    QVERIFY(removed.isValid() && applied.isValid() && counts.isValid());
    list.applyMark(MarkChange::Mark::Hidden, true, ids);
    // In the same turn: the rows are gone, the counts dropped.
    QCOMPARE(removed.size(), 1);
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.shownCount().value_or(-1), 2);
    QCOMPARE(list.idAt(1), kept);
    QCOMPARE(categoryCount(session, u"Kultur"_s), 2);
    QCOMPARE(session.unreadTotal(), 45);
    QCOMPARE(list.shownUnreadCount().value_or(-1), 2);
    QVERIFY(!counts.isEmpty());
    QVERIFY(applied.wait());
    const auto change = applied.first().first().value<MarkChange>();
    QCOMPARE(change.mark, MarkChange::Mark::Hidden);
    QCOMPARE(change.ids.size(), 2);
    // The worker's recounts confirm them.
    QTRY_COMPARE(session.savedViewModel()->index(0).data(SavedViewModel::CountRole).toLongLong(), 2);
    QCOMPARE(categoryCount(session, u"Kultur"_s), 2);
    QCOMPARE(session.unreadTotal(), 45);
    // Undo: the rows come back (the list is read again once it is written).
    list.setMarks(change, false);
    QVERIFY(applied.wait());
    QTRY_COMPARE(list.rowCount(), 4);
    QTRY_COMPARE(categoryCount(session, u"Kultur"_s), 4);
    QTRY_COMPARE(session.unreadTotal(), 47);
}

void TestOrganiseSession::hidingEveryRowEmptiesTheList()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.newsModel());
    QVERIFY(openSession(session));
    ItemFilter culture;
    culture.categories = {u"Kultur"_s};
    session.setFilter(culture);
    QTRY_COMPARE(session.unreadTotal(), 47);
    NewsListModel &list = *session.newsModel();
    QTRY_COMPARE(list.shownUnreadCount().value_or(-1), 4);
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QVERIFY(applied.isValid());
    QTRY_COMPARE(categoryCount(session, u"Kultur"_s), 4);
    list.applyMarkToAll(MarkChange::Mark::Hidden, true);
    // At once: the rows, the category, the cache's unread number.
    QCOMPARE(list.rowCount(), 0);
    QCOMPARE(categoryCount(session, u"Kultur"_s), 0);
    QCOMPARE(session.unreadTotal(), 43);
    QVERIFY(applied.wait());
    const auto change = applied.first().first().value<MarkChange>();
    QCOMPARE(change.ids.size(), 4);
    QTRY_VERIFY(categoryCount(session, u"Kultur"_s) <= 0); // (a category of no items may have no row)
    list.setMarks(change, false);
    QVERIFY(applied.wait());
    QTRY_COMPARE(list.rowCount(), 4);
}

void TestOrganiseSession::restoringInTheHiddenViewLeavesIt()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.newsModel());
    QVERIFY(openSession(session));
    NewsListModel &list = *session.newsModel();
    const QList<qint64> ids = idsOf(list, 3);
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QVERIFY(applied.isValid());
    list.applyMark(MarkChange::Mark::Hidden, true, ids);
    QVERIFY(applied.wait());
    QCOMPARE(list.rowCount(), 44);
    session.setFilter(session.savedViewModel()->viewAt(session.savedViewModel()->hiddenViewRow()).filter);
    QCOMPARE(list.rowCount(), 3);
    QVERIFY(list.index(0).data(NewsListModel::HiddenRole).toBool());
    QTRY_COMPARE(session.savedViewModel()
                         ->index(session.savedViewModel()->hiddenViewRow())
                         .data(SavedViewModel::CountRole)
                         .toLongLong(),
                 3);
    list.applyMark(MarkChange::Mark::Hidden, false, {ids.at(0)});
    QCOMPARE(list.rowCount(), 2); // restored: gone from the Hidden view at once
    QVERIFY(applied.wait());
    QTRY_COMPARE(session.savedViewModel()
                         ->index(session.savedViewModel()->hiddenViewRow())
                         .data(SavedViewModel::CountRole)
                         .toLongLong(),
                 2);
}

void TestOrganiseSession::aNoteShowsInItsRow()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.newsModel());
    QVERIFY(openSession(session));
    NewsListModel &list = *session.newsModel();
    const qint64 id = list.idAt(0);
    QSignalSpy saved(&session, &ReaderSession::noteSaved);
    QVERIFY(saved.isValid());
    const QString text = u"<b>Läs</b> före mötet"_s; // text, never markup
    session.setNote(id, text);
    QCOMPARE(list.index(0).data(NewsListModel::NoteRole).toString(), text); // at once
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(0).toLongLong(), id);
    QCOMPARE(saved.first().at(1).toString(), text);
    list.refresh();
    QCOMPARE(list.index(0).data(NewsListModel::NoteRole).toString(), text);
    // A search finds the item by its note.
    ItemFilter search;
    search.search = u"mötet"_s;
    session.setFilter(search);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.idAt(0), id);
    session.setNote(id, {});
    QVERIFY(saved.wait());
    QCOMPARE(saved.last().at(1).toString(), QString());
}

void TestOrganiseSession::aDeletedLabelCanBeRestored()
{
    ReaderSession session;
    QVERIFY(openSession(session));
    const Label budget = createLabel(session, u"Budget"_s, u"#e01b24"_s);
    QVERIFY(budget.id > 0);
    NewsListModel &list = *session.newsModel();
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QVERIFY(applied.isValid());
    list.applyMark(MarkChange{MarkChange::Mark::Label, true, idsOf(list, 5), budget.id});
    QVERIFY(applied.wait());
    session.labelModel()->setCheckedLabels({u"Budget"_s});
    QSignalSpy deleted(&session, &ReaderSession::labelDeleted);
    QSignalSpy read(session.labelModel(), &LabelModel::countsReady);
    QVERIFY(deleted.isValid() && read.isValid());
    session.deleteLabel(budget.id);
    QVERIFY(deleted.wait());
    const auto label = deleted.first().at(0).value<Label>();
    const auto carried = deleted.first().at(1).value<MarkChange>();
    QCOMPARE(label.name, u"Budget"_s);
    QCOMPARE(label.id, budget.id);
    QCOMPARE(carried.ids.size(), 5);
    QTRY_COMPARE(session.labelModel()->rowCount(), 0);
    QVERIFY(session.labelModel()->checkedLabels().isEmpty());
    QCOMPARE(list.index(0).data(NewsListModel::LabelsRole).toStringList(), QStringList());
    QSignalSpy restored(&session, &ReaderSession::labelRestored);
    QVERIFY(restored.isValid());
    session.restoreLabel(label, carried);
    QVERIFY(restored.wait());
    QTRY_COMPARE(session.labelModel()->rowCount(), 1);
    QTRY_COMPARE(session.labelModel()->labelAt(0).count, 5);
    QCOMPARE(session.labelModel()->labelAt(0).id, budget.id);
    QTRY_COMPARE(list.index(0).data(NewsListModel::LabelsRole).toStringList(), QStringList{u"Budget"_s});
}

void TestOrganiseSession::viewsAreSavedReorderedAndDeleted()
{
    ReaderSession session;
    QAbstractItemModelTester tester(session.savedViewModel());
    QVERIFY(openSession(session));
    QSignalSpy saved(&session, &ReaderSession::viewSaved);
    QSignalSpy changed(&session, &ReaderSession::viewsChanged);
    QSignalSpy read(session.savedViewModel(), &SavedViewModel::countsReady);
    QVERIFY(saved.isValid() && changed.isValid() && read.isValid());
    for (const QString &name : {u"Kultur"_s, u"Trafik"_s}) {
        SavedView view;
        view.name = name;
        view.filter.categories = {name == u"Kultur"_s ? name : u"Kollektivtrafik"_s};
        session.saveView(view);
        QVERIFY(saved.wait());
    }
    const auto kultur = saved.first().first().value<SavedView>();
    QVERIFY(kultur.id > 0);
    QCOMPARE(kultur.position, 0);
    QTRY_COMPARE(session.savedViewModel()->rowCount(), 3);
    QTRY_COMPARE(session.savedViewModel()->index(1).data(SavedViewModel::CountRole).toLongLong(), 7);
    QCOMPARE(changed.size(), 2);
    // Moved: kept in the new order.
    QVERIFY(session.savedViewModel()->moveRows({}, 1, 1, {}, 0));
    QTRY_COMPARE(changed.size(), 3);
    NewsStore store;
    QVERIFY(store.open(cachePath()));
    const QList<SavedView> views = store.savedViews();
    QCOMPARE(views.size(), 2);
    QCOMPARE(views.at(0).name, u"Trafik"_s);
    QCOMPARE(views.at(1).name, u"Kultur"_s);
    QSignalSpy gone(&session, &ReaderSession::viewDeleted);
    QVERIFY(gone.isValid());
    session.deleteView(kultur.id);
    QVERIFY(gone.wait());
    QTRY_COMPARE(session.savedViewModel()->rowCount(), 2);
    QCOMPARE(session.savedViewModel()->rowOfView(kultur.id), -1);
}

void TestOrganiseSession::forgettingHiddenItems()
{
    ReaderSession session;
    QVERIFY(openSession(session));
    NewsListModel &list = *session.newsModel();
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QVERIFY(applied.isValid());
    list.applyMark(MarkChange::Mark::Hidden, true, idsOf(list, 2));
    QVERIFY(applied.wait());
    QSignalSpy forgotten(&session, &ReaderSession::hiddenForgotten);
    QVERIFY(forgotten.isValid());
    session.forgetHidden();
    QVERIFY(forgotten.wait());
    QCOMPARE(forgotten.first().first().toLongLong(), 2);
    QTRY_COMPARE(session.savedViewModel()
                         ->index(session.savedViewModel()->hiddenViewRow())
                         .data(SavedViewModel::CountRole)
                         .toLongLong(),
                 0);
    QCOMPARE(list.rowCount(), 45); // never shown again
}

void TestOrganiseSession::aRunOfMarksIsCountedOnce()
{
    // j, m, s pressed quickly: each mark is written on its own, the views
    // and the sources are counted once behind the last of them (not once
    // per mark). The pause is long here: the marks all come within it.
    ReaderSession session;
    QVERIFY(openSession(session));
    session.setOrganiseRecountDelay(3000);
    NewsListModel &list = *session.newsModel();
    QSignalSpy applied(&list, &NewsListModel::markApplied);
    QSignalSpy views(session.savedViewModel(), &SavedViewModel::countsReady);
    QSignalSpy sources(session.sourceModel(), &SourceModel::countsReady);
    QVERIFY(applied.isValid() && views.isValid() && sources.isValid());
    const QList<qint64> ids = idsOf(list, 4);
    list.applyMark(MarkChange::Mark::Read, true, {ids.at(0)});
    list.applyMark(MarkChange::Mark::Starred, true, {ids.at(1)});
    QVERIFY(applied.wait());
    list.applyMark(MarkChange::Mark::Read, true, {ids.at(2)});
    list.applyMark(MarkChange::Mark::Hidden, true, {ids.at(3)});
    QTRY_COMPARE(applied.size(), 4);
    QVERIFY(!list.hasPendingWrites());
    QCOMPARE(views.size(), 0);
    QCOMPARE(sources.size(), 0);
    // Once, behind them: the numbers as the marks left them.
    QVERIFY(views.wait(20000));
    QTRY_COMPARE(sources.size(), 1);
    QCOMPARE(views.size(), 1);
    const SavedViewModel &model = *session.savedViewModel();
    QCOMPARE(model.index(model.hiddenViewRow()).data(SavedViewModel::CountRole).toLongLong(), 1);
    QCOMPARE(session.sourceModel()->index(0, 0).data(SourceModel::CountRole).toLongLong(), 46);
}

QTEST_GUILESS_MAIN(TestOrganiseSession)
#include "tst_organisesession.moc"
