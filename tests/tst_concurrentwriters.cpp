#include "models/importing/importlock.h"
#include "models/importing/importtask.h"
#include "models/store/newsstore.h"
#include "processtestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ProcessTestSupport;

// Issue 12 item 7: writers take turns. Real processes of newsdesk (two
// imports into one cache, existing or new; an import while another connection
// writes) and the window's import task, which waits its turn on the import
// thread and says so.
class TestConcurrentWriters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void twoImportsBothSucceed_data();
    void twoImportsBothSucceed();
    void importWaitsThroughAnotherWriter();
    void windowImportWaitsItsTurnAndSaysSo();
    void markWaitsThroughAnImportsTransaction();
    void lockOfADeadImportIsTakenOver();
    void secondStoreKeepsTheFirstOnesLocks();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConcurrentWriters::init()
{
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_BINARY)).isExecutable(), NEWSDESK_BINARY);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConcurrentWriters::cleanup()
{
    m_dir.reset();
}

void TestConcurrentWriters::twoImportsBothSucceed_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("into one existing cache") << true;
    QTest::newRow("onto a new cache") << false;
}

void TestConcurrentWriters::twoImportsBothSucceed()
{
    // Were: one exits 1 with "database is locked" although its files were
    // stored (existing cache), or "table files already exists" (new cache:
    // both ran the first migration).
    QFETCH(bool, existing);
    const QString db = path(u"cache.sqlite"_s);
    if (existing)
        QCOMPARE(run(m_dir->path(), {u"import"_s, u"--db"_s, db, u"--sample"_s}).exitCode, 0);
    const QStringList first = writeListings(path(u"first"_s), u"first"_s, 8, 400);
    const QStringList second = writeListings(path(u"second"_s), u"second"_s, 8, 400);
    QCOMPARE(first.size(), 8);

    // The test holds the import lock, so both are sure to meet: each waits,
    // says so naming this process, and goes on once it is free.
    QLockFile held(ImportLock::lockPath(db));
    if (existing)
        QVERIFY(held.tryLock(0));
    const std::unique_ptr<QProcess> a = start(m_dir->path(), {u"import"_s, u"--db"_s, db, path(u"first"_s)});
    const std::unique_ptr<QProcess> b = start(m_dir->path(), {u"import"_s, u"--db"_s, db, path(u"second"_s)});
    QVERIFY(a && b);
    if (existing) {
        const QString waiting = u"newsdesk: waiting for another import into %1 (process %2)\u2026"_s
                                        .arg(db).arg(QCoreApplication::applicationPid());
        QString errA, errB;
        QTRY_VERIFY_WITH_TIMEOUT((errA += QString::fromUtf8(a->readAllStandardError())).contains(waiting), 60000);
        QTRY_VERIFY_WITH_TIMEOUT((errB += QString::fromUtf8(b->readAllStandardError())).contains(waiting), 60000);
        held.unlock();
    }
    const Result ra = finish(*a);
    const Result rb = finish(*b);
    QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
    QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));
    QVERIFY(ra.out.contains(u"Files: 8 imported"_s));
    QVERIFY(rb.out.contains(u"Files: 8 imported"_s));
    QCOMPARE(listedItems(m_dir->path(), db), (existing ? 47 : 0) + 2 * 8 * 400);
    QVERIFY(!QFileInfo::exists(ImportLock::lockPath(db))); // the last one out leaves no lock
}

void TestConcurrentWriters::importWaitsThroughAnotherWriter()
{
    // Another connection (the window writing read marks, say) holds the
    // cache's write lock for a moment: the import's transactions wait through
    // the busy timeout instead of failing.
    const QString db = path(u"cache.sqlite"_s);
    QCOMPARE(run(m_dir->path(), {u"import"_s, u"--db"_s, db, u"--sample"_s}).exitCode, 0);
    const QStringList files = writeListings(path(u"more"_s), u"more"_s, 2, 200);
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-writer"_s);
        writer.setDatabaseName(db);
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(q.exec(u"UPDATE files SET imported_at = imported_at"_s));
        const std::unique_ptr<QProcess> import = start(m_dir->path(), {u"import"_s, u"--db"_s, db, path(u"more"_s)});
        QVERIFY(import);
        QTest::qWait(1500); // (the import meets the lock; how long it waits is not what is tested)
        QVERIFY(q.exec(u"COMMIT"_s));
        q.finish();
        const Result result = finish(*import);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        writer.close();
    }
    QSqlDatabase::removeDatabase(u"tst-writer"_s);
    QCOMPARE(listedItems(m_dir->path(), db), 47 + 2 * 200);
}

