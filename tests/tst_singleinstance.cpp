#include "processtestsupport.h"
#include "views/window/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ProcessTestSupport;

// Issue 12 item 7: one window per cache. Real windows (offscreen): a second
// start hands its files to the first and exits 0; the first imports them
// (seen through the cache). A socket left by a window that was killed does not
// stop the next start. And SingleInstance in this process: the server name and
// the hand-over.
class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serverNameIsPerCacheAndUser();
    void handOverInProcess();
    void secondStartHandsFilesToTheFirst();
    void staleSocketDoesNotStopTheNextStart();
    void followsTheArchiveShown();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Waits (a hang guard) until the window on db listens.
    bool waitForWindow(const QString &db) const;
    // Waits (a hang guard) until the cache holds items in all.
    bool waitForItems(const QString &db, qint64 items) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_BINARY)).isExecutable(), NEWSDESK_BINARY);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // This process names the sockets as the windows it starts do.
    environment(m_dir->path());
    qputenv("XDG_RUNTIME_DIR", m_dir->filePath(u"run"_s).toLocal8Bit());
}

void TestSingleInstance::cleanup()
{
    m_dir.reset();
}

bool TestSingleInstance::waitForWindow(const QString &db) const
{
    QElapsedTimer guard;
    guard.start();
    while (guard.elapsed() < 60000) {
        QLocalSocket probe;
        probe.connectToServer(SingleInstance::serverName(db));
        if (probe.waitForConnected(1000))
            return true; // (the window drops a probe that sends nothing)
        QTest::qWait(100);
    }
    return false;
}

bool TestSingleInstance::waitForItems(const QString &db, qint64 items) const
{
    QElapsedTimer guard;
    guard.start();
    while (guard.elapsed() < 60000) {
        if (listedItems(m_dir->path(), db) == items)
            return true;
        QTest::qWait(200);
    }
    return false;
}

void TestSingleInstance::serverNameIsPerCacheAndUser()
{
    const QString db = path(u"cache.sqlite"_s);
    const QString name = SingleInstance::serverName(db);
    QVERIFY(name.startsWith(m_dir->filePath(u"run/newsdesk-"_s)));
    QVERIFY(name.size() < 100); // a Unix socket's path has about 108 bytes
    QCOMPARE(SingleInstance::serverName(m_dir->path() + u"/./cache.sqlite"_s), name); // however it is named
    QVERIFY(QDir::setCurrent(m_dir->path()));
    QCOMPARE(SingleInstance::serverName(u"cache.sqlite"_s), name);
    QVERIFY(SingleInstance::serverName(path(u"other.sqlite"_s)) != name);
    // A shared archive is named by its address, from whichever folder it was started.
    const QString shared = u"postgresql://alice@db.example.org:5432/news"_s;
    const QString sharedName = SingleInstance::serverName(shared);
    QVERIFY(QDir().mkpath(path(u"elsewhere"_s)));
    QVERIFY(QDir::setCurrent(path(u"elsewhere"_s)));
    QCOMPARE(SingleInstance::serverName(shared), sharedName);
    QVERIFY(SingleInstance::serverName(u"postgresql://alice@db.example.org:5432/other"_s) != sharedName);
}

