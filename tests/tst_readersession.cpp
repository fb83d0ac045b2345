// ReaderSession: what a reader window reads. A real cache in a temporary
// folder, opened with a filter; the counts, a change of filter and a cache
// that cannot be opened.

#include "models/importing/newsimporter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestReaderSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensTheCacheWithItsCounts();
    void aFilterNarrowsTheList_data();
    void aFilterNarrowsTheList();
    void theSameFilterKeepsTheList();
    void refreshReadsWhatAnImportAdded();
    void anUnopenableCacheIsReportedWithItsError();
    void aFailedReadIsSaidOncePerFilter();

private:
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    // Imports the bundled sample; the number of items in the cache.
    qint64 importSample();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReaderSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReaderSession::cleanup()
{
    m_dir.reset();
}

qint64 TestReaderSession::importSample()
{
    NewsStore store;
    if (!store.open(cachePath()))
        return -1;
    const ImportReport report = NewsImporter(store).importPaths(NewsImporter::sampleFiles());
    return report.error.isEmpty() ? report.itemsTotal : -1;
}

void TestReaderSession::opensTheCacheWithItsCounts()
{
    const qint64 total = importSample();
    QCOMPARE(total, 47);
    ReaderSession session;
    QAbstractItemModelTester listTester(session.newsModel());
    QAbstractItemModelTester categoryTester(session.categoryModel());
    QVERIFY(!session.isOpen());
    QVERIFY(session.open(cachePath(), {}));
    QVERIFY(session.isOpen());
    QVERIFY2(session.errorString().isEmpty(), qPrintable(session.errorString()));
    QCOMPARE(session.databasePath(), cachePath());
    QCOMPARE(session.totalCount(), total);
    QCOMPARE(session.shownCount().value_or(-1), total); // fewer than a page: known at once
    QCOMPARE(session.newsModel()->rowCount(), int(total));
    QCOMPARE(session.pendingIndexItems(), 0);
    QVERIFY(session.filter().isEmpty());
    // The category counts come from the worker.
    QTRY_VERIFY(session.categoryModel()->rowCount() > 1);
    QCOMPARE(session.categoryModel()->totalCount(), total);
}

void TestReaderSession::aFilterNarrowsTheList_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("shown");

    QTest::newRow("one category") << QStringList{u"Kultur"_s} << QString() << 4;
    QTest::newRow("a search") << QStringList() << u"Roslagsbanan"_s << 1;
    QTest::newRow("nothing matches") << QStringList{u"Kultur"_s} << u"Roslagsbanan"_s << 0;
}

void TestReaderSession::aFilterNarrowsTheList()
{
    QFETCH(QStringList, categories);
    QFETCH(QString, search);
    QFETCH(int, shown);
    QCOMPARE(importSample(), 47);
    ReaderSession session;
    QAbstractItemModelTester listTester(session.newsModel());
    QVERIFY(session.open(cachePath(), {}));
    QSignalSpy reset(session.newsModel(), &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    ItemFilter filter;
    filter.categories = categories;
    filter.search = search;
    QVERIFY(session.setFilter(filter));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(session.filter(), filter);
    QCOMPARE(session.shownCount().value_or(-1), qint64(shown));
    QCOMPARE(session.newsModel()->rowCount(), shown);
    QCOMPARE(session.totalCount(), 47); // the cache, not the list
}

void TestReaderSession::theSameFilterKeepsTheList()
{
    QCOMPARE(importSample(), 47);
    ReaderSession session;
    ItemFilter filter;
    filter.categories = {u"Kultur"_s};
    QVERIFY(session.open(cachePath(), filter));
    QCOMPARE(session.newsModel()->rowCount(), 4);
    QSignalSpy reset(session.newsModel(), &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    QVERIFY(!session.setFilter(filter));
    QCOMPARE(reset.size(), 0);
}

void TestReaderSession::refreshReadsWhatAnImportAdded()
{
    ReaderSession session;
    QVERIFY(session.open(cachePath(), {})); // a new, empty cache
    QCOMPARE(session.totalCount(), 0);
    QCOMPARE(session.shownCount().value_or(-1), 0);
    QCOMPARE(importSample(), 47); // another connection writes
    QCOMPARE(session.totalCount(), 0); // as of the last open() or refresh()
    session.refresh();
    QCOMPARE(session.totalCount(), 47);
    QCOMPARE(session.newsModel()->rowCount(), 47);
}

void TestReaderSession::anUnopenableCacheIsReportedWithItsError()
{
    // A file that is no SQLite database.
    const QString path = m_dir->filePath(u"bogus.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(QByteArray(4096, 'x')), 4096);
    }
    ReaderSession session;
    QAbstractItemModelTester listTester(session.newsModel());
    QVERIFY(!session.open(path, {}));
    QVERIFY(!session.isOpen());
    QVERIFY2(session.errorString().contains(path), qPrintable(session.errorString()));
    QCOMPARE(session.databasePath(), path);
    QCOMPARE(session.totalCount(), 0);
    QCOMPARE(session.newsModel()->rowCount(), 0);
    QCOMPARE(session.shownCount().value_or(-1), 0);
    QCOMPARE(session.pendingIndexItems(), 0);
}

void TestReaderSession::aFailedReadIsSaidOncePerFilter()
{
    // Another program breaks the cache under the open session: the list's
    // reads fail page after page, but the person is told once per filter;
    // a new filter that fails again is told again.
    QCOMPARE(importSample(), 47);
    ReaderSession session;
    QVERIFY(session.open(cachePath(), {}));
    QSignalSpy failed(&session, &ReaderSession::readFailed);
    QVERIFY(failed.isValid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE items RENAME TO items_moved"_s));
    }
    QSqlDatabase::removeDatabase(u"breaker"_s);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table: items"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"a read of the cache failed"_s));
    ItemFilter first;
    first.search = u"vaccin"_s;
    session.setFilter(first);
    session.newsModel()->index(0).data(); // another read of the same broken list
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(cachePath()), qPrintable(failed.first().first().toString()));
    QCOMPARE(session.readFailure(), failed.first().first().toString());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table: items"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"a read of the cache failed"_s));
    ItemFilter second;
    second.search = u"trafik"_s;
    session.setFilter(second);
    QTRY_COMPARE(failed.size(), 2);
}

QTEST_GUILESS_MAIN(TestReaderSession)
#include "tst_readersession.moc"
