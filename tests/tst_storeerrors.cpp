// A cache that cannot be read must never look like an empty one: every read
// of the store reports the failure (NewsStore::lastReadFailed()), the item
// models emit readFailed(), an export fails and the command line exits 1
// naming the cache. The cache is broken for real: tables are renamed by a
// second connection, as a damaged or foreign file would have them.

#include "models/export/exporter.h"
#include "models/export/exportjob.h"
#include "models/importing/newsimporter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/store/newsstore.h"
#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/sqlite/sqliteschema.h"
#include "models/store/storeworker.h"
#include "storeconnection.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The tables a second connection moves away: every read needs one of them.
const QStringList BrokenTables{u"items"_s, u"categories"_s, u"category_sets"_s, u"index_queue"_s, u"files"_s};

// A read of the store, reduced to "how much did it find".
using Read = std::function<qint64(const NewsStore &)>;

ItemFilter category(const QString &name)
{
    ItemFilter filter;
    filter.categories = {name};
    return filter;
}

ItemFilter search(const QString &words)
{
    ItemFilter filter;
    filter.search = words;
    return filter;
}

} // namespace

Q_DECLARE_METATYPE(Read)

class TestStoreErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsReportFailure_data();
    void readsReportFailure();
    void successfulReadClearsTheFailure();
    void writesReportFailure();
    void listModelSaysSo();
    void listModelOnWorkerSaysSo();
    void categoryModelSaysSo();
    void exportFails();
    void exportOfAFilterFails();
    void readErrorOutlivesAWrite();
    void halfReadTermsAreNotKept();
    void importReadsFailHalfway_data();
    void importReadsFailHalfway();
    void queueCountFailsWithItsError();
    void importCountFails();
    void bulkDecisionFails();
    void migrationNeedsItsTransaction();
    void commandLineExitsWithTheError_data();
    void commandLineExitsWithTheError();

private:
    // Renames (or, with back, restores) BrokenTables through a connection of its own.
    void moveTables(bool back = false);
    // Runs statements through a connection of its own.
    void runElsewhere(const QStringList &statements);
    // Replaces table by a view of it whose rows after the first (by key) fail
    // to be read: the statement runs, stepping fails halfway.
    void failAfterFirstRow(const QString &table, const QString &key, const QString &columns);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<NewsStore> m_store;
};

void TestStoreErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->errorString()));
    NewsImporter importer(*m_store);
    QCOMPARE(importer.importPaths(NewsImporter::sampleFiles()).itemsTotal, qint64(47));
}

void TestStoreErrors::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreErrors::moveTables(bool back)
{
    QStringList statements;
    for (const QString &table : BrokenTables) {
        statements.append(back ? u"ALTER TABLE %1_moved RENAME TO %1"_s.arg(table)
                               : u"ALTER TABLE %1 RENAME TO %1_moved"_s.arg(table));
    }
    runElsewhere(statements);
}

void TestStoreErrors::runElsewhere(const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breaker"_s);
        db.setDatabaseName(m_path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u" in "_s + sql));
    }
    QSqlDatabase::removeDatabase(u"breaker"_s);
}

void TestStoreErrors::failAfterFirstRow(const QString &table, const QString &key, const QString &columns)
{
    // json() of a text that is no JSON fails when the row is stepped to.
    runElsewhere({u"ALTER TABLE %1 RENAME TO %1_moved"_s.arg(table),
                  u"CREATE VIEW %1 AS SELECT %3 FROM %1_moved WHERE CASE WHEN %2 > (SELECT min(%2) FROM %1_moved) "
                  u"THEN json('boom' || %2) IS NOT NULL ELSE 1 END"_s.arg(table, key, columns)});
}