void TestSingleInstance::handOverInProcess()
{
    const QString db = path(u"cache.sqlite"_s);
    SingleInstance first(db);
    QVERIFY(!first.handOver({})); // no one there: this one is the window
    QVERIFY(first.isListening());
    QSignalSpy activated(&first, &SingleInstance::activated);
    QVERIFY(activated.isValid());
    // A later start blocks in handOver() until the window answers: run it in
    // a real process (below); here the protocol, by hand.
    QLocalSocket second;
    second.connectToServer(SingleInstance::serverName(db));
    QVERIFY(second.waitForConnected(10000));
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << QStringList{u"/a/b.txt"_s};
    second.write(message.left(3)); // in pieces: the window waits for the rest
    QVERIFY(second.waitForBytesWritten(10000));
    QTest::qWait(50);
    QCOMPARE(activated.size(), 0);
    second.write(message.mid(3));
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
    QCOMPARE(activated.first().first().toStringList(), QStringList{u"/a/b.txt"_s});
    QTRY_VERIFY_WITH_TIMEOUT(second.bytesAvailable() > 0 || second.state() == QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(second.readAll(), QByteArray("taken\n"));
}

void TestSingleInstance::secondStartHandsFilesToTheFirst()
{
    const QString db = path(u"cache.sqlite"_s);
    const std::unique_ptr<QProcess> first = start(m_dir->path(), {u"--db"_s, db});
    QVERIFY(first);
    QVERIFY(waitForWindow(db));
    QVERIFY(waitForItems(db, 47)); // the first start brings in the sample

    // From a file manager: newsdesk FILE FOLDER, with a relative path too.
    writeListings(path(u"folder"_s), u"folder"_s, 2, 5);
    writeListings(path(u"single"_s), u"single"_s, 1, 3);
    const Result second = run(m_dir->path(), {u"--db"_s, db, u"single/single-000.txt"_s, path(u"folder"_s)}, 30000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(first->state(), QProcess::Running);
    QVERIFY(waitForItems(db, 47 + 3 + 10)); // the first window imported them
    // From the launcher, without files: the window comes forward, no import.
    QCOMPARE(run(m_dir->path(), {u"--db"_s, db}, 30000).exitCode, 0);
    QCOMPARE(first->state(), QProcess::Running);

    // Another cache is another window.
    const std::unique_ptr<QProcess> other = start(m_dir->path(), {u"--db"_s, path(u"other.sqlite"_s)});
    QVERIFY(other);
    QVERIFY(waitForWindow(path(u"other.sqlite"_s)));
    QCOMPARE(other->state(), QProcess::Running);
    other->kill();
    other->waitForFinished();
    first->terminate();
    QVERIFY(first->waitForFinished(30000));
}

void TestSingleInstance::staleSocketDoesNotStopTheNextStart()
{
    const QString db = path(u"cache.sqlite"_s);
    const QString socket = SingleInstance::serverName(db);
    {
        const std::unique_ptr<QProcess> crashed = start(m_dir->path(), {u"--db"_s, db});
        QVERIFY(crashed);
        QVERIFY(waitForWindow(db));
        QVERIFY(waitForItems(db, 47));
        crashed->kill(); // SIGKILL: nothing removes the socket
        crashed->waitForFinished();
    }
    QVERIFY(QFileInfo::exists(socket));

    writeListings(path(u"after"_s), u"after"_s, 1, 4);
    const std::unique_ptr<QProcess> next = start(m_dir->path(), {u"--db"_s, db, path(u"after"_s)});
    QVERIFY(next);
    QVERIFY(waitForItems(db, 47 + 4)); // it is the window now, and imported the files itself
    QCOMPARE(next->state(), QProcess::Running);
    QVERIFY(waitForWindow(db)); // and listens in the crashed one's place
    const Result third = run(m_dir->path(), {u"--db"_s, db}, 30000);
    QCOMPARE(third.exitCode, 0);
    next->terminate();
    QVERIFY(next->waitForFinished(30000));
}

void TestSingleInstance::followsTheArchiveShown()
{
    // The window started on one archive and switched to another (File →
    // Connect to a Shared Archive…, Use the Local Cache: app/windowmain.cpp).
    const QString before = path(u"before.sqlite"_s);
    const QString now = path(u"now.sqlite"_s);
    SingleInstance window(before);
    QVERIFY(!window.handOver({}));
    QSignalSpy activated(&window, &SingleInstance::activated);
    window.follow(now);
    QCOMPARE(window.cachePath(), now);
    QVERIFY(window.isListening());
    // A start on the archive it shows now reaches it, and is done.
    const std::unique_ptr<QProcess> second = start(m_dir->path(), {u"--db"_s, now});
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 30000);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    // No one answers for the one before: a start there is a window of its own.
    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverName(before));
    QVERIFY(!probe.waitForConnected(1000));
    const std::unique_ptr<QProcess> other = start(m_dir->path(), {u"--db"_s, before});
    QVERIFY(other);
    QVERIFY(waitForWindow(before));
    QCOMPARE(other->state(), QProcess::Running);
    QCOMPARE(activated.size(), 1);

    // Following an archive another window already answers for leaves that one to it.
    window.follow(before);
    QVERIFY(!window.isListening());
    other->terminate();
    QVERIFY(other->waitForFinished(30000));
}

QTEST_GUILESS_MAIN(TestSingleInstance)

#include "tst_singleinstance.moc"