void TestConcurrentWriters::windowImportWaitsItsTurnAndSaysSo()
{
    // The window's import (ImportTask, on the import thread) waits while
    // another import holds the cache, and says so with that process's id; the
    // GUI thread goes on (this event loop runs while it waits).
    const QString db = path(u"cache.sqlite"_s);
    {
        NewsStore store;
        QVERIFY(store.open(db));
    }
    const QStringList files = writeListings(path(u"window"_s), u"window"_s, 2, 50);
    QLockFile held(ImportLock::lockPath(db));
    QVERIFY(held.tryLock(0));

    ImportTask task;
    QSignalSpy waiting(&task, &ImportTask::waiting);
    QSignalSpy finished(&task, &ImportTask::finished);
    QVERIFY(waiting.isValid() && finished.isValid());
    task.start(db, {path(u"window"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 60000);
    QCOMPARE(waiting.first().first().toLongLong(), QCoreApplication::applicationPid());
    QVERIFY(finished.isEmpty());
    held.unlock();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 2);
    QCOMPARE(waiting.size(), 1); // said once
}

void TestConcurrentWriters::markWaitsThroughAnImportsTransaction()
{
    // The window marks an item read while an import (here: a thread holding a
    // write transaction, as an import's batch does) writes: the mark waits
    // through the busy timeout instead of failing with "database is locked".
    const QString db = path(u"cache.sqlite"_s);
    QCOMPARE(run(m_dir->path(), {u"import"_s, u"--db"_s, db, u"--sample"_s}).exitCode, 0);
    NewsStore store;
    QVERIFY(store.open(db));
    const QList<qint64> ids = store.itemIds({}, 3);
    QCOMPARE(ids.size(), 3);
    QSemaphore locked;
    bool committed = false;
    std::thread import([&] {
        {
            QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-import"_s);
            writer.setDatabaseName(db);
            writer.open();
            QSqlQuery q(writer);
            const bool began = q.exec(u"BEGIN IMMEDIATE"_s) && q.exec(u"UPDATE files SET imported_at = imported_at"_s);
            locked.release();
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            committed = began && q.exec(u"COMMIT"_s);
        }
        QSqlDatabase::removeDatabase(u"tst-import"_s);
    });
    locked.acquire();
    const bool marked = store.setRead(ids, true);
    const QString error = store.errorString();
    import.join();
    QVERIFY(committed);
    QVERIFY2(marked, qPrintable(error));
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(store.itemCount(unread), 47 - 3);
}

void TestConcurrentWriters::lockOfADeadImportIsTakenOver()
{
    // An import killed while it held the lock leaves the lock file: the next
    // import finds its process gone and goes on (the lock's age does not count).
    const QString db = path(u"cache.sqlite"_s);
    writeListings(path(u"big"_s), u"big"_s, 30, 2000);
    const std::unique_ptr<QProcess> killed = start(m_dir->path(), {u"import"_s, u"--db"_s, db, path(u"big"_s)});
    QVERIFY(killed);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ImportLock::lockPath(db)), 60000);
    killed->kill();
    killed->waitForFinished();
    QVERIFY(QFileInfo::exists(ImportLock::lockPath(db)));

    writeListings(path(u"after"_s), u"after"_s, 1, 10);
    const Result result = run(m_dir->path(), {u"import"_s, u"--db"_s, db, path(u"after"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!result.err.contains(u"waiting"_s));
}

void TestConcurrentWriters::secondStoreKeepsTheFirstOnesLocks()
{
    // A window holds several stores on one cache (GUI, worker, import,
    // export). Opening one more must not drop the locks the others hold (a
    // POSIX lock goes with any descriptor of the file closed in the process):
    // another process closing the cache would then take itself for the last
    // one and delete the -wal and -shm under the open stores ("disk I/O
    // error" in tst_singleinstance under load).
    const QString db = path(u"cache.sqlite"_s);
    QCOMPARE(run(m_dir->path(), {u"import"_s, u"--db"_s, db, u"--sample"_s}).exitCode, 0);
    NewsStore first;
    QVERIFY(first.open(db));
    const QList<qint64> ids = first.itemIds({}, 1);
    QVERIFY(first.setRead(ids, true)); // the cache's -wal now holds a commit
    {
        NewsStore second;
        QVERIFY(second.open(db));
    }
    const Result listed = run(m_dir->path(), {u"list"_s, u"--db"_s, db, u"--format"_s, u"tsv"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(QFileInfo::exists(db + u"-wal"_s), "another process deleted the -wal under an open store");
    QVERIFY2(QFileInfo::exists(db + u"-shm"_s), "another process deleted the -shm under an open store");
    QVERIFY(first.setRead(ids, false));
    QCOMPARE(first.itemCount({}), 47);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)

#include "tst_concurrentwriters.moc"
