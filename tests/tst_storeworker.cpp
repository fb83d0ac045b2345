// StoreWorker: jobs run on its thread against its own connection, results come
// back to the posting thread, and a High job overtakes waiting Normal ones.
#include "models/importing/newsimporter.h"
#include "models/store/storeworker.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestStoreWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobsRunOnTheWorkerAndReportBack();
    void highPriorityOvertakesWaitingJobs();
    void openComesBeforeAnyJob();
    void buildsTheDerivedIndexWhenIdle();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestStoreWorker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.sqlite"_s);
    NewsStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    NewsImporter importer(store);
    QVERIFY(importer.importPaths(NewsImporter::sampleFiles()).error.isEmpty());
}

void TestStoreWorker::jobsRunOnTheWorkerAndReportBack()
{
    StoreWorker worker;
    worker.open(m_path);
    QThread *jobThread = nullptr;
    QThread *doneThread = nullptr;
    qint64 count = -1;
    worker.post(this, [&](NewsStore &store) {
        jobThread = QThread::currentThread();
        return store.itemCount();
    }, [&](qint64 n) {
        doneThread = QThread::currentThread();
        count = n;
    });
    QTRY_COMPARE(count, 47);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestStoreWorker::highPriorityOvertakesWaitingJobs()
{
    StoreWorker worker;
    worker.open(m_path);
    QSemaphore started;
    QSemaphore release;
    QStringList order;
    // Keep the worker busy while the next two are posted.
    worker.post(this, [&](NewsStore &) { started.release(); release.acquire(); return 0; },
                [&](int) { order.append(u"busy"_s); });
    QVERIFY(started.tryAcquire(1, 5000));
    worker.post(this, [](NewsStore &store) { return store.itemIds(); },
                [&](const QList<qint64> &) { order.append(u"normal"_s); });
    worker.post(this, [](NewsStore &store) { return store.categoryCounts(); },
                [&](const QList<CategoryCount> &) { order.append(u"high"_s); }, StoreWorker::Priority::High);
    release.release();
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, (QStringList{u"busy"_s, u"high"_s, u"normal"_s}));
}

void TestStoreWorker::openComesBeforeAnyJob()
{
    StoreWorker worker;
    worker.open(m_path);
    qint64 count = -1;
    worker.post(this, [](NewsStore &store) { return store.itemCount(); }, [&](qint64 n) { count = n; },
                StoreWorker::Priority::High);
    QTRY_COMPARE(count, 47);
}

QTEST_GUILESS_MAIN(TestStoreWorker)

// A cache without items_by_key_order (no open builds it): the worker builds
// it once nothing else is waiting, never before a job, and not while another
// connection holds the write lock (it gives way and tries again later).
void TestStoreWorker::buildsTheDerivedIndexWhenIdle()
{
    const QString name = u"tst_storeworker-key-order"_s;
    const auto cleanup = qScopeGuard([&] { QSqlDatabase::removeDatabase(name); });
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    const auto hasIndex = [&] {
        return q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'items_by_key_order'"_s) && q.next()
                && q.value(0).toInt() == 1;
    };
    QVERIFY(q.exec(u"DROP INDEX IF EXISTS items_by_key_order"_s));
    {
        // Another writer first: the worker's jobs are not held up by the build.
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        StoreWorker worker;
        worker.open(m_path);
        QSemaphore started;
        QSemaphore release;
        qint64 count = -1;
        worker.post(this, [&](NewsStore &store) { started.release(); release.acquire(); return store.itemCount(); },
                    [&](qint64 n) { count = n; });
        QVERIFY(started.tryAcquire(1, 5000));
        QVERIFY(!hasIndex()); // (below every job)
        release.release();
        QTRY_COMPARE(count, 47);
        qint64 again = -1;
        worker.post(this, [](NewsStore &store) { return store.itemCount(); }, [&](qint64 n) { again = n; });
        QTRY_COMPARE(again, 47);
        QVERIFY(!hasIndex());
        QVERIFY(q.exec(u"ROLLBACK"_s));
        QTRY_VERIFY_WITH_TIMEOUT(hasIndex(), 4 * StoreWorker::RetryMs);
    }
    q.finish();
    db.close();
}

#include "tst_storeworker.moc"