void TestStoreErrors::readsReportFailure_data()
{
    QTest::addColumn<Read>("read");
    QTest::addColumn<qint64>("nothing"); // what read gives when the store finds nothing
    const ItemFilter all;
    const ItemFilter culture = category(u"Kultur"_s);
    ItemFilter twoCategories = category(u"Kultur"_s);
    twoCategories.categories.append(u"Kollektivtrafik"_s);
    const ItemFilter vaccine = search(u"vaccin"_s);
    ItemFilter unread = culture;
    unread.unreadOnly = true;
    const ItemFilter unreadAnywhere = unread.withoutCategories();

    QTest::newRow("itemCount") << Read([=](const NewsStore &s) { return s.itemCount(all); }) << qint64(0);
    QTest::newRow("itemCount of a category")
            << Read([=](const NewsStore &s) { return s.itemCount(culture); }) << qint64(0);
    QTest::newRow("itemCount of two categories")
            << Read([=](const NewsStore &s) { return s.itemCount(twoCategories); }) << qint64(0);
    QTest::newRow("itemCount of a search")
            << Read([=](const NewsStore &s) { return s.itemCount(vaccine); }) << qint64(0);
    QTest::newRow("itemCount of unread in a category")
            << Read([=](const NewsStore &s) { return s.itemCount(unread); }) << qint64(0);
    QTest::newRow("countIsKept of a category")
            << Read([=](const NewsStore &s) { return qint64(s.countIsKept(culture)); }) << qint64(0);
    QTest::newRow("itemIds") << Read([=](const NewsStore &s) { return s.itemIds(all).size(); }) << qint64(0);
    QTest::newRow("itemIds, a page")
            << Read([=](const NewsStore &s) { return s.itemIds(all, 10, 5).size(); }) << qint64(0);
    QTest::newRow("itemIds of a category")
            << Read([=](const NewsStore &s) { return s.itemIds(culture).size(); }) << qint64(0);
    QTest::newRow("itemIds of two categories")
            << Read([=](const NewsStore &s) { return s.itemIds(twoCategories).size(); }) << qint64(0);
    QTest::newRow("itemIds of a search")
            << Read([=](const NewsStore &s) { return s.itemIds(vaccine).size(); }) << qint64(0);
    QTest::newRow("items") << Read([](const NewsStore &s) { return s.items({1, 2, 3}).size(); }) << qint64(0);
    QTest::newRow("item") << Read([](const NewsStore &s) { return s.item(1).id; }) << qint64(0);
    QTest::newRow("categoryCounts")
            << Read([=](const NewsStore &s) { return s.categoryCounts(all).size(); }) << qint64(0);
    QTest::newRow("categoryCounts of a search")
            << Read([=](const NewsStore &s) { return s.categoryCounts(vaccine).size(); }) << qint64(0);
    QTest::newRow("categoryCounts of unread")
            << Read([=](const NewsStore &s) { return s.categoryCounts(unreadAnywhere).size(); }) << qint64(0);
    QTest::newRow("categoryNames") << Read([](const NewsStore &s) { return s.categoryNames().size(); }) << qint64(0);
    QTest::newRow("sourceFiles") << Read([](const NewsStore &s) { return s.sourceFiles().size(); }) << qint64(0);
    QTest::newRow("pendingIndexItems")
            << Read([](const NewsStore &s) { return s.pendingIndexItems() + 1; }) // 0 when it works
            << qint64(1);
}

void TestStoreErrors::readsReportFailure()
{
    QFETCH(Read, read);
    QFETCH(qint64, nothing);
    QVERIFY(read(*m_store) > 0);
    QVERIFY2(!m_store->lastReadFailed(), qPrintable(m_store->errorString()));
    QVERIFY(m_store->readError().isEmpty());

    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*cache\\.sqlite.*no such table"_s));
    const qint64 found = read(*m_store);
    QVERIFY(m_store->lastReadFailed());
    QVERIFY2(m_store->errorString().contains(m_path), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->readError(), m_store->errorString());
    QCOMPARE(found, nothing);
}

void TestStoreErrors::successfulReadClearsTheFailure()
{
    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QCOMPARE(m_store->itemIds().size(), qsizetype(0));
    QVERIFY(m_store->lastReadFailed());

    moveTables(true);
    QCOMPARE(m_store->itemIds().size(), qsizetype(47));
    QVERIFY(!m_store->lastReadFailed());
    QVERIFY(m_store->errorString().isEmpty());
    QVERIFY(m_store->readError().isEmpty());
}

void TestStoreErrors::writesReportFailure()
{
    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QVERIFY(!m_store->setRead({1, 2}, true));
    QVERIFY(!m_store->errorString().isEmpty());
    QVERIFY(!m_store->lastReadFailed()); // a write is not a read
    // A sentence for people that names the cache, for every write.
    QVERIFY2(m_store->errorString().contains(m_path), qPrintable(m_store->errorString()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QVERIFY(!m_store->setReadWhere(category(u"Kultur"_s), true));
    QVERIFY2(m_store->errorString().contains(m_path), qPrintable(m_store->errorString()));
}

void TestStoreErrors::listModelSaysSo()
{
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &NewsListModel::readFailed);
    QVERIFY(failed.isValid());
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 47);

    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(failed.wait());
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(m_path), qPrintable(failed.first().first().toString()));
}

