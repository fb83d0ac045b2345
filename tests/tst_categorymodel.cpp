// CategoryModel on the sample news: counts, the "All categories" row,
// checking, and faceted counts that follow the search.

#include "models/itemmodels/categorymodel.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCategoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsOfTheSample_data();
    void countsOfTheSample();
    void allRowIsFirstAndChecked();
    void checkingEmitsTheCheckedNames();
    void checkingAllClearsTheOthers();
    void countsAreFaceted();
    void shareIsRelativeToTheFilter();
    void countsOnAWorkerThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NewsStore> m_store;
};

void TestCategoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_dir->filePath(u"cache.sqlite"_s)), qPrintable(m_store->errorString()));
    NewsImporter importer(*m_store);
    QCOMPARE(importer.importPaths(NewsImporter::sampleFiles()).itemsTotal, qint64(47));
}

void TestCategoryModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCategoryModel::countsOfTheSample_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::newRow("Hälso- och sjukvård") << u"Hälso- och sjukvård"_s << 26;
    QTest::newRow("Kollektivtrafik") << u"Kollektivtrafik"_s << 7;
    QTest::newRow("Ekonomi och budget") << u"Ekonomi och budget"_s << 6;
    QTest::newRow("Organisation och styrning") << u"Organisation och styrning"_s << 5;
    QTest::newRow("Kultur") << u"Kultur"_s << 4;
    QTest::newRow("Forskning och innovation") << u"Forskning och innovation"_s << 2;
    QTest::newRow("Projekt inom lokalbana-spårvagn") << u"Projekt inom lokalbana-spårvagn"_s << 2;
    QTest::newRow("Regional utveckling") << u"Regional utveckling"_s << 1;
    QTest::newRow("Politiska sammanträden") << u"Politiska sammanträden"_s << 1;
    QTest::newRow("Stöd") << u"Stöd"_s << 1;
    QTest::newRow("Kultur och hälsa") << u"Kultur och hälsa"_s << 1;
}

void TestCategoryModel::countsOfTheSample()
{
    QFETCH(QString, name);
    QFETCH(int, count);
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 12);
    const int row = model.rowOfCategory(name);
    QVERIFY(row > 0);
    QCOMPARE(model.data(model.index(row), CategoryModel::CountRole).toLongLong(), qint64(count));
    QCOMPARE(model.data(model.index(row), Qt::DisplayRole).toString(), name);
    QVERIFY(model.data(model.index(row), Qt::AccessibleTextRole).toString().contains(QString::number(count)));
    // Sorted by count, largest first.
    for (int r = 2; r < model.rowCount(); ++r) {
        QVERIFY(model.data(model.index(r - 1), CategoryModel::CountRole).toLongLong()
                >= model.data(model.index(r), CategoryModel::CountRole).toLongLong());
    }
}

void TestCategoryModel::allRowIsFirstAndChecked()
{
    CategoryModel model;
    model.setStore(m_store.get());
    const QModelIndex all = model.index(0);
    QVERIFY(model.data(all, CategoryModel::IsAllRole).toBool());
    QCOMPARE(model.data(all, CategoryModel::CountRole).toLongLong(), qint64(47));
    QCOMPARE(model.data(all, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.flags(all) & Qt::ItemIsUserCheckable);
}

void TestCategoryModel::checkingEmitsTheCheckedNames()
{
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QSignalSpy checked(&model, &CategoryModel::checkedCategoriesChanged);
    QVERIFY(checked.isValid());

    const QModelIndex kultur = model.index(model.rowOfCategory(u"Kultur"_s));
    QVERIFY(model.setData(kultur, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.at(0).at(0).toStringList(), QStringList{u"Kultur"_s});
    QCOMPARE(model.data(model.index(0), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    // Checking it again changes nothing.
    QVERIFY(!model.setData(kultur, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 1);

    QVERIFY(model.setData(model.index(model.rowOfCategory(u"Stöd"_s)), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCategories(), (QStringList{u"Kultur"_s, u"Stöd"_s}));
    QVERIFY(model.setData(kultur, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCategories(), QStringList{u"Stöd"_s});
}

void TestCategoryModel::checkingAllClearsTheOthers()
{
    CategoryModel model;
    model.setStore(m_store.get());
    model.setCheckedCategories({u"Kultur"_s, u"Stöd"_s});
    QSignalSpy checked(&model, &CategoryModel::checkedCategoriesChanged);
    QVERIFY(checked.isValid());
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 1);
    QVERIFY(model.checkedCategories().isEmpty());
    QCOMPARE(model.data(model.index(0), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void TestCategoryModel::countsAreFaceted()
{
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    ItemFilter filter;
    filter.search = u"vaccin"_s;
    filter.categories = {u"Kultur"_s}; // ignored by the counts
    model.setFilter(filter);
    const qint64 health = model.data(model.index(model.rowOfCategory(u"Hälso- och sjukvård"_s)),
                                     CategoryModel::CountRole).toLongLong();
    ItemFilter health_filter;
    health_filter.search = u"vaccin"_s;
    health_filter.categories = {u"Hälso- och sjukvård"_s};
    QCOMPARE(health, m_store->itemCount(health_filter));
    QVERIFY(health > 0 && health < 26);
    // A category with no hit stays listed with 0, so a checked one never vanishes.
    const int kultur = model.rowOfCategory(u"Kultur"_s);
    QVERIFY(kultur > 0);
    QCOMPARE(model.data(model.index(kultur), CategoryModel::CountRole).toLongLong(), qint64(0));
    QCOMPARE(model.totalCount(), m_store->itemCount(filter.withoutCategories()));
}

void TestCategoryModel::shareIsRelativeToTheFilter()
{
    CategoryModel model;
    model.setStore(m_store.get());
    const QModelIndex health = model.index(model.rowOfCategory(u"Hälso- och sjukvård"_s));
    QCOMPARE(model.data(health, CategoryModel::ShareRole).toDouble(), 26.0 / 47.0);
}

void TestCategoryModel::countsOnAWorkerThread()
{
    StoreWorker worker;
    worker.open(m_store->path());
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorker(&worker);
    QSignalSpy ready(&model, &CategoryModel::countsReady);
    QVERIFY(ready.isValid());
    model.setStore(m_store.get());
    // Nothing is counted on this thread: the rows arrive with the worker's result.
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(ready.wait());
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.totalCount(), qint64(47));

    // Two quick filter changes: only the last one's counts are applied.
    ItemFilter first;
    first.search = u"vaccin"_s;
    ItemFilter second;
    second.search = u"spårvagn"_s;
    model.setFilter(first);
    model.setFilter(second);
    QTRY_COMPARE(model.totalCount(), m_store->itemCount(second));
    QCOMPARE(model.rowCount(), 12); // same categories: updated in place, not reset
}

QTEST_GUILESS_MAIN(TestCategoryModel)
#include "tst_categorymodel.moc"
