// Issue 17: the window on a shared archive, against a real throwaway server
// (the CTest fixture `postgresql`). Connecting through File → Connect to a
// Shared Archive… (the password asked for only when the server wants one,
// and never written to the settings), the remembered archive at the next
// start, another program's import shown by itself (LISTEN/NOTIFY, sooner
// than any poll), a connection the server cut (the message naming it, then a
// connection made again by itself or by Retry) and a remembered archive that
// cannot be reached (said, and the window usable). Connecting never waits on
// the GUI thread (a host that does not answer: a QTimer keeps firing, Cancel
// drops the late answer); the password asked for whatever language libpq
// speaks; a password changed on the server asked for again.

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/background.h"
#include "pgtestsupport.h"
#include "processtestsupport.h"
#include "views/dialogs/connectarchivedialog.h"
#include "views/panes/messagebar.h"
#include "views/panes/newspane.h"
#include "views/window/archivechoice.h"
#include "views/window/mainwindow.h"
#include "views/controllers/exportcontroller.h"
#include "views/controllers/readingcontroller.h"
#include "views/window/windowactions.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QAtomicInt>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <clocale>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A server that speaks PostgreSQL's protocol only as far as asking for a
// password and refusing it in Swedish (as a server with lc_messages=sv_SE
// does): what newsdesk learns must not depend on those words. Each
// connection on its own thread's blocking sockets, one after the other.
class SwedishServer final : public QThread
{
public:
    quint16 port() const { return m_port; }
    bool start()
    {
        QThread::start();
        return m_ready.tryAcquire(1, 10000) && m_port != 0;
    }
    ~SwedishServer() override
    {
        m_stop.storeRelaxed(1);
        wait();
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost))
            m_port = server.serverPort();
        m_ready.release();
        while (!m_stop.loadRelaxed() && server.isListening()) {
            if (server.waitForNewConnection(50))
                answer(server.nextPendingConnection());
        }
    }

private:
    static QByteArray read(QTcpSocket *socket, qint64 size)
    {
        QByteArray data;
        while (data.size() < size && (socket->bytesAvailable() > 0 || socket->waitForReadyRead(5000)))
            data += socket->read(size - data.size());
        return data;
    }
    static qint32 number(const QByteArray &data, int at) { return qFromBigEndian<qint32>(data.constData() + at); }
    static QByteArray message(char type, const QByteArray &body)
    {
        QByteArray length(4, '\0');
        qToBigEndian<qint32>(qint32(body.size() + 4), length.data());
        return type + length + body;
    }
    static void answer(QTcpSocket *socket)
    {
        std::unique_ptr<QTcpSocket> owned(socket);
        for (;;) { // SSLRequest / GSSENCRequest: no; then the startup message
            const QByteArray head = read(socket, 8);
            if (head.size() < 8)
                return;
            const qint32 code = number(head, 4);
            if (code != 80877103 && code != 80877104) {
                read(socket, number(head, 0) - 8);
                break;
            }
            socket->write("N");
            socket->waitForBytesWritten(5000);
        }
        QByteArray cleartext(4, '\0');
        qToBigEndian<qint32>(3, cleartext.data());
        socket->write(message('R', cleartext));
        socket->waitForBytesWritten(5000);
        const QByteArray head = read(socket, 5); // 'p', and the password (or nothing: libpq has none)
        if (head.size() < 5)
            return;
        read(socket, number(head, 1) - 4);
        const QByteArray refusal = QByteArray("SFATAL") + '\0' + "VFATAL" + '\0' + "C28P01" + '\0'
                + "Mlösenordsautentisering misslyckades för användare \"alice\"" + '\0' + '\0';
        socket->write(message('E', refusal));
        socket->waitForBytesWritten(5000);
        socket->disconnectFromHost();
    }

    QSemaphore m_ready;
    QAtomicInt m_stop;
    quint16 m_port = 0;
};

} // namespace

class TestPgWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectsThroughTheDialogAndKeepsNoPassword();
    void refusesAnAddressWithAPassword();
    void anotherProgramsImportShowsBySelf();
    void lostConnectionIsSaidAndMadeAgain();
    void unreachableRememberedArchiveIsSaid();
    void connectingKeepsTheDialogTurning();
    void cancelDropsTheLateAnswer();
    void startOnASilentServerKeepsTheWindowTurning();
    void passwordAskedInSwedish();
    void swedishRefusalIsAWrongPassword();
    void changedPasswordIsAskedAgain();
    void startAsksForThePassword();
    void selectionNotYetKnownIsNotActedOnInPart();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &location);
    static ReaderSession *session(MainWindow &window);
    static MessageBar *messageBar(MainWindow &window);
    static QPushButton *button(MainWindow &window, const QString &name);
    // libpq finds no password (no ~/.pgpass, no PGPASSWORD) until restored.
    void hidePasswords();
    void restorePasswords();
    ProcessTestSupport::Result run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_address; // alice's
    QByteArray m_passFile;
};

void TestPgWindow::initTestCase()
{
    QString why;
    if (PgTestSupport::serverUrl(why).isEmpty())
        QSKIP(qPrintable(u"PostgreSQL tests skipped: "_s + why));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_pgwindow"_s);
    m_passFile = qgetenv("PGPASSFILE");
    QString error;
    QVERIFY2(!PgTestSupport::freshDatabase(u"pgwindow"_s, error).isEmpty(), qPrintable(error));
    m_address = PgTestSupport::addressFor(u"pgwindow"_s, u"alice"_s);
    // The owner makes the archive with the sample (docs/TEAM.md).
    const ProcessTestSupport::Result made = ProcessTestSupport::run(
            m_dir.filePath(u"home"_s),
            {u"--db"_s, PgTestSupport::addressFor(u"pgwindow"_s, {}), u"import"_s, u"--sample"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

void TestPgWindow::init()
{
    QSettings().clear();
}

void TestPgWindow::cleanup()
{
    restorePasswords();
    NewsStore::setSessionPassword(m_address, {});
}

void TestPgWindow::hidePasswords()
{
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"no-pgpass"_s)));
    qunsetenv("PGPASSWORD");
}

void TestPgWindow::restorePasswords()
{
    qputenv("PGPASSFILE", m_passFile);
}

ProcessTestSupport::Result TestPgWindow::run(const QStringList &arguments)
{
    return ProcessTestSupport::run(m_dir.filePath(u"home"_s), QStringList{u"--db"_s, m_address} + arguments);
}

std::unique_ptr<MainWindow> TestPgWindow::makeWindow(const QString &location)
{
    auto window = std::make_unique<MainWindow>(location);
    window->resize(1000, 700);
    window->show();
    return window;
}

ReaderSession *TestPgWindow::session(MainWindow &window)
{
    return window.findChild<ReaderSession *>();
}

MessageBar *TestPgWindow::messageBar(MainWindow &window)
{
    return window.findChild<MessageBar *>();
}

QPushButton *TestPgWindow::button(MainWindow &window, const QString &name)
{
    return window.findChild<QPushButton *>(name);
}

