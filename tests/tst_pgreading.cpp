// Issue 17: a window's reads of a shared archive never wait on its server on
// the GUI thread. The list's pages (the first page of a refresh too), the
// poll for other desktops' imports and the totals are read by the session's
// page reader; a server that stops answering leaves the event loop turning,
// the rows empty until their pages arrive, and everything arrives once it
// answers again. The server "stops answering" through a relay that stops
// passing bytes but keeps the connections open (tests/freezingproxy.*):
// libpq's read then waits, as it does when a host hangs.

#include "freezingproxy.h"
#include "pgtestsupport.h"
#include "processtestsupport.h"

#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

class TestPgReading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void pagesArriveOffTheGuiThread();
    void serverThatStopsAnsweringHoldsNothing();
    void pageAskedForMeanwhileArrivesWhenItAnswers();
    void quittingWhileTheServerDoesNotAnswer();
    void wrongPasswordTriedKeepsTheWorkingOne();
    // A list whose pages and whose worker each go through a relay of their own.
    void pageInFlightWhenTheRowsChangeIsDropped_data();
    void pageInFlightWhenTheRowsChangeIsDropped();
    void nextUnreadAskedBeforeEveryIdArrived_data();
    void nextUnreadAskedBeforeEveryIdArrived();
    void quittingWaitsOnceForBothReaders();
    void nextUnreadIsAskedOfTheArchive(); // (it sets alice's marks: cleanup() clears them)

private:
    struct SplitList;
    // A session on the archive through the relay (alice), its list complete.
    void openThroughProxy(std::unique_ptr<ReaderSession> &session);
    // list's model on the archive (alice), its pages read through m_proxy,
    // its count, ids and marks through m_workerProxy; its list complete.
    void openSplit(SplitList &list);
    // The title of the listing item at row (the list's default sort is newest first).
    static QString titleAt(const NewsListModel &model, int row);

    static constexpr int Files = 3;
    static constexpr int ItemsPerFile = 200; // 600 items: five pages
    QTemporaryDir m_dir;
    QString m_address;      // alice's, straight to the server
    QString m_proxyAddress; // alice's, through m_proxy
    std::unique_ptr<FreezingProxy> m_proxy;
    QString m_workerAddress; // alice's, through m_workerProxy
    std::unique_ptr<FreezingProxy> m_workerProxy;
};

