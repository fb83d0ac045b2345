// LabelModel on the sample news: the labels in the person's order with the
// items that carry them and the unread ones, faceted by the list's filter,
// checkable (the label filter), renames followed, read on a worker.

#include "storetestsupport.h"

#include "models/importing/newsimporter.h"
#include "models/itemmodels/labelmodel.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class TestLabelModel : public QObject, private StoreTestFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAreTheLabelsInOrder();
    void countsFollowTheFilter_data();
    void countsFollowTheFilter();
    void hiddenItemsAreNotCounted();
    void checkingIsTheLabelFilter();
    void aRenamedLabelStaysChecked();
    void aDeletedLabelIsUnchecked();
    void adjustMovesTheNumbersAtOnce();
    void countsOnAWorkerThread();
    void aFailedReadIsReported();
    void carriersAreCountedOnTheWorker();

private:
    qint64 rowNumber(const LabelModel &model, const QString &name, int role) const;
};

void TestLabelModel::init()
{
    setUpWithSample();
}

void TestLabelModel::cleanup()
{
    tearDown();
}

qint64 TestLabelModel::rowNumber(const LabelModel &model, const QString &name, int role) const
{
    const Label label = model.labelNamed(name);
    const int row = model.rowOfLabel(label.id);
    return row < 0 ? -1 : model.index(row).data(role).toLongLong();
}

void TestLabelModel::rowsAreTheLabelsInOrder()
{
    const qint64 budget = label(u"Budget"_s, u"#e01b24"_s, category(u"Ekonomi och budget"_s));
    const qint64 later = label(u"Läs senare"_s, u"#3584e4"_s, category(u"Kultur"_s));
    QVERIFY(budget > 0 && later > 0);
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(&model, &LabelModel::countsReady);
    QVERIFY(ready.isValid());
    model.setStore(m_store.get());
    QCOMPARE(ready.size(), 1); // no worker: read here
    QVERIFY(model.isReady());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Budget"_s);
    QCOMPARE(model.index(1).data(LabelModel::NameRole).toString(), u"Läs senare"_s);
    QCOMPARE(model.index(0).data(LabelModel::IdRole).toLongLong(), budget);
    QCOMPARE(model.index(0).data(LabelModel::ColorRole).toString(), u"#e01b24"_s);
    QCOMPARE(model.index(1).data(LabelModel::ColorRole).value<QColor>(), QColor(u"#3584e4"_s));
    QCOMPARE(model.index(0).data(LabelModel::CountRole).toLongLong(), 6);
    QCOMPARE(model.index(0).data(LabelModel::UnreadRole).toLongLong(), 6);
    QCOMPARE(model.index(1).data(LabelModel::CountRole).toLongLong(), 4);
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
    const QHash<QString, QString> colors = model.colors();
    QCOMPARE(colors.value(u"Budget"_s), u"#e01b24"_s);
    QCOMPARE(model.labels().size(), 2);
    QCOMPARE(model.label(later).name, u"Läs senare"_s);
}

void TestLabelModel::countsFollowTheFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<QStringList>("checked");
    QTest::addColumn<qint64>("count");

    // Faceted: the label part and unreadOnly of the filter are left out.
    QTest::newRow("no filter") << QString() << false << QStringList() << qint64(6);
    QTest::newRow("unread only") << QString() << true << QStringList() << qint64(6);
    QTest::newRow("another label checked") << QString() << false << QStringList{u"Läs senare"_s} << qint64(6);
    QTest::newRow("a search that misses them") << u"Roslagsbanan"_s << false << QStringList() << qint64(0);
}