void TestPgWindow::connectsThroughTheDialogAndKeepsNoPassword()
{
    // A first start on the local cache; the server wants a password no file gives.
    auto local = makeWindow(m_dir.filePath(u"local/newsdesk.sqlite"_s));
    hidePasswords();
    QSignalSpy chosen(local.get(), &MainWindow::archiveChosen);
    local->findChild<QAction *>(u"connectArchiveAction"_s)->trigger();
    auto *dialog = local->findChild<ConnectArchiveDialog *>(u"connectArchiveDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->asksForPassword());
    dialog->findChild<QLineEdit *>(u"archiveAddressEdit"_s)->setText(m_address);
    auto *connectButton = dialog->findChild<QPushButton *>(u"connectArchiveButton"_s);
    connectButton->click();
    QTRY_VERIFY(!dialog->isConnecting());
    QVERIFY2(dialog->asksForPassword(), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(m_address), qPrintable(dialog->message()));
    auto *password = dialog->findChild<QLineEdit *>(u"archivePasswordEdit"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(u"not-alices"_s);
    connectButton->click();
    QTRY_VERIFY(!dialog->isConnecting());
    QVERIFY(dialog->isVisible());
    // Told as a wrong password, and asked again.
    QVERIFY2(dialog->message().contains(u"refused the password"_s), qPrintable(dialog->message()));
    QVERIFY(dialog->asksForPassword());
    password->setText(u"alice-secret"_s);
    connectButton->click();
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), m_address);

    // Remembered: the address, and nowhere the password.
    local.reset();
    QSettings settings;
    settings.sync();
    QCOMPARE(ArchiveChoice::remembered(), m_address);
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("pgwindow"));
    QVERIFY(!written.contains("alice-secret"));

    // The next start opens it (the password kept in memory for this run), once the server answered.
    auto shared = makeWindow(ArchiveChoice::toOpen({}));
    QTRY_VERIFY_WITH_TIMEOUT(session(*shared)->isOpen(), 15000);
    QCOMPARE(session(*shared)->totalCount(), 47);
    QVERIFY2(shared->windowTitle().startsWith(u"alice@127.0.0.1/pgwindow"_s), qPrintable(shared->windowTitle()));
    auto *archiveLabel = shared->findChild<QLabel *>(u"archiveLabel"_s);
    QVERIFY(archiveLabel->text().contains(u"alice@127.0.0.1/pgwindow"_s));
    QTRY_COMPARE(session(*shared)->newsModel()->rowCount(), 47);
}

