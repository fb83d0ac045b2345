// MainWindow's shared archive part (issue 17): File → Connect to a Shared
// Archive… (ConnectArchiveDialog, ArchiveChoice), which archive the title and
// the status bar name, and what the window says and offers when the server
// cannot be reached or the connection is lost (Retry, the local cache); a
// connection made again reads everything again (ReaderSession::readsRecovered).
// The window never waits on the server to connect: each trial (the dialog's
// Connect, the start, Retry) runs on Background's pool, and an answer that
// comes after the window or the dialog went is dropped.
// Kept apart from mainwindow.cpp, which builds the rest.

#include "views/window/mainwindow.h"

#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "models/support/background.h"
#include "models/support/logging.h"
#include "views/dialogs/connectarchivedialog.h"
#include "views/panes/messagebar.h"
#include "views/panes/newspane.h"
#include "views/panes/readerpanes.h"
#include "views/panes/statusbar.h"
#include "views/window/archivechoice.h"
#include "views/window/windowactions.h"

#include <QAction>

using namespace Qt::StringLiterals;

void MainWindow::connectSharedArchive()
{
    connect(m_actions->action(WindowActions::ConnectArchive), &QAction::triggered, this,
            &MainWindow::showConnectDialog);
    connect(m_session, &ReaderSession::readsRecovered, this, &MainWindow::archiveAnswersAgain);
}

