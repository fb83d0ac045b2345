#include "models/support/background.h"
#include "models/support/latestrequest.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

// The one way newsdesk runs work off the GUI thread (Background::run) and the
// "a newer request supersedes this one" ticket (LatestRequest).
class tst_Background final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheContextsThread();
    void voidWorkCallsDone();
    void noResultForADestroyedContext();
    void futureFinishesWithTheWorkNotWithDone();
    void everyResultArrives();
    void ticketIsCurrentUntilTheNextRequest();
    void ticketIsAskedOnAnotherThread();
    void supersedeEndsEveryTicket();
};

void tst_Background::resultArrivesOnTheContextsThread()
{
    QObject context;
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    int result = 0;
    Background::run(&context, [&workThread] {
        workThread = QThread::currentThread();
        return 42;
    }, [&](int value) {
        doneThread = QThread::currentThread();
        result = value;
    });
    QTRY_COMPARE(result, 42);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void tst_Background::voidWorkCallsDone()
{
    QObject context;
    bool done = false;
    std::atomic_bool worked = false;
    Background::run(&context, [&worked] { worked = true; }, [&done] { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(worked);
}

void tst_Background::noResultForADestroyedContext()
{
    QSemaphore release;
    bool called = false;
    QFuture<int> future;
    {
        QObject context;
        future = Background::run(&context, [&release] {
            release.acquire();
            return 1;
        }, [&called](int) { called = true; });
    }
    release.release();
    future.waitForFinished();
    QTest::qWait(50); // any queued delivery would arrive now
    QVERIFY(!called);
}

void tst_Background::futureFinishesWithTheWorkNotWithDone()
{
    // Waiting on the context's own thread must not wait for done, which
    // runs there: an owner's destructor waits like this.
    QObject context;
    bool done = false;
    QFuture<int> future = Background::run(&context, [] { return 7; }, [&done](int) { done = true; });
    future.waitForFinished();
    QCOMPARE(future.result(), 7);
    QTRY_VERIFY(done);
}

void tst_Background::everyResultArrives()
{
    // Work that ends before, while and after done is attached: none is lost
    // (QFuture::then(context) lost some under load on Qt 6.4).
    QObject context;
    constexpr int Runs = 2000;
    int arrived = 0;
    for (int i = 0; i < Runs; ++i)
        Background::run(&context, [i] { return i; }, [&arrived](int) { ++arrived; });
    QTRY_COMPARE_WITH_TIMEOUT(arrived, Runs, 20000);
}

void tst_Background::ticketIsCurrentUntilTheNextRequest()
{
    LatestRequest requests;
    QVERIFY(!LatestRequest::Ticket().isCurrent());
    const LatestRequest::Ticket first = requests.next();
    QVERIFY(first.isCurrent());
    QVERIFY(requests.current().isCurrent());
    const LatestRequest::Ticket second = requests.next();
    QVERIFY(!first.isCurrent());
    QVERIFY(second.isCurrent());
}

void tst_Background::ticketIsAskedOnAnotherThread()
{
    LatestRequest requests;
    const LatestRequest::Ticket ticket = requests.next();
    QSemaphore asked;
    QSemaphore superseded;
    std::atomic_bool before = false;
    std::atomic_bool after = true;
    QFuture<void> future = QtConcurrent::run([&] {
        before = ticket.isCurrent();
        asked.release();
        superseded.acquire();
        after = ticket.isCurrent();
    });
    asked.acquire();
    requests.next();
    superseded.release();
    future.waitForFinished();
    QVERIFY(before);
    QVERIFY(!after);
}

void tst_Background::supersedeEndsEveryTicket()
{
    LatestRequest requests;
    const LatestRequest::Ticket ticket = requests.next();
    requests.supersede();
    QVERIFY(!ticket.isCurrent());
    QVERIFY(requests.current().isCurrent());
}

QTEST_GUILESS_MAIN(tst_Background)
#include "tst_background.moc"