void TestLabelModel::countsFollowTheFilter()
{
    QFETCH(QString, search);
    QFETCH(bool, unreadOnly);
    QFETCH(QStringList, checked);
    QFETCH(qint64, count);
    QVERIFY(label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s)) > 0);
    QVERIFY(label(u"Läs senare"_s, {}, category(u"Kultur"_s)) > 0);
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    ItemFilter filter;
    filter.search = search;
    filter.unreadOnly = unreadOnly;
    filter.labels = checked;
    model.setFilter(filter);
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::CountRole), count);
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::UnreadRole), count);
    // The store's colour when none was given: "#rrggbb".
    QVERIFY(QColor(model.labelNamed(u"Budget"_s).color).isValid());
}

void TestLabelModel::hiddenItemsAreNotCounted()
{
    QVERIFY(label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s)) > 0);
    ItemFilter one = category(u"Ekonomi och budget"_s);
    const QList<qint64> ids = m_store->itemIds(one, 2, 0);
    QCOMPARE(ids.size(), 2);
    MarkChange read{MarkChange::Mark::Read, true, {}};
    ItemFilter first;
    first.ids = {ids.at(0)};
    QVERIFY(m_store->setMarkWhere(first, read));
    MarkChange hide{MarkChange::Mark::Hidden, true, {}};
    ItemFilter second;
    second.ids = {ids.at(1)};
    QVERIFY(m_store->setMarkWhere(second, hide));
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::CountRole), 5);
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::UnreadRole), 4);
}

void TestLabelModel::checkingIsTheLabelFilter()
{
    QVERIFY(label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s)) > 0);
    QVERIFY(label(u"Läs senare"_s, {}, category(u"Kultur"_s)) > 0);
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QSignalSpy checked(&model, &LabelModel::checkedLabelsChanged);
    QVERIFY(checked.isValid());
    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.last().at(0).toStringList(), QStringList{u"Läs senare"_s});
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    // In the labels' order, whatever the order of checking.
    QCOMPARE(model.checkedLabels(), (QStringList{u"Budget"_s, u"Läs senare"_s}));
    model.setCheckedLabels({u"  Budget "_s});
    QCOMPARE(model.checkedLabels(), QStringList{u"Budget"_s});
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(checked.size(), 3);
    model.setCheckedLabels({u"Budget"_s}); // unchanged: said nothing
    QCOMPARE(checked.size(), 3);
    // A name no label has is kept (it matches nothing until there is one).
    model.setCheckedLabels({u"Ny"_s});
    QCOMPARE(model.checkedLabels(), QStringList{u"Ny"_s});
}

void TestLabelModel::aRenamedLabelStaysChecked()
{
    const qint64 budget = label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s));
    QVERIFY(budget > 0);
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setCheckedLabels({u"Budget"_s});
    QSignalSpy checked(&model, &LabelModel::checkedLabelsChanged);
    QSignalSpy changed(&model, &LabelModel::labelsChanged);
    QVERIFY(checked.isValid() && changed.isValid());
    Label renamed = model.label(budget);
    renamed.name = u"Ekonomi"_s;
    QVERIFY2(m_store->updateLabel(renamed), qPrintable(m_store->errorString()));
    model.refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.checkedLabels(), QStringList{u"Ekonomi"_s});
    QCOMPARE(checked.size(), 1);
    model.refresh(); // nothing changed: nothing said
    QCOMPARE(changed.size(), 1);
}

void TestLabelModel::aDeletedLabelIsUnchecked()
{
    const qint64 budget = label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s));
    QVERIFY(budget > 0);
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setCheckedLabels({u"Budget"_s});
    QVERIFY(m_store->deleteLabel(budget));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.checkedLabels().isEmpty());
}

void TestLabelModel::adjustMovesTheNumbersAtOnce()
{
    QVERIFY(label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s)) > 0);
    StoreWorker worker;
    worker.open(m_store->path());
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorker(&worker);
    QSignalSpy ready(&model, &LabelModel::countsReady);
    QVERIFY(ready.isValid());
    model.setStore(m_store.get());
    QVERIFY(ready.wait());
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::UnreadRole), 6);
    model.adjust({{u"Budget"_s, LabelModel::Delta{0, -2}}});
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::UnreadRole), 4); // at once
    // The recount behind it says what the cache holds (nothing was written).
    QVERIFY(ready.wait());
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::UnreadRole), 6);
}