void TestStoreErrors::listModelOnWorkerSaysSo()
{
    // As the window has it: the first page here, the rest on the worker.
    StoreWorker worker;
    worker.open(m_path);
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &NewsListModel::readFailed);
    QVERIFY(failed.isValid());
    model.setWorker(&worker);
    model.setStore(m_store.get());
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(failed.count(), 0);

    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    model.setFilter(search(u"vaccin"_s));
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY(failed.first().first().toString().contains(m_path));
}

void TestStoreErrors::categoryModelSaysSo()
{
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &CategoryModel::readFailed);
    QVERIFY(failed.isValid());
    model.setStore(m_store.get());
    QCOMPARE(failed.count(), 0);

    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    model.refresh();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(m_path));
}

void TestStoreErrors::exportFails()
{
    const QList<qint64> ids = m_store->itemIds();
    QCOMPARE(ids.size(), qsizetype(47));
    moveTables();
    const std::unique_ptr<Exporter> exporter = Exporter::create(u"json"_s);
    QVERIFY(exporter);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    const ExportResult result = ExportJob::exportItems(*m_store, ids, *exporter, &buffer);
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.error.contains(m_path), qPrintable(result.error));
}

void TestStoreErrors::exportOfAFilterFails()
{
    // The items of a filter are read when the job runs: a failed read is no
    // empty export.
    ExportJob job(m_path, {}, u"json"_s, m_dir->filePath(u"culture.json"_s));
    job.setFilter(category(u"Kultur"_s));
    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"export failed:.*no such table"_s));
    const ExportResult result = job.run();
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.error.contains(m_path), qPrintable(result.error));
    QVERIFY(!QFile::exists(m_dir->filePath(u"culture.json"_s)));
}

void TestStoreErrors::readErrorOutlivesAWrite()
{
    moveTables();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QCOMPARE(m_store->itemCount(), qint64(0));
    QVERIFY(m_store->lastReadFailed());
    const QString readError = m_store->errorString();
    QCOMPARE(m_store->readError(), readError);

    // A write that works, then one that fails: the read's failure stays its own.
    QVERIFY(m_store->setRead({}, true));
    QVERIFY(m_store->lastReadFailed());
    QCOMPARE(m_store->readError(), readError);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QVERIFY(!m_store->setStarred({1}, true));
    QVERIFY(m_store->lastReadFailed());
    QCOMPARE(m_store->readError(), readError);
    QVERIFY(m_store->errorString() != readError);
}

void TestStoreErrors::halfReadTermsAreNotKept()
{
    // A search's word is looked up in the term list (the index terms that hold
    // it); terms read halfway must not be kept for the next search.
    const ItemFilter transport = search(u"kollektivtrafik"_s);
    const qint64 expected = m_store->itemCount(transport);
    QVERIFY(expected > 0);
    {
        QSqlQuery q(storeConnection(*m_store));
        for (const QString &sql : {
                     u"ALTER TABLE search_terms RENAME TO real_terms"_s,
                     u"CREATE VIEW search_terms AS SELECT term FROM real_terms WHERE CASE WHEN term > "
                     u"'kollektivtrafik' THEN json('boom' || term) IS NOT NULL ELSE 1 END"_s,
             })
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    m_store->indexChanged(); // forget the terms of the first search
    // (The list is read in one statement, which fails where its rows do.)
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*malformed JSON"_s));
    m_store->itemCount(transport);
    QVERIFY(m_store->lastReadFailed());
    {
        QSqlQuery q(storeConnection(*m_store));
        QVERIFY2(q.exec(u"DROP VIEW search_terms"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"ALTER TABLE real_terms RENAME TO search_terms"_s), qPrintable(q.lastError().text()));
    }
    QCOMPARE(m_store->itemCount(transport), expected);
    QVERIFY(!m_store->lastReadFailed());
}

void TestStoreErrors::importReadsFailHalfway_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("columns");
    // Stored files read halfway would be imported again as new ones, and the
    // vanished ones not removed; a vocabulary read halfway splits categories
    // otherwise.
    QTest::newRow("files") << u"files"_s << u"id"_s
                           << u"id, path, size, mtime, hash, ordinal, header, item_count, imported_at"_s;
    QTest::newRow("vocabulary") << u"vocabulary"_s << u"name"_s << u"name"_s;
}

