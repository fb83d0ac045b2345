// MainWindow's shared archive part (issue 17): File → Connect to a Shared
// Archive… (ConnectArchiveDialog, ArchiveChoice), which archive the title and
// the status bar name, and what the window says and offers when the server
// cannot be reached or the connection is lost (Retry, the local cache); a
// connection made again reads everything again (ReaderSession::readsRecovered).
// Kept apart from mainwindow.cpp, which builds the rest.

#include "views/window/mainwindow.h"

#include "models/itemmodels/readersession.h"
#include "models/store/newsstore.h"
#include "models/support/logging.h"
#include "views/dialogs/connectarchivedialog.h"
#include "views/panes/messagebar.h"
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
    const QString current = m_session->isShared() ? m_databasePath : QString();
    auto *dialog = new ConnectArchiveDialog(
            current,
            [](const QString &address, const QString &password, bool &needsPassword) {
                const ReaderSession::Trial trial = ReaderSession::tryOpen(address, password);
                needsPassword = trial.needsPassword;
                return trial.opened ? QString() : trial.error;
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { chooseArchive(dialog->location()); });
    dialog->open();
}

void MainWindow::chooseArchive(const QString &location)
{
    // The address only: a password given in the dialog stays in this process's memory.
    ArchiveChoice::remember(location);
    const QString chosen = location.isEmpty() ? NewsStore::defaultPath() : location;
    qCInfo(lcUi).noquote() << "the window opens" << (location.isEmpty() ? u"the local cache"_s : location);
    if (chosen == m_databasePath && !m_session->isOpen()) {
        retryArchive();
        return;
    }
    if (chosen != m_databasePath)
        Q_EMIT archiveChosen(chosen);
}

void MainWindow::retryArchive()
{
    m_panes->messageBar()->dismiss();
    if (m_session->isOpen()) {
        refreshModels(); // (reads again: a lost connection is made again)
        return;
    }
    openCache({});
    if (!m_session->isOpen())
        return;
    for (WindowActions::Id id : {WindowActions::ImportFiles, WindowActions::ImportFolder, WindowActions::Reimport})
        m_actions->action(id)->setEnabled(true);
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
    // Not a dialog: the window stays usable, with what the person may do next.
    const QString name = m_session->archiveName();
    qCWarning(lcUi).noquote() << "cannot open the shared archive" << name << ':' << m_session->errorString();
    m_panes->messageBar()->showMessage(
            MessageBar::Kind::Error,
            tr("newsdesk cannot reach the shared archive %1, so there is nothing to show. Retry when the server "
               "answers, or use the local cache.")
                    .arg(name),
            {m_session->errorString()}, archiveActions(true));
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
}

void MainWindow::archiveAnswersAgain()
{
    m_panes->messageBar()->dismiss();
    refreshModels();
    m_statusBar->showStatus(tr("The shared archive %1 answers again; the list is up to date.")
                                    .arg(m_session->archiveName()),
                            8000);
}