// A list put together as ReaderSession does, but with a page reader and a
// worker on relays of their own: a test holds the pages, or the count, the
// ids and the marks, alone. (Members go in reverse: the model first.)
struct TestPgReading::SplitList
{
    NewsStore store; // (open, as the session's; with a page reader this thread reads nothing of it)
    StoreWorker worker;
    StoreWorker reader;
    NewsListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

namespace {

// alice's password from libpq's password file (the fixture's pgpass), for
// the relay's address (another port, which the file does not name).
QString alicePassword()
{
    QFile file(QFile::decodeName(qgetenv("PGPASSFILE")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(':');
        if (fields.size() == 5 && fields.at(3) == "alice")
            return QString::fromUtf8(fields.at(4));
    }
    return {};
}

} // namespace

void TestPgReading::initTestCase()
{
    QString why;
    if (PgTestSupport::serverUrl(why).isEmpty())
        QSKIP(qPrintable(u"PostgreSQL tests skipped: "_s + why));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(!PgTestSupport::freshDatabase(u"pgreading"_s, error).isEmpty(), qPrintable(error));
    const QStringList files = ProcessTestSupport::writeListings(m_dir.filePath(u"listings"_s), u"reading"_s, Files,
                                                                ItemsPerFile);
    const ProcessTestSupport::Result made = ProcessTestSupport::run(
            m_dir.filePath(u"home"_s),
            QStringList{u"--db"_s, PgTestSupport::addressFor(u"pgreading"_s, {}), u"import"_s} + files);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_address = PgTestSupport::addressFor(u"pgreading"_s, u"alice"_s);
    const QUrl url(m_address);
    m_proxy = std::make_unique<FreezingProxy>(QHostAddress(url.host()), quint16(url.port(5432)));
    QVERIFY(m_proxy->port() != 0);
    QUrl proxied = url;
    proxied.setHost(u"127.0.0.1"_s);
    proxied.setPort(m_proxy->port());
    m_proxyAddress = proxied.toString();
    const QString password = alicePassword();
    QVERIFY2(!password.isEmpty(), "no password for alice in PGPASSFILE");
    NewsStore::setSessionPassword(m_proxyAddress, password);
    m_workerProxy = std::make_unique<FreezingProxy>(QHostAddress(url.host()), quint16(url.port(5432)));
    QVERIFY(m_workerProxy->port() != 0);
    proxied.setPort(m_workerProxy->port());
    m_workerAddress = proxied.toString();
    NewsStore::setSessionPassword(m_workerAddress, password);
}

void TestPgReading::cleanupTestCase()
{
    if (m_proxy)
        m_proxy->setFrozen(false);
    if (m_workerProxy)
        m_workerProxy->setFrozen(false);
    NewsStore::setSessionPassword(m_proxyAddress, {});
    NewsStore::setSessionPassword(m_workerAddress, {});
}

void TestPgReading::cleanup()
{
    // (A test that failed while a relay was frozen leaves it answering for the next.)
    if (m_proxy)
        m_proxy->setFrozen(false);
    if (m_workerProxy)
        m_workerProxy->setFrozen(false);
    // Nor an item hidden or read (alice has neither at the start).
    NewsStore store;
    QVERIFY2(store.open(m_address), qPrintable(store.errorString()));
    ItemFilter all;
    all.hidden = ItemFilter::Hidden::Include;
    for (const MarkChange::Mark mark : {MarkChange::Mark::Hidden, MarkChange::Mark::Read}) {
        MarkChange clear;
        clear.mark = mark;
        clear.on = false;
        QVERIFY2(store.setMarkWhere(all, clear), qPrintable(store.errorString()));
    }
}

QString TestPgReading::titleAt(const NewsListModel &model, int row)
{
    return model.index(row).data(NewsListModel::TitleRole).toString();
}

void TestPgReading::openThroughProxy(std::unique_ptr<ReaderSession> &session)
{
    session = std::make_unique<ReaderSession>();
    QVERIFY2(session->open(m_proxyAddress, {}), qPrintable(session->errorString()));
    NewsListModel *model = session->newsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Files * ItemsPerFile, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 30000);
}

void TestPgReading::openSplit(SplitList &list)
{
    QVERIFY2(list.store.open(m_address), qPrintable(list.store.errorString()));
    list.worker.open(m_workerAddress);
    list.reader.open(m_proxyAddress);
    list.model.setWorker(&list.worker);
    list.model.setPageReader(&list.reader);
    list.model.setStore(&list.store);
    QTRY_COMPARE_WITH_TIMEOUT(list.model.rowCount(), Files * ItemsPerFile, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(list.model.isComplete(), 30000);
    QVERIFY(!titleAt(list.model, 0).isEmpty());
}

void TestPgReading::pagesArriveOffTheGuiThread()
{
    ReaderSession session;
    NewsListModel *model = session.newsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY2(session.open(m_address, {}), qPrintable(session.errorString()));
    // open() returns before the list is read: the first page comes from the page reader.
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->shownCount().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Files * ItemsPerFile, 30000);
    QVERIFY(!inserted.isEmpty());
    QVERIFY(!titleAt(*model, 0).isEmpty()); // the first page came with the rows
    // A row of a page not read yet is empty, and filled by dataChanged() when its page arrives.
    const int far = 4 * NewsListModel::PageSize + 3;
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(titleAt(*model, far).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
    const QModelIndex first = changed.first().at(0).toModelIndex();
    const QModelIndex last = changed.first().at(1).toModelIndex();
    QVERIFY(first.row() <= far && far <= last.row());
    QVERIFY(titleAt(*model, far).startsWith(u"reading "_s));
    // The row is the item the cache holds there.
    QCOMPARE(model->itemAt(far).id, model->idAt(far));
    // A refresh reads the first page off the thread again, and shows the same list.
    const QString top = titleAt(*model, 0);
    session.refresh();
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Files * ItemsPerFile, 30000);
    QCOMPARE(titleAt(*model, 0), top);
    QTRY_COMPARE_WITH_TIMEOUT(session.totalCount(), qint64(Files * ItemsPerFile), 30000);
}

void TestPgReading::serverThatStopsAnsweringHoldsNothing()
{
    std::unique_ptr<ReaderSession> session;
    openThroughProxy(session);
    if (QTest::currentTestFailed())
        return;
    NewsListModel *model = session->newsModel();
    m_proxy->setFrozen(true);
    // The event loop keeps turning while the page reader waits on the server:
    // a timer on this thread fires, again and again.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QVERIFY(titleAt(*model, 3 * NewsListModel::PageSize).isEmpty()); // asked of the server: not here
    session->refresh(); // the first page, the totals: asked, not waited for
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY(ticks >= 10);
    QCOMPARE(model->rowCount(), 0); // nothing came: the server does not answer
    m_proxy->setFrozen(false);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Files * ItemsPerFile, 30000);
    QVERIFY(!titleAt(*model, 0).isEmpty());
}