void TestStoreErrors::importReadsFailHalfway()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, columns);
    runElsewhere({u"INSERT OR IGNORE INTO vocabulary(name) VALUES ('Alfa'), ('Beta')"_s});
    failAfterFirstRow(table, key, columns);

    NewsImporter importer(*m_store);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"reading a row failed on .*malformed JSON"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"import failed while .*malformed JSON"_s));
    const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
    QVERIFY2(report.error.contains(u"malformed JSON"_s), qPrintable(report.error));
    QVERIFY(report.imported.isEmpty());
}

void TestStoreErrors::queueCountFailsWithItsError()
{
    // (SQLite computes the count at its first step, which Qt's driver takes
    // when the statement runs.)
    runElsewhere({u"INSERT INTO index_queue(item_id) VALUES (1), (2)"_s});
    failAfterFirstRow(u"index_queue"_s, u"item_id"_s, u"*"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*malformed JSON"_s));
    QCOMPARE(m_store->pendingIndexItems(), qint64(0));
    QVERIFY(m_store->lastReadFailed());
    QVERIFY2(m_store->readError().contains(u"malformed JSON"_s), qPrintable(m_store->readError()));
}

void TestStoreErrors::importCountFails()
{
    // The cache breaks after the last file, before the items are counted.
    NewsImporter importer(*m_store);
    importer.setProgress([this](int done, int total, const QString &) {
        if (done == total)
            moveTables();
        return true;
    });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"import failed while .*no such table"_s));
    const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
    QVERIFY2(report.error.contains(m_path), qPrintable(report.error));
    QCOMPARE(report.itemsTotal, qint64(0));
}

void TestStoreErrors::bulkDecisionFails()
{
    // A failed count of the cache is no empty cache (which would make any
    // import a bulk one).
    const QString folder = m_dir->filePath(u"news"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(NewsImporter::sampleFiles().first(), QDir(folder).filePath(u"more.txt"_s)));
    NewsImporter importer(*m_store);
    importer.setBulkItems(1);
    importer.setProgress([this](int done, int, const QString &) {
        if (done == 0)
            moveTables();
        return true;
    });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed on .*no such table"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"import failed while .*no such table"_s));
    const ImportReport report = importer.importPaths({folder});
    QVERIFY2(report.error.contains(m_path), qPrintable(report.error));
    QVERIFY(report.imported.isEmpty());
}

void TestStoreErrors::migrationNeedsItsTransaction()
{
    // When a step's transaction cannot begin, the step does not run.
    const QString path = m_dir->filePath(u"new.sqlite"_s);
    SqliteConnection connection;
    QVERIFY(connection.open(path).isEmpty());
    QSqlQuery q(connection.database());
    QVERIFY(q.exec(u"BEGIN"_s)); // so that the step's begin fails
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot begin a transaction.*"_s));
    const QString error = SqliteSchema(connection, path).migrate(NewsStore::SchemaVersion);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"ROLLBACK"_s));
}

void TestStoreErrors::commandLineExitsWithTheError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("list --format json") << QStringList{u"list"_s, u"--format"_s, u"json"_s};
    QTest::newRow("list --category") << QStringList{u"list"_s, u"--category"_s, u"Kultur"_s};
    QTest::newRow("categories") << QStringList{u"categories"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"--output"_s, u"-"_s, u"--format"_s, u"json"_s};
}

void TestStoreErrors::commandLineExitsWithTheError()
{
    QFETCH(QStringList, arguments);
    m_store.reset(); // the program opens the cache itself
    moveTables();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Whatever happens, the person's own files stay untouched.
    for (const QString &name : {u"HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s})
        environment.insert(name, m_dir->path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NEWSDESK_BINARY), arguments + QStringList{u"--db"_s, m_path});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    // Besides the log's details, a sentence for people that names the cache.
    const QRegularExpression message(u"^newsdesk: .*"_s + QRegularExpression::escape(m_path),
                                     QRegularExpression::MultilineOption);
    QVERIFY2(message.match(err).hasMatch(), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_storeerrors.moc"