void MainWindow::showConnectDialog()
{
    if (auto *open = findChild<ConnectArchiveDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // The shared archive this window shows (open, connecting or not reached), or the local cache.
    const QString current = NewsStore::isShared(m_databasePath) ? m_databasePath : QString();
    auto *dialog = new ConnectArchiveDialog(
            current,
            [](const QString &address, const QString &password, bool &needsPassword) {
                // (On a thread of the pool: static, and touches no widget.)
                const ReaderSession::Trial trial = ReaderSession::tryOpen(address, password);
                needsPassword = trial.needsPassword;
                return trial.opened ? QString() : trial.error;
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { chooseArchive(dialog->location()); });
    dialog->open();
}

void MainWindow::askPassword(const QString &why)
{
    showConnectDialog();
    if (auto *dialog = findChild<ConnectArchiveDialog *>(); dialog && !dialog->asksForPassword())
        dialog->askForPassword(why);
}

void MainWindow::chooseArchive(const QString &location)
{
    // The address only: a password given in the dialog stays in this process's memory.
    ArchiveChoice::remember(location);
    const QString chosen = location.isEmpty() ? NewsStore::defaultPath() : location;
    qCInfo(lcUi).noquote() << "the window opens" << (location.isEmpty() ? u"the local cache"_s : location);
    if (chosen == m_databasePath) {
        retryArchive(); // (with the password just given, when the server wanted one)
        return;
    }
    Q_EMIT archiveChosen(chosen);
}

void MainWindow::retryArchive()
{
    m_panes->messageBar()->dismiss();
    if (m_session->isOpen()) {
        refreshModels(); // (reads again: a lost connection is made again)
        return;
    }
    openArchive({});
}

void MainWindow::setImportsEnabled(bool enabled)
{
    for (WindowActions::Id id : {WindowActions::ImportFiles, WindowActions::ImportFolder, WindowActions::Reimport})
        m_actions->action(id)->setEnabled(enabled);
}

void MainWindow::openArchive(const QStringList &paths)
{
    if (!NewsStore::isShared(m_databasePath)) {
        openCache(paths);
        if (m_session->isOpen())
            setImportsEnabled(true);
        return;
    }
    connectArchive(paths);
}

void MainWindow::connectArchive(const QStringList &paths)
{
    const QString name = ReaderSession::archiveName(m_databasePath);
    const QString connecting = tr("Connecting to %1…").arg(name);
    qCInfo(lcUi).noquote() << "connecting to the shared archive" << name;
    setImportsEnabled(false);
    m_statusBar->setArchive(name);
    m_statusBar->showStatus(connecting, 0);
    m_newsPane->setState(NewsPane::State::Connecting, connecting);
    for (QAction *action : m_actions->listActions())
        action->setEnabled(false); // (nothing listed yet)
    m_panes->messageBar()->showMessage(
            MessageBar::Kind::Information,
            tr("Connecting to the shared archive %1. The list shows once its server answers.").arg(name), {},
            {{tr("Use the &Local Cache"), u"useLocalCacheButton"_s, tr("Use the local cache"),
              [this] { chooseArchive({}); }}});
    updateTitle();
    const quint64 attempt = ++m_connectAttempt;
    const QString location = m_databasePath;
    // The answer is dropped when this window is gone (Background) or another trial was asked since.
    Background::run(
            this, [location] { return ReaderSession::tryOpen(location); },
            [this, attempt, paths](const ReaderSession::Trial &trial) {
                if (attempt == m_connectAttempt)
                    archiveTried(trial.opened, trial.needsPassword, trial.error, paths);
            });
}

void MainWindow::archiveTried(bool opened, bool needsPassword, const QString &error, const QStringList &paths)
{
    m_statusBar->showStatus({}, 0);
    m_panes->messageBar()->dismiss();
    if (opened) {
        // The server has just answered: the session opens here (ReaderSession::open).
        openCache(paths);
        if (m_session->isOpen())
            setImportsEnabled(true);
        return;
    }
    showArchiveUnreachable(error);
    if (needsPassword)
        askPassword(error);
}

void MainWindow::checkPassword()
{
    const auto *dialog = findChild<ConnectArchiveDialog *>();
    if (m_checkingPassword || !m_session->isShared() || (dialog && dialog->isVisible()))
        return;
    m_checkingPassword = true;
    const QString location = m_databasePath;
    Background::run(
            this, [location] { return ReaderSession::tryOpen(location); },
            [this](const ReaderSession::Trial &trial) {
                m_checkingPassword = false;
                if (!trial.opened && trial.needsPassword) {
                    qCWarning(lcUi).noquote() << "the server refuses the password now:" << trial.error;
                    askPassword(trial.error);
                }
            });
}

QList<MessageBar::Action> MainWindow::archiveActions(bool connectAgain)
{
    QList<MessageBar::Action> actions{
            {tr("&Retry"), u"retryArchiveButton"_s, tr("Retry"), [this] { retryArchive(); }}};
    if (connectAgain) {
        actions.append({tr("C&onnect…"), u"connectArchiveButton"_s, tr("Connect to a shared archive"),
                        [this] { showConnectDialog(); }});
    }
    actions.append({tr("Use the &Local Cache"), u"useLocalCacheButton"_s, tr("Use the local cache"),
                    [this] { chooseArchive({}); }});
    return actions;
}

void MainWindow::showArchiveOpenError()
{
    showArchiveUnreachable(m_session->errorString());
}

void MainWindow::showArchiveUnreachable(const QString &error)
{
    // Not a dialog: the window stays usable, with what the person may do next.
    const QString name = ReaderSession::archiveName(m_databasePath);
    qCWarning(lcUi).noquote() << "cannot open the shared archive" << name << ':' << error;
    m_newsPane->setState(NewsPane::State::NoCache, error);
    m_panes->messageBar()->showMessage(
            MessageBar::Kind::Error,
            tr("newsdesk cannot reach the shared archive %1, so there is nothing to show. Retry when the server "
               "answers, or use the local cache.")
                    .arg(name),
            {error}, archiveActions(true));
}

void MainWindow::showArchiveReadError(const QString &error)
{
    qCWarning(lcUi).noquote() << "a read of the shared archive failed:" << error;
    updatePage();
    m_panes->messageBar()->showMessage(
            MessageBar::Kind::Error,
            tr("newsdesk could not read the shared archive %1: what the window shows may be incomplete. newsdesk "
               "tries again shortly; Retry reads it again now.")
                    .arg(m_session->archiveName()),
            {error}, archiveActions(false));
    // A connection made again may fail because the password was changed: then it is asked for.
    checkPassword();
}

void MainWindow::archiveAnswersAgain()
{
    m_panes->messageBar()->dismiss();
    refreshModels();
    m_statusBar->showStatus(tr("The shared archive %1 answers again; the list is up to date.")
                                    .arg(m_session->archiveName()),
                            8000);
}
