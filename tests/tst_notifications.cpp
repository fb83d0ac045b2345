// Notifications (issue 15, item 7): a watched folder that brings new items
// while the window is minimised or hidden sends one notification saying how
// many, through the Notifier the test puts in; none while the window is in
// front; clicking it brings the window forward on those items. The tray icon
// follows its setting and its click brings the window forward.
// FreedesktopNotifier is tried against a notification server of the test's
// own on a private session bus (dbus-daemon), when there is one.

#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "views/controllers/importcontroller.h"
#include "views/notify/freedesktopnotifier.h"
#include "views/notify/notifier.h"
#include "views/window/mainwindow.h"
#include "views/window/windowactions.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using WindowTestSupport::Listed;

namespace {

// What the window asked to notify.
class FakeNotifier final : public Notifier
{
public:
    void notify(const QString &title, const QString &text) override
    {
        titles.append(title);
        texts.append(text);
    }
    QStringList titles;
    QStringList texts;
};

// A notification server on the test's bus: org.freedesktop.Notifications.Notify.
class FakeServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;
    QStringList actions;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actionList, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        summaries.append(summary);
        bodies.append(body);
        actions = actionList;
        return 42;
    }
};

QString newItemsText(int n)
{
    return QCoreApplication::translate("MainWindow", "%Ln new item(s)", nullptr, n);
}

} // namespace

class TestNotifications final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void notifiesWhileAway_data();
    void notifiesWhileAway();
    void noNotificationWhileInFront();
    void trayIconFollowsItsSetting();
    void freedesktopNotifierTalksToTheServer();

private:
    // A window watching a folder that holds one listing; the notifier the test reads.
    std::unique_ptr<MainWindow> watchingWindow(FakeNotifier *&notifier);
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    QString folder() const { return m_dir->filePath(u"watched"_s); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus; // a session bus of the test's own
    QString m_busAddress;
};

void TestNotifications::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_notifications"_s);
    // A bus of the test's own before anything asks for the session bus, so
    // the desktop's (if any) is never used.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        return;
    m_bus.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(10000));
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
}

void TestNotifications::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.kill();
        m_bus.waitForFinished();
    }
}

void TestNotifications::init()
{
    QSettings().clear();
    QSettings().setValue(u"sources/sampleOffered"_s, true); // no sample: only the folder
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(WindowTestSupport::writeListing(folder() + u"/first.txt"_s,
                                            {{u"Första nyheten"_s, u"Text."_s, u"Kultur"_s}}));
}

void TestNotifications::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestNotifications::watchingWindow(FakeNotifier *&notifier)
{
    auto window = std::make_unique<MainWindow>(cachePath());
    auto fake = std::make_unique<FakeNotifier>();
    notifier = fake.get();
    window->setNotifier(std::move(fake));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    auto *imports = window->findChild<ImportController *>();
    QSignalSpy finished(imports, &ImportController::finished);
    window->importPaths({folder()});
    if (!finished.wait(30000))
        qWarning("the folder's import did not finish");
    return window;
}

void TestNotifications::notifiesWhileAway_data()
{
    QTest::addColumn<bool>("minimise"); // else hide
    QTest::newRow("minimised") << true;
    QTest::newRow("hidden") << false;
}