void TestPgReading::pageAskedForMeanwhileArrivesWhenItAnswers()
{
    std::unique_ptr<ReaderSession> session;
    openThroughProxy(session);
    if (QTest::currentTestFailed())
        return;
    NewsListModel *model = session->newsModel();
    const int row = 2 * NewsListModel::PageSize + 7;
    m_proxy->setFrozen(true);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(titleAt(*model, row).isEmpty());
    QVERIFY(titleAt(*model, row + 1).isEmpty()); // the same page: asked for once
    QTest::qWait(200);
    QVERIFY(changed.isEmpty());
    m_proxy->setFrozen(false);
    QTRY_VERIFY_WITH_TIMEOUT(!titleAt(*model, row).isEmpty(), 30000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model->itemAt(row).id, model->idAt(row));
}

void TestPgReading::quittingWhileTheServerDoesNotAnswer()
{
    std::unique_ptr<ReaderSession> session;
    openThroughProxy(session);
    if (QTest::currentTestFailed())
        return;
    m_proxy->setFrozen(true);
    // The page reader now waits on the server, which does not answer.
    QVERIFY(titleAt(*session->newsModel(), 3 * NewsListModel::PageSize).isEmpty());
    QTest::qWait(100);
    // The session goes all the same (its reader is left to end by itself):
    // before, quitting waited for the server for as long as it did not answer.
    session.reset();
    m_proxy->setFrozen(false);
    // The reader's read ends once the server answers; nothing is delivered to the session gone.
    QTest::qWait(200);
}

void TestPgReading::wrongPasswordTriedKeepsTheWorkingOne()
{
    // alice's password works (given at the start: the session password of the
    // relay's address); someone types a wrong one in the Connect dialog.
    const ReaderSession::Trial wrong = ReaderSession::tryOpen(m_proxyAddress, u"not-her-password"_s);
    QVERIFY(!wrong.opened);
    QVERIFY(wrong.needsPassword);
    // The connections of this process keep the one that works (before, the trial had put it away).
    const ReaderSession::Trial again = ReaderSession::tryOpen(m_proxyAddress);
    QVERIFY2(again.opened, qPrintable(again.error));
    ReaderSession session;
    QVERIFY2(session.open(m_proxyAddress, {}), qPrintable(session.errorString()));
}

void TestPgReading::pageInFlightWhenTheRowsChangeIsDropped_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("filter changed") << u"filter"_s;
    QTest::newRow("list read again") << u"refresh"_s;
    QTest::newRow("a hide removes a row above the page") << u"hide"_s;
}