void TestPgWindow::refusesAnAddressWithAPassword()
{
    auto window = makeWindow(m_dir.filePath(u"local/newsdesk.sqlite"_s));
    window->findChild<QAction *>(u"connectArchiveAction"_s)->trigger();
    auto *dialog = window->findChild<ConnectArchiveDialog *>(u"connectArchiveDialog"_s);
    QVERIFY(dialog);
    QSignalSpy chosen(window.get(), &MainWindow::archiveChosen);
    dialog->findChild<QLineEdit *>(u"archiveAddressEdit"_s)
            ->setText(u"postgresql://alice:alice-secret@127.0.0.1:5432/pgwindow"_s);
    dialog->findChild<QPushButton *>(u"connectArchiveButton"_s)->click();
    QVERIFY2(dialog->message().contains(u"holds a password"_s), qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(chosen.size(), 0);
    QVERIFY(ArchiveChoice::remembered().isEmpty());
}

void TestPgWindow::anotherProgramsImportShowsBySelf()
{
    auto window = makeWindow(m_address);
    ReaderSession *reader = session(*window);
    QTRY_VERIFY_WITH_TIMEOUT(reader->isOpen(), 15000);
    QTRY_VERIFY(reader->watchesChanges()); // (its page reader listens: asked, not waited for)
    NewsListModel *news = reader->newsModel();
    QTRY_COMPARE(news->rowCount(), int(reader->totalCount()));
    const qint64 before = reader->totalCount();
    QTRY_VERIFY(reader->categoryModel()->countsOf(u"Kultur"_s).has_value());
    const qint64 kultur = reader->categoryModel()->countsOf(u"Kultur"_s)->count;
    // The person reads an item.
    auto *pane = window->findChild<NewsPane *>();
    pane->view()->setCurrentIndex(news->index(5));
    const qint64 reading = news->idAt(5);
    QCOMPARE(pane->itemBeingRead(), reading);

    const QStringList files = ProcessTestSupport::writeListings(m_dir.filePath(u"notified"_s), u"Notified"_s, 2, 3);
    const ProcessTestSupport::Result imported = run(QStringList{u"import"_s} + files);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Sooner than the poll (ReaderSession::WatchedPollMs): the notification.
    static_assert(ReaderSession::WatchedPollMs > 5000 * 2);
    QTRY_COMPARE_WITH_TIMEOUT(reader->totalCount(), before + 6, 5000);
    QTRY_COMPARE(news->rowCount(), int(before + 6));
    QTRY_COMPARE(reader->categoryModel()->countsOf(u"Kultur"_s).value_or(CategoryModel::Delta{}).count,
                 kultur + 6);
    // The person's place is kept.
    QTRY_COMPARE(pane->itemBeingRead(), reading);
    QVERIFY(reader->readFailure().isEmpty());
}

void TestPgWindow::lostConnectionIsSaidAndMadeAgain()
{
    auto window = makeWindow(m_address);
    ReaderSession *reader = session(*window);
    QTRY_VERIFY_WITH_TIMEOUT(reader->isOpen(), 15000);
    NewsListModel *news = reader->newsModel();
    QTRY_COMPARE(news->rowCount(), int(reader->totalCount()));
    const int all = news->rowCount();
    const QString terminate = u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              u"WHERE datname = current_database() AND application_name = 'newsdesk' "
                              u"AND pid <> pg_backend_pid()"_s;

    for (const bool byRetry : {false, true}) {
        const QString error = PgTestSupport::execute(u"pgwindow"_s, terminate);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The next read fails: said, naming the server; never "no news".
        WindowTestSupport::search(*window, byRetry ? u"kultur"_s : u"a"_s);
        MessageBar *bar = messageBar(*window);
        QTRY_VERIFY(bar->isVisible() && bar->kind() == MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(u"alice@127.0.0.1/pgwindow"_s), qPrintable(bar->text()));
        QVERIFY2(bar->details().join(u' ').contains(u"lost"_s), qPrintable(bar->details().join(u' ')));
        QVERIFY(!reader->readFailure().isEmpty());
        QVERIFY(button(*window, u"retryArchiveButton"_s));
        if (byRetry)
            button(*window, u"retryArchiveButton"_s)->click();
        // Connected again (by itself: the poll's next read; or by Retry): it reads again.
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 15000);
        QTRY_VERIFY(news->rowCount() > 0);
        QVERIFY(reader->readFailure().isEmpty());
        WindowTestSupport::search(*window, {});
        QTRY_COMPARE(news->rowCount(), all);
    }
}

void TestPgWindow::unreachableRememberedArchiveIsSaid()
{
    const QString closed = u"postgresql://alice@127.0.0.1:1/pgwindow"_s;
    ArchiveChoice::remember(closed);
    auto window = makeWindow(ArchiveChoice::toOpen({}));
    QVERIFY(!session(*window)->isOpen());
    MessageBar *bar = messageBar(*window);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Error, 15000);
    QVERIFY2(bar->text().contains(u"alice@127.0.0.1/pgwindow"_s), qPrintable(bar->text()));
    QVERIFY2(bar->details().join(u' ').contains(closed), qPrintable(bar->details().join(u' ')));
    // Usable: the menus, and what to do next.
    QVERIFY(window->findChild<QAction *>(u"connectArchiveAction"_s)->isEnabled());
    QVERIFY(button(*window, u"connectArchiveButton"_s));
    // Retry: connecting again (off the GUI thread), still unreachable, said again.
    button(*window, u"retryArchiveButton"_s)->click();
    QVERIFY(bar->isVisible() && bar->kind() == MessageBar::Kind::Information);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Error, 15000);
    QVERIFY(!session(*window)->isOpen());
    // Back to the local cache: forgotten, and the window on it.
    QSignalSpy chosen(window.get(), &MainWindow::archiveChosen);
    button(*window, u"useLocalCacheButton"_s)->click();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), NewsStore::defaultPath());
    QVERIFY(ArchiveChoice::remembered().isEmpty());
}