void TestNotifications::notifiesWhileAway()
{
    QFETCH(bool, minimise);
    FakeNotifier *notifier = nullptr;
    auto window = watchingWindow(notifier);
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), 1);
    auto *imports = window->findChild<ImportController *>();
    QSignalSpy arrived(imports, &ImportController::watchedItemsArrived);
    if (minimise)
        window->showMinimized();
    else
        window->hide();
    QTRY_VERIFY(minimise ? window->isMinimized() : !window->isVisible());

    // Two new items in a new file of the watched folder.
    QVERIFY(WindowTestSupport::writeListing(folder() + u"/second.txt"_s,
                                            {{u"Andra nyheten"_s, u"Text."_s, u"Kultur"_s},
                                             {u"Tredje nyheten"_s, u"Text."_s, u"Energi"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(notifier->texts.size(), 1, 30000);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(notifier->texts.first(), newItemsText(2));
    QCOMPARE(notifier->titles.first(), u"newsdesk"_s);
    QCOMPARE(model->rowCount(), 3); // the list follows meanwhile

    // The click brings the window forward on the two new items.
    Q_EMIT notifier->activated();
    QTRY_VERIFY(window->isVisible());
    QVERIFY(!window->isMinimized());
    QTRY_COMPARE(model->rowCount(), 2);
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row).data(NewsListModel::TitleRole).toString());
    titles.sort();
    QCOMPARE(titles, (QStringList{u"Andra nyheten"_s, u"Tredje nyheten"_s}));
    QCOMPARE(notifier->texts.size(), 1);
}

void TestNotifications::noNotificationWhileInFront()
{
    FakeNotifier *notifier = nullptr;
    auto window = watchingWindow(notifier);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    NewsListModel *model = window->findChild<ReaderSession *>()->newsModel();
    QTRY_COMPARE(model->rowCount(), 1);
    auto *imports = window->findChild<ImportController *>();
    QSignalSpy arrived(imports, &ImportController::watchedItemsArrived);

    QVERIFY(WindowTestSupport::writeListing(folder() + u"/second.txt"_s,
                                            {{u"Andra nyheten"_s, u"Text."_s, u"Kultur"_s}}));
    QVERIFY(arrived.wait(30000)); // the watched folder's import happened ...
    QCOMPARE(arrived.first().first().toLongLong(), 1);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(notifier->texts.size(), 0); // ... and the person sees it in the window
}

void TestNotifications::trayIconFollowsItsSetting()
{
    auto window = std::make_unique<MainWindow>(cachePath());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QAction *showTray = window->findChild<WindowActions *>()->action(WindowActions::ShowTrayIcon);
    QVERIFY(showTray->isCheckable());
    QVERIFY(!showTray->isChecked());
    auto *tray = window->findChild<QSystemTrayIcon *>(u"trayIcon"_s);
    QVERIFY(tray);
    showTray->setChecked(true);
    QCOMPARE(QSettings().value(u"window/trayIcon"_s).toBool(), true);

    // Its click brings the window forward.
    window->showMinimized();
    QTRY_VERIFY(window->isMinimized());
    Q_EMIT tray->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(!window->isMinimized());
    QVERIFY(window->isVisible());

    // Kept across a restart.
    window.reset();
    window = std::make_unique<MainWindow>(cachePath());
    QVERIFY(window->findChild<WindowActions *>()->action(WindowActions::ShowTrayIcon)->isChecked());
}

void TestNotifications::freedesktopNotifierTalksToTheServer()
{
    if (m_busAddress.isEmpty())
        QSKIP("dbus-daemon is not installed");
    {
        QDBusConnection connection = QDBusConnection::connectToBus(m_busAddress, u"notifications-test"_s);
        QVERIFY(connection.isConnected());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        FakeServer server;
        QVERIFY(connection.registerObject(u"/org/freedesktop/Notifications"_s, &server,
                                          QDBusConnection::ExportAllSlots));
        QVERIFY(connection.registerService(u"org.freedesktop.Notifications"_s));
        QVERIFY(FreedesktopNotifier::isAvailable());

        FreedesktopNotifier notifier;
        QSignalSpy activated(&notifier, &Notifier::activated);
        QVERIFY(activated.isValid());
        notifier.notify(u"newsdesk"_s, newItemsText(3));
        QTRY_COMPARE(server.summaries.size(), 1);
        QCOMPARE(server.summaries.first(), u"newsdesk"_s);
        QCOMPARE(server.bodies.first(), newItemsText(3));
        QVERIFY(server.actions.contains(u"default"_s));

        // Another notification's click is not this one's; then the server
        // says this one was clicked: ActionInvoked(42, "default"). The bus
        // delivers a connection's messages in order, so the reply with the id
        // comes before either.
        for (uint id : {7u, 42u}) {
            QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                                             u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
            signal << id << u"default"_s;
            QVERIFY(connection.send(signal));
        }
        QTRY_COMPARE(activated.size(), 1);
        QVERIFY(connection.unregisterService(u"org.freedesktop.Notifications"_s));
    }
    QDBusConnection::disconnectFromBus(u"notifications-test"_s);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