// A page asked for under the rows before is dropped when it arrives: the
// rows now are other items (or the same items one row up), and showing it
// would put one item's text on another's row.
void TestPgReading::pageInFlightWhenTheRowsChangeIsDropped()
{
    QFETCH(QString, change);
    SplitList list;
    openSplit(list);
    if (QTest::currentTestFailed())
        return;
    NewsListModel &model = list.model;
    const QList<qint64> before = model.ids();
    // Every row the model fills must hold the item the archive lists there now.
    QList<qint64> expected;
    int wrong = 0;
    const auto checkRows = [&](int first, int last) {
        for (int r = first; r <= last && r < expected.size(); ++r) {
            const qint64 shown = model.itemAt(r).id; // (0: not held, asked for)
            if (shown != 0 && shown != expected.at(r)) {
                qWarning("row %d shows item %lld, the archive lists %lld there", r, shown, expected.at(r));
                ++wrong;
            }
        }
    };
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &first, const QModelIndex &last) { checkRows(first.row(), last.row()); });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) { checkRows(first, last); });

    const int row = 2 * NewsListModel::PageSize + 10;
    m_proxy->setFrozen(true);
    m_workerProxy->setFrozen(true);
    QVERIFY(titleAt(model, row).isEmpty()); // its page is asked for, and held by the relay
    qint64 hidden = 0;
    if (change == u"filter"_s) {
        ItemFilter byTitle = model.filter();
        byTitle.sort = ItemFilter::Sort::Title;
        expected = list.store.itemIds(byTitle);
        QVERIFY(expected != before);
        model.setFilter(byTitle);
        QCOMPARE(model.rowCount(), 0);
    } else if (change == u"refresh"_s) {
        expected = before;
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    } else {
        hidden = model.idAt(5);
        expected = before;
        // Removed at once; its write waits behind the worker's relay (no mark
        // written meanwhile: only the rows moved).
        model.applyMark(MarkChange::Mark::Hidden, true, {hidden});
        expected.removeOne(hidden);
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(model.idAt(row), expected.at(row));
        QVERIFY(model.hasPendingWrites());
    }
    // The page arrives first (the page reader reads in order), then what was
    // asked since: a new list's first page (and its count, from the worker),
    // or the page again (the hide still unwritten).
    m_proxy->setFrozen(false);
    if (hidden == 0)
        m_workerProxy->setFrozen(false);
    QTRY_VERIFY_WITH_TIMEOUT(!titleAt(model, row).isEmpty(), 30000);
    QCOMPARE(model.itemAt(row).id, expected.at(row));
    m_workerProxy->setFrozen(false);
    QTRY_VERIFY_WITH_TIMEOUT(!model.hasPendingWrites(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isCounting(), 30000);
    QCOMPARE(model.ids(), expected);
    checkRows(0, int(expected.size()) - 1);
    QCOMPARE(wrong, 0);
    // (cleanup() shows the hidden item again.)
}

void TestPgReading::nextUnreadAskedBeforeEveryIdArrived_data()
{
    QTest::addColumn<bool>("oneUnread");
    QTest::newRow("one unread beyond the first page") << true;
    QTest::newRow("none unread") << false;
}

// nextUnread() while the worker's id list has not arrived: the archive's
// answer is kept until every id is known, then said as the row (or -1).
void TestPgReading::nextUnreadAskedBeforeEveryIdArrived()
{
    QFETCH(bool, oneUnread);
    SplitList list;
    openSplit(list);
    if (QTest::currentTestFailed())
        return;
    NewsListModel &model = list.model;
    const QList<qint64> ids = model.ids();
    const int far = 3 * NewsListModel::PageSize + 17;
    QVERIFY(list.store.setReadWhere(ItemFilter{}, true));
    if (oneUnread)
        QVERIFY(list.store.setRead({ids.at(far)}, false));
    // The list read again: its first page through the page reader, its count and ids held by the relay.
    m_workerProxy->setFrozen(true);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), NewsListModel::PageSize, 30000);
    QVERIFY(model.isCounting());
    QVERIFY(!model.isComplete());
    QSignalSpy found(&model, &NewsListModel::nextUnreadFound);
    QVERIFY(found.isValid());
    QCOMPARE(model.nextUnread(0), NewsListModel::Asking); // every row held is read
    // The archive's answer has come once a job posted after it is answered
    // (the page reader answers in order) ...
    bool answered = false;
    list.reader.post(this, [](NewsStore &) { return true; }, [&answered](bool) { answered = true; },
                     StoreWorker::Priority::High);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(!model.isComplete());
    QVERIFY(found.isEmpty()); // ... and is not said among the ids known so far
    m_workerProxy->setFrozen(false);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 30000);
    QVERIFY(model.isComplete());
    QCOMPARE(found.first().at(0).toInt(), oneUnread ? far : -1);
    QCOMPARE(model.rowCount(), int(ids.size()));
    QVERIFY(list.store.setReadWhere(ItemFilter{}, false)); // (the archive as the other tests expect it)
}