void TestPgWindow::connectingKeepsTheDialogTurning()
{
    // A server that takes the connection and never answers: libpq waits for
    // its connect_timeout (10 s), on a thread of the pool, not on this one.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString address = u"postgresql://alice@127.0.0.1:%1/pgwindow"_s.arg(silent.serverPort());
    auto window = makeWindow(m_dir.filePath(u"local/newsdesk.sqlite"_s));
    window->findChild<QAction *>(u"connectArchiveAction"_s)->trigger();
    QPointer<ConnectArchiveDialog> dialog = window->findChild<ConnectArchiveDialog *>(u"connectArchiveDialog"_s);
    QVERIFY(dialog);
    QSignalSpy chosen(window.get(), &MainWindow::archiveChosen);
    dialog->findChild<QLineEdit *>(u"archiveAddressEdit"_s)->setText(address);
    auto *connectButton = dialog->findChild<QPushButton *>(u"connectArchiveButton"_s);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(20);
    connectButton->click();
    // Connecting: said, Connect disabled, busy; and the event loop turns meanwhile.
    QVERIFY(dialog->isConnecting());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(dialog->findChild<QProgressBar *>(u"connectingProgress"_s)->isVisible());
    QVERIFY2(dialog->message().contains(address), qPrintable(dialog->message()));
    QTRY_VERIFY(silent.hasPendingConnections()); // libpq reached the server
    QTRY_VERIFY(ticks >= 10);
    QVERIFY(dialog->isConnecting()); // (it still has not answered)
    // Cancel closes it at once; the answer that comes later goes with it.
    dialog->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QTRY_VERIFY(!dialog);
    silent.close(); // (libpq's connection is dropped: the trial ends)
    QVERIFY(Background::pool().waitForDone(30000));
    QCoreApplication::processEvents();
    QCOMPARE(chosen.size(), 0);
    QVERIFY(ArchiveChoice::remembered().isEmpty());
}

void TestPgWindow::cancelDropsTheLateAnswer()
{
    // A trial that answers "opened" only after Cancel: the dialog is not accepted.
    QSemaphore started;
    QSemaphore answer;
    ConnectArchiveDialog dialog({}, [&started, &answer](const QString &, const QString &, bool &) {
        started.release();
        answer.acquire();
        return QString();
    });
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    dialog.findChild<QLineEdit *>(u"archiveAddressEdit"_s)->setText(u"postgresql://alice@127.0.0.1:5432/late"_s);
    dialog.findChild<QPushButton *>(u"connectArchiveButton"_s)->click();
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(dialog.isConnecting());
    dialog.findChild<QPushButton *>(u"cancelButton"_s)->click();
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.isConnecting());
    answer.release();
    QVERIFY(Background::pool().waitForDone(10000));
    QCoreApplication::processEvents(); // (the answer is delivered, and dropped)
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.location().isEmpty());
    QVERIFY(dialog.findChild<QPushButton *>(u"connectArchiveButton"_s)->isEnabled());
}

void TestPgWindow::startOnASilentServerKeepsTheWindowTurning()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ArchiveChoice::remember(u"postgresql://alice@127.0.0.1:%1/pgwindow"_s.arg(silent.serverPort()));
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(20);
    // The window comes up at once, saying that it connects.
    auto window = makeWindow(ArchiveChoice::toOpen({}));
    MessageBar *bar = messageBar(*window);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Information);
    QVERIFY2(bar->text().contains(u"alice@127.0.0.1/pgwindow"_s), qPrintable(bar->text()));
    QVERIFY(button(*window, u"useLocalCacheButton"_s));
    const QString status = window->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(status.contains(u"Connecting to alice@127.0.0.1/pgwindow"_s), qPrintable(status));
    QVERIFY2(window->windowTitle().startsWith(u"alice@127.0.0.1/pgwindow"_s), qPrintable(window->windowTitle()));
    QVERIFY(!window->findChild<QAction *>(u"importFilesAction"_s)->isEnabled());
    QTRY_VERIFY(silent.hasPendingConnections());
    QTRY_VERIFY(ticks >= 10);
    QVERIFY(!session(*window)->isOpen());
    QCOMPARE(bar->kind(), MessageBar::Kind::Information);
    // The server goes: said, with Retry.
    silent.close();
    QTRY_VERIFY_WITH_TIMEOUT(bar->kind() == MessageBar::Kind::Error, 15000);
    QVERIFY(button(*window, u"retryArchiveButton"_s));
    QVERIFY(window->findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
}

