// SavedViewModel on the sample news: the saved views in the person's order,
// each with its unread and total numbers, the built-in Hidden view last,
// reordering by moveRows(), read on a worker.

#include "storetestsupport.h"

#include "models/importing/newsimporter.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSavedViewModel : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAreTheViewsThenHidden();
    void numbersAreEachViewsFilter_data();
    void numbersAreEachViewsFilter();
    void theHiddenViewCountsHiddenItems();
    void moveRowsReorders_data();
    void moveRowsReorders();
    void theHiddenViewDoesNotMove();
    void countsOnAWorkerThread();
    void aFailedCountIsNotANumber();

private:
    QStringList names(const SavedViewModel &model) const;
};

void TestSavedViewModel::init()
{
    setUpWithSample();
}

void TestSavedViewModel::cleanup()
{
    tearDown();
}

QStringList TestSavedViewModel::names(const SavedViewModel &model) const
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row).data(SavedViewModel::NameRole).toString());
    return names;
}

void TestSavedViewModel::rowsAreTheViewsThenHidden()
{
    ItemFilter culture;
    culture.categories = {u"Kultur"_s};
    const qint64 id = saveView(u"Kultur"_s, culture);
    QVERIFY(id > 0);
    QVERIFY(saveView(u"Trafik"_s, {}) > 0);
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1); // the Hidden view, always
    model.setStore(m_store.get());
    QVERIFY(model.isReady());
    QCOMPARE(names(model), (QStringList{u"Kultur"_s, u"Trafik"_s, u"Hidden"_s}));
    QCOMPARE(model.hiddenViewRow(), 2);
    QVERIFY(model.index(2).data(SavedViewModel::IsHiddenViewRole).toBool());
    QVERIFY(!model.index(0).data(SavedViewModel::IsHiddenViewRole).toBool());
    QCOMPARE(model.index(2).data(SavedViewModel::IdRole).toLongLong(), 0);
    QCOMPARE(model.index(0).data(SavedViewModel::IdRole).toLongLong(), id);
    QCOMPARE(model.rowOfView(id), 0);
    QCOMPARE(model.rowOfView(12345), -1);
    QCOMPARE(model.viewAt(0).filter, culture);
    QCOMPARE(model.viewAt(2).filter.hidden, ItemFilter::Hidden::Only);
    QCOMPARE(model.viewAt(2).id, 0);
    QCOMPARE(model.viewNamed(u" Trafik"_s).name, u"Trafik"_s);
    QVERIFY(!(model.flags(model.index(2)) & Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
}

void TestSavedViewModel::numbersAreEachViewsFilter_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("search");
    QTest::addColumn<qint64>("count");

    QTest::newRow("a category") << QStringList{u"Kultur"_s} << QString() << qint64(4);
    QTest::newRow("a search") << QStringList() << u"Roslagsbanan"_s << qint64(1);
    QTest::newRow("everything") << QStringList() << QString() << qint64(47);
    QTest::newRow("nothing") << QStringList{u"Kultur"_s} << u"Roslagsbanan"_s << qint64(0);
}

void TestSavedViewModel::numbersAreEachViewsFilter()
{
    QFETCH(QStringList, categories);
    QFETCH(QString, search);
    QFETCH(qint64, count);
    ItemFilter filter;
    filter.categories = categories;
    filter.search = search;
    QVERIFY(saveView(u"Vy"_s, filter) > 0);
    // One of them read.
    const QList<qint64> ids = m_store->itemIds(filter, 1, 0);
    if (!ids.isEmpty()) {
        MarkChange read{MarkChange::Mark::Read, true, {}};
        ItemFilter one;
        one.ids = ids;
        QVERIFY(m_store->setMarkWhere(one, read));
    }
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.index(0).data(SavedViewModel::CountedRole).toBool());
    QCOMPARE(model.index(0).data(SavedViewModel::CountRole).toLongLong(), count);
    QCOMPARE(model.index(0).data(SavedViewModel::UnreadRole).toLongLong(), std::max<qint64>(0, count - 1));
    QCOMPARE(model.index(1).data(SavedViewModel::CountRole).toLongLong(), 0); // the Hidden view: nothing hidden
}