void TestPgReading::nextUnreadIsAskedOfTheArchive()
{
    ReaderSession session;
    QVERIFY2(session.open(m_address, {}), qPrintable(session.errorString()));
    NewsListModel *model = session.newsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Files * ItemsPerFile, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 30000);
    // Every item read but one, far beyond the rows nextUnread() looks through itself.
    model->applyMarkToAll(MarkChange::Mark::Read, true);
    const int far = Files * ItemsPerFile - 5;
    static_assert(Files * ItemsPerFile - 5 > NewsListModel::NearbyRows);
    const qint64 unreadId = model->idAt(far);
    model->applyMark(MarkChange::Mark::Read, false, {unreadId});
    QTRY_VERIFY_WITH_TIMEOUT(!model->hasPendingWrites(), 30000);
    QSignalSpy found(model, &NewsListModel::nextUnreadFound);
    QCOMPARE(model->nextUnread(0), NewsListModel::Asking);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 30000);
    QCOMPARE(found.first().at(0).toInt(), far);
    // None unread: said as -1.
    model->applyMark(MarkChange::Mark::Read, true, {unreadId});
    QTRY_VERIFY_WITH_TIMEOUT(!model->hasPendingWrites(), 30000);
    found.clear();
    QCOMPARE(model->nextUnread(0), NewsListModel::Asking);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 30000);
    QCOMPARE(found.first().at(0).toInt(), -1);
}

// A window on a server that stopped answering has two readers waiting on it
// (the page reader for a page, the worker for the visit written at
// quitting): both are asked to end before either is waited for, so quitting
// waits StoreWorker::ServerWaitMs once (before, one after the other: twice).
void TestPgReading::quittingWaitsOnceForBothReaders()
{
    std::unique_ptr<ReaderSession> session;
    openThroughProxy(session);
    if (QTest::currentTestFailed())
        return;
    m_proxy->setFrozen(true);
    QVERIFY(titleAt(*session->newsModel(), 3 * NewsListModel::PageSize).isEmpty()); // the page reader asks
    QVERIFY(session->recordVisit()); // the worker writes (a write runs even while quitting)
    // Both have sent their statement and wait for the answer (not a guess at time).
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->held() >= 2, 30000);
    // Each reader is left to end by itself once its wait ran out: both waited on the server.
    const QRegularExpression left(u"did not answer within %1 ms; its reader is left"_s.arg(StoreWorker::ServerWaitMs));
    QTest::ignoreMessage(QtWarningMsg, left);
    QTest::ignoreMessage(QtWarningMsg, left);
    QElapsedTimer quitting;
    quitting.start();
    session.reset();
    const qint64 took = quitting.elapsed();
    m_proxy->setFrozen(false);
    qInfo("quitting took %lld ms", took);
    // One wait, not two (4000 ms and more before); generous for a loaded machine.
    QVERIFY2(took < StoreWorker::ServerWaitMs + 1500, qPrintable(u"quitting took %1 ms"_s.arg(took)));
    QVERIFY2(took >= StoreWorker::ServerWaitMs - 200, qPrintable(u"quitting took %1 ms"_s.arg(took)));
    QTest::qWait(200); // (the readers' reads end; nothing is delivered to the session gone)
}

QTEST_GUILESS_MAIN(TestPgReading)
#include "tst_pgreading.moc"
