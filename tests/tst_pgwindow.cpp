// Issue 17: the window on a shared archive, against a real throwaway server
// (the CTest fixture `postgresql`). Connecting through File → Connect to a
// Shared Archive… (the password asked for only when the server wants one,
// and never written to the settings), the remembered archive at the next
// start, another program's import shown by itself (LISTEN/NOTIFY, sooner
// than any poll), a connection the server cut (the message naming it, then a
// connection made again by itself or by Retry) and a remembered archive that
// cannot be reached (said, and the window usable).

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "pgtestsupport.h"
#include "processtestsupport.h"
#include "views/dialogs/connectarchivedialog.h"
#include "views/panes/messagebar.h"
#include "views/panes/newspane.h"
#include "views/window/archivechoice.h"
#include "views/window/mainwindow.h"
#include "views/window/windowactions.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

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
    QVERIFY2(dialog->asksForPassword(), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(m_address), qPrintable(dialog->message()));
    auto *password = dialog->findChild<QLineEdit *>(u"archivePasswordEdit"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(u"not-alices"_s);
    connectButton->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(u"password"_s), qPrintable(dialog->message()));
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

    // The next start opens it (the password kept in memory for this run).
    auto shared = makeWindow(ArchiveChoice::toOpen({}));
    QVERIFY2(session(*shared)->isOpen(), qPrintable(session(*shared)->errorString()));
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
    QVERIFY2(reader->isOpen(), qPrintable(reader->errorString()));
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
    QVERIFY2(reader->isOpen(), qPrintable(reader->errorString()));
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
    QTRY_VERIFY(bar->isVisible() && bar->kind() == MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(u"alice@127.0.0.1/pgwindow"_s), qPrintable(bar->text()));
    QVERIFY2(bar->details().join(u' ').contains(closed), qPrintable(bar->details().join(u' ')));
    // Usable: the menus, and what to do next.
    QVERIFY(window->findChild<QAction *>(u"connectArchiveAction"_s)->isEnabled());
    QVERIFY(button(*window, u"connectArchiveButton"_s));
    // Retry: still unreachable, said again.
    button(*window, u"retryArchiveButton"_s)->click();
    QTRY_VERIFY(bar->isVisible() && bar->kind() == MessageBar::Kind::Error);
    QVERIFY(!session(*window)->isOpen());
    // Back to the local cache: forgotten, and the window on it.
    QSignalSpy chosen(window.get(), &MainWindow::archiveChosen);
    button(*window, u"useLocalCacheButton"_s)->click();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), NewsStore::defaultPath());
    QVERIFY(ArchiveChoice::remembered().isEmpty());
}

QTEST_MAIN(TestPgWindow)
#include "tst_pgwindow.moc"