void TestPgWindow::passwordAskedInSwedish()
{
    // libpq speaking Swedish (its Debian translations): a locale made for this test.
    const QString locales = m_dir.filePath(u"locales"_s);
    QVERIFY(QDir().mkpath(locales));
    QProcess::execute(u"localedef"_s, {u"-i"_s, u"sv_SE"_s, u"-f"_s, u"UTF-8"_s, locales + u"/sv_SE.UTF-8"_s});
    if (!QFileInfo::exists(locales + u"/sv_SE.UTF-8"_s))
        QSKIP("localedef could not make sv_SE.UTF-8 (Debian: locales)");
    qputenv("LOCPATH", QFile::encodeName(locales));
    qputenv("LANGUAGE", "sv");
    const QByteArray before = std::setlocale(LC_MESSAGES, nullptr);
    const auto restore = qScopeGuard([before] {
        std::setlocale(LC_MESSAGES, before.constData());
        qunsetenv("LANGUAGE");
        qunsetenv("LOCPATH");
    });
    QVERIFY(std::setlocale(LC_MESSAGES, "sv_SE.UTF-8"));
    hidePasswords();

    const ReaderSession::Trial none = ReaderSession::tryOpen(m_address);
    QVERIFY(!none.opened);
    QVERIFY2(none.error.contains(u"misslyckades"_s), qPrintable(none.error)); // libpq spoke Swedish
    QVERIFY2(none.needsPassword, qPrintable(none.error));
    const ReaderSession::Trial wrong = ReaderSession::tryOpen(m_address, u"inte-alices"_s);
    QVERIFY(!wrong.opened);
    QVERIFY2(wrong.needsPassword, qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(u"refused the password"_s), qPrintable(wrong.error));
    QVERIFY(ReaderSession::tryOpen(m_address, u"alice-secret"_s).opened);
    // A server that is not there wants no password.
    const ReaderSession::Trial closed = ReaderSession::tryOpen(u"postgresql://alice@127.0.0.1:1/pgwindow"_s);
    QVERIFY(!closed.opened);
    QVERIFY2(!closed.needsPassword, qPrintable(closed.error));
}

void TestPgWindow::swedishRefusalIsAWrongPassword()
{
    SwedishServer server;
    QVERIFY(server.start());
    const QString address = u"postgresql://alice@127.0.0.1:%1/news"_s.arg(server.port());
    hidePasswords();
    const ReaderSession::Trial wrong = ReaderSession::tryOpen(address, u"fel"_s);
    QVERIFY(!wrong.opened);
    QVERIFY2(wrong.error.contains(u"misslyckades"_s), qPrintable(wrong.error)); // the server's own words
    QVERIFY2(wrong.needsPassword, qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(u"refused the password"_s), qPrintable(wrong.error));
    const ReaderSession::Trial none = ReaderSession::tryOpen(address);
    QVERIFY(!none.opened);
    QVERIFY2(none.needsPassword, qPrintable(none.error));
}