void TestLabelModel::countsOnAWorkerThread()
{
    QVERIFY(label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s)) > 0);
    StoreWorker worker;
    worker.open(m_store->path());
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorker(&worker);
    QSignalSpy ready(&model, &LabelModel::countsReady);
    QVERIFY(ready.isValid());
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0); // not read here
    QVERIFY(ready.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::CountRole), 6);
    model.setFilter(category(u"Kultur"_s));
    QVERIFY(ready.wait());
    QCOMPARE(rowNumber(model, u"Budget"_s, LabelModel::CountRole), 0);
}

void TestLabelModel::aFailedReadIsReported()
{
    QVERIFY(label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s)) > 0);
    LabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy failed(&model, &LabelModel::readFailed);
    QVERIFY(failed.isValid());
    // Another program breaks the cache under the model: the read fails, it
    // says so naming the cache, and what is shown stays (no labels is not
    // what the cache holds).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE items RENAME TO items_moved"_s));
    }
    QSqlDatabase::removeDatabase(u"breaker"_s);
    model.refresh();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(m_store->path()), qPrintable(failed.first().first().toString()));
    QCOMPARE(model.rowCount(), 1);
}

void TestLabelModel::carriersAreCountedOnTheWorker()
{
    // Which labels some items carry (the Labels menu of a large selection):
    // counted by the store on the worker, for ids (hidden ones too) or for
    // a filter (one with labels of its own too), never read here.
    const qint64 budget = label(u"Budget"_s, {}, category(u"Ekonomi och budget"_s));
    const qint64 culture = label(u"Läs senare"_s, {}, category(u"Kultur"_s));
    QVERIFY(budget > 0 && culture > 0);
    const QList<qint64> economy = m_store->itemIds(category(u"Ekonomi och budget"_s));
    const QList<qint64> kultur = m_store->itemIds(category(u"Kultur"_s));
    QVERIFY(economy.size() >= 2 && kultur.size() == 4);
    QVERIFY(m_store->setMarks(MarkChange{MarkChange::Mark::Hidden, true, {kultur.at(0)}}, true));
    StoreWorker worker;
    worker.open(m_store->path());
    LabelModel model;
    model.setWorker(&worker);
    model.setStore(m_store.get());
    QList<LabelModel::Carried> answers;
    const auto ask = [&](const ItemFilter &items) {
        const qsizetype before = answers.size();
        model.countCarriers(items, this, [&](const LabelModel::Carried &carried) { answers.append(carried); });
        QCOMPARE(answers.size(), before); // not here
        QTRY_COMPARE(answers.size(), before + 1);
    };
    ItemFilter some;
    some.ids = {economy.at(0), economy.at(1), kultur.at(0), kultur.at(1)};
    some.hidden = ItemFilter::Hidden::Include;
    ask(some);
    const auto within = [](const QList<qint64> &ids, const QList<qint64> &of) {
        return qint64(std::count_if(ids.cbegin(), ids.cend(), [&](qint64 id) { return of.contains(id); }));
    };
    QCOMPARE(answers.constLast().value(budget), within(some.ids, economy));
    QCOMPARE(answers.constLast().value(culture), within(some.ids, kultur));
    ask(category(u"Kultur"_s)); // the hidden one is not in the list
    QCOMPARE(answers.constLast().value(culture), 3);
    QCOMPARE(answers.constLast().value(budget), within(kultur.mid(1), economy));
    ItemFilter labelled;
    labelled.labels = {u"Budget"_s};
    ask(labelled);
    QCOMPARE(answers.constLast().value(budget), economy.size());
    QCOMPARE(answers.constLast().value(culture), 0);
}

QTEST_GUILESS_MAIN(TestLabelModel)
#include "tst_labelmodel.moc"