void TestSavedViewModel::theHiddenViewCountsHiddenItems()
{
    ItemFilter culture;
    culture.categories = {u"Kultur"_s};
    QVERIFY(saveView(u"Kultur"_s, culture) > 0);
    const QList<qint64> ids = m_store->itemIds(culture, 2, 0);
    QCOMPARE(ids.size(), 2);
    MarkChange hide{MarkChange::Mark::Hidden, true, {}};
    ItemFilter two;
    two.ids = ids;
    QVERIFY(m_store->setMarkWhere(two, hide));
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.index(0).data(SavedViewModel::CountRole).toLongLong(), 2); // hidden ones left out
    QCOMPARE(model.index(1).data(SavedViewModel::CountRole).toLongLong(), 2);
    QCOMPARE(model.index(1).data(SavedViewModel::UnreadRole).toLongLong(), 2);
    // Restored: counted again.
    QVERIFY(m_store->setMarks(MarkChange{MarkChange::Mark::Hidden, true, ids}, false));
    QSignalSpy ready(&model, &SavedViewModel::countsReady);
    QVERIFY(ready.isValid());
    model.recount();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(model.index(0).data(SavedViewModel::CountRole).toLongLong(), 4);
    QCOMPARE(model.index(1).data(SavedViewModel::CountRole).toLongLong(), 0);
}

void TestSavedViewModel::moveRowsReorders_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("first to last") << 0 << 1 << 3 << QStringList{u"B"_s, u"C"_s, u"A"_s};
    QTest::newRow("last to first") << 2 << 1 << 0 << QStringList{u"C"_s, u"A"_s, u"B"_s};
    QTest::newRow("two down one") << 0 << 2 << 3 << QStringList{u"C"_s, u"A"_s, u"B"_s};
    QTest::newRow("middle up") << 1 << 1 << 0 << QStringList{u"B"_s, u"A"_s, u"C"_s};
}

void TestSavedViewModel::moveRowsReorders()
{
    QFETCH(int, from);
    QFETCH(int, count);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
        QVERIFY(saveView(name, {}) > 0);
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy ordered(&model, &SavedViewModel::orderChanged);
    QVERIFY(moved.isValid() && ordered.isValid());
    QVERIFY(model.moveRows({}, from, count, {}, to));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(names(model), order + QStringList{u"Hidden"_s});
    QCOMPARE(ordered.size(), 1);
    const auto views = ordered.first().first().value<QList<SavedView>>();
    QCOMPARE(views.size(), 3);
    for (qsizetype i = 0; i < views.size(); ++i) {
        QCOMPARE(views.at(i).name, order.at(i));
        QCOMPARE(views.at(i).position, int(i));
    }
}

void TestSavedViewModel::theHiddenViewDoesNotMove()
{
    QVERIFY(saveView(u"A"_s, {}) > 0);
    QVERIFY(saveView(u"B"_s, {}) > 0);
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(!model.moveRows({}, 2, 1, {}, 0)); // the Hidden view
    QVERIFY(!model.moveRows({}, 0, 1, {}, 4)); // past it
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
    QCOMPARE(names(model), (QStringList{u"A"_s, u"B"_s, u"Hidden"_s}));
}

void TestSavedViewModel::countsOnAWorkerThread()
{
    ItemFilter culture;
    culture.categories = {u"Kultur"_s};
    QVERIFY(saveView(u"Kultur"_s, culture) > 0);
    StoreWorker worker;
    worker.open(m_store->path());
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorker(&worker);
    QSignalSpy ready(&model, &SavedViewModel::countsReady);
    QVERIFY(ready.isValid());
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 1); // not read here
    QVERIFY(ready.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(SavedViewModel::CountRole).toLongLong(), 4);
}

void TestSavedViewModel::aFailedCountIsNotANumber()
{
    // Two categories, any of them: the view's number of items is the cache's
    // kept sums of category sets, its unread number is walked. Another
    // program breaks the kept sums: the first count fails, the second works.
    ItemFilter two;
    two.categories = {u"Kultur"_s, u"Ekonomi och budget"_s};
    two.match = ItemFilter::Match::Any;
    QVERIFY(saveView(u"Two"_s, two) > 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE category_sets RENAME TO category_sets_moved"_s));
    }
    QSqlDatabase::removeDatabase(u"breaker"_s);
    SavedViewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &SavedViewModel::readFailed);
    QVERIFY(failed.isValid());
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 2);
    // Said, naming the cache; the view's numbers are unknown, never "0 items".
    QVERIFY(!failed.isEmpty());
    QVERIFY2(failed.first().first().toString().contains(m_store->path()), qPrintable(failed.first().first().toString()));
    QVERIFY(!model.index(0).data(SavedViewModel::CountedRole).toBool());
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), u"Two"_s);
}

QTEST_GUILESS_MAIN(TestSavedViewModel)
#include "tst_savedviewmodel.moc"