void TestPgWindow::changedPasswordIsAskedAgain()
{
    // A role of this test's own (the other tests' alice keeps her password).
    QString error = PgTestSupport::execute(u"postgres"_s, u"DROP ROLE IF EXISTS pgwindow_dora"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = PgTestSupport::execute(
            u"postgres"_s, u"CREATE ROLE pgwindow_dora LOGIN PASSWORD 'dora-old' IN ROLE newsdesk_team"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Not in ~/.pgpass: her password given in this run, in memory.
    const QString address = PgTestSupport::addressFor(u"pgwindow"_s, u"pgwindow_dora"_s);
    NewsStore::setSessionPassword(address, u"dora-old"_s); // (given in the dialog at the start)
    const auto forget = qScopeGuard([address] { NewsStore::setSessionPassword(address, {}); });
    auto window = makeWindow(address);
    ReaderSession *reader = session(*window);
    QTRY_VERIFY_WITH_TIMEOUT(reader->isOpen(), 15000);
    NewsListModel *news = reader->newsModel();
    QTRY_COMPARE(news->rowCount(), int(reader->totalCount()));
    const int all = news->rowCount();

    // Someone changes her password; the server ends her connections.
    error = PgTestSupport::execute(u"postgres"_s, u"ALTER ROLE pgwindow_dora PASSWORD 'dora-new'"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = PgTestSupport::execute(u"postgres"_s, u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                  u"WHERE usename = 'pgwindow_dora'"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WindowTestSupport::search(*window, u"a"_s);
    // The connection made again is refused: the window asks for the password (the connect dialog).
    QPointer<ConnectArchiveDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ConnectArchiveDialog *>()) && dialog->isVisible()
                                     && dialog->asksForPassword(),
                             15000);
    QVERIFY2(dialog->message().contains(u"refused the password"_s), qPrintable(dialog->message()));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"archiveAddressEdit"_s)->text(), address);
    dialog->findChild<QLineEdit *>(u"archivePasswordEdit"_s)->setText(u"dora-new"_s);
    dialog->findChild<QPushButton *>(u"connectArchiveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    // Connected again with the new one: the same window reads again.
    MessageBar *bar = messageBar(*window);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 15000);
    WindowTestSupport::search(*window, {});
    QTRY_COMPARE(news->rowCount(), all);
    QVERIFY(reader->readFailure().isEmpty());
}

void TestPgWindow::startAsksForThePassword()
{
    // The remembered archive wants a password no file gives: the window asks for it, address filled in.
    hidePasswords();
    ArchiveChoice::remember(m_address);
    auto window = makeWindow(ArchiveChoice::toOpen({}));
    QPointer<ConnectArchiveDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ConnectArchiveDialog *>()) && dialog->isVisible()
                                     && dialog->asksForPassword(),
                             15000);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"archiveAddressEdit"_s)->text(), m_address);
    QVERIFY(messageBar(*window)->kind() == MessageBar::Kind::Error);
    dialog->findChild<QLineEdit *>(u"archivePasswordEdit"_s)->setText(u"alice-secret"_s);
    dialog->findChild<QPushButton *>(u"connectArchiveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(session(*window)->isOpen(), 15000);
    QTRY_COMPARE(session(*window)->newsModel()->rowCount(), int(session(*window)->totalCount()));
    QVERIFY(!messageBar(*window)->isVisible());
}

void TestPgWindow::selectionNotYetKnownIsNotActedOnInPart()
{
    // More items than a page: until the list's worker has read every id, the
    // rows past the first page are known by their count only.
    QString error;
    QVERIFY2(!PgTestSupport::freshDatabase(u"pgwindowsel"_s, error).isEmpty(), qPrintable(error));
    QVERIFY(WindowTestSupport::importMatches(PgTestSupport::addressFor(u"pgwindowsel"_s, {}),
                                             m_dir.filePath(u"matches.txt"_s), 300));
    auto window = makeWindow(PgTestSupport::addressFor(u"pgwindowsel"_s, u"alice"_s));
    ReaderSession *reader = session(*window);
    QTRY_VERIFY_WITH_TIMEOUT(reader->isOpen(), 15000);
    NewsListModel *news = reader->newsModel();
    QTRY_VERIFY(news->isComplete() && news->rowCount() == 300);
    QTRY_COMPARE(reader->unreadTotal(), 300);

    // The list's worker (the session's own; the page reader has no parent)
    // is held while the list is read again: its first page arrives from the
    // page reader, and the worker is asked for the count (High) and the ids.
    // A second hold, High, goes behind the count and before the ids.
    auto *worker = reader->findChild<StoreWorker *>();
    QVERIFY(worker);
    auto gate = std::make_shared<QSemaphore>();
    auto entered = std::make_shared<QSemaphore>();
    const auto release = qScopeGuard([gate] { gate->release(2); });
    const auto hold = [&](StoreWorker::Priority priority) {
        worker->post(window.get(), [gate, entered](NewsStore &) {
            entered->release();
            gate->acquire();
            return 0;
        }, [](int) {}, priority);
    };
    hold(StoreWorker::Priority::Normal);
    QVERIFY(entered->tryAcquire(1, 10000)); // the worker is held before anything below is asked of it
    reader->refresh();
    QTRY_COMPARE(news->rowCount(), NewsListModel::PageSize);
    hold(StoreWorker::Priority::High);
    gate->release(); // the first hold: the count arrives, the ids wait for the second
    QTRY_COMPARE(news->rowCount(), 300);
    QVERIFY(!news->isComplete());
    auto *pane = window->findChild<NewsPane *>();
    pane->view()->setFocus();
    pane->view()->selectAll();
    QVERIFY(!pane->selectionKnown());

    // Marking them, or copying them, is refused and said: nothing in part.
    auto *reading = window->findChild<ReadingController *>();
    auto *exporting = window->findChild<ExportController *>();
    QVERIFY(reading && exporting);
    QSignalSpy readingSaid(reading, &ReadingController::statusMessage);
    QSignalSpy exportSaid(exporting, &ExportController::statusMessage);
    window->findChild<QAction *>(u"toggleReadAction"_s)->trigger();
    QCOMPARE(readingSaid.size(), 1);
    QCOMPARE(readingSaid.at(0).at(0).toString(), NewsPane::selectionArrivingText());
    exporting->copyAction()->trigger();
    QCOMPARE(exportSaid.size(), 1);
    QCOMPARE(exportSaid.at(0).at(0).toString(), NewsPane::selectionArrivingText());
    // Part of the list (not its filter, as all of it): hiding it is refused and said too.
    pane->view()->selectionModel()->select(QItemSelection(news->index(0), news->index(200)),
                                           QItemSelectionModel::ClearAndSelect);
    QVERIFY(!pane->selectionKnown());
    window->findChild<QAction *>(u"hideAction"_s)->trigger();
    QCOMPARE(window->findChild<QLabel *>(u"messageLabel"_s)->text(), NewsPane::selectionArrivingText());
    QCOMPARE(news->rowCount(), 300); // nothing hidden
    // (the current row may be read by being shown: the others stay as they were)
    for (int row : {1, NewsListModel::PageSize - 1})
        QCOMPARE(news->index(row).data(NewsListModel::ReadRole).toBool(), false);
    pane->view()->selectAll();

    // Once every id arrived, the same action marks every selected item.
    gate->release(); // the second hold
    QTRY_VERIFY(news->isComplete());
    QVERIFY(pane->selectionKnown());
    // (The current row, shown, was read: the first toggle makes every item
    // unread, the second every item read.)
    auto *toggleRead = window->findChild<QAction *>(u"toggleReadAction"_s);
    toggleRead->trigger();
    QTRY_COMPARE(reader->unreadTotal(), 300);
    toggleRead->trigger();
    QTRY_COMPARE(reader->unreadTotal(), 0);
    for (qsizetype n = 1; n < readingSaid.size(); ++n)
        QVERIFY(readingSaid.at(n).at(0).toString() != NewsPane::selectionArrivingText());
}

QTEST_MAIN(TestPgWindow)
#include "tst_pgwindow.moc"
