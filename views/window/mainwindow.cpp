#include "views/window/mainwindow.h"

#include "models/i18n/languagemanager.h"
#include "models/importing/importreport.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/support/logging.h"
#include "views/controllers/exportcontroller.h"
#include "views/controllers/filtercontroller.h"
#include "views/controllers/importcontroller.h"
#include "views/controllers/readingcontroller.h"
#include "views/controllers/undocontroller.h"
#include "views/dialogs/aboutbox.h"
#include "views/dialogs/configureshortcutsdialog.h"
#include "views/dialogs/shortcutsdialog.h"
#include "views/notify/notifier.h"
#include "views/notify/trayicon.h"
#include "views/panes/categorypane.h"
#include "views/panes/detailpane.h"
#include "views/panes/messagebar.h"
#include "views/panes/newspane.h"
#include "views/panes/noteeditor.h"
#include "views/panes/panecycler.h"
#include "views/panes/readerpanes.h"
#include "views/panes/sidepane.h"
#include "views/panes/statusbar.h"
#include "views/window/filedrop.h"
#include "views/window/windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const QString AppIcon = u":/icons/se.newsdesk.Newsdesk.svg"_s;

namespace Key {
const QString Geometry = u"window/geometry"_s;
const QString State = u"window/state"_s;
const QString Splitter = u"window/splitter"_s;
const QString Watched = u"sources/watched"_s;
const QString Zoom = u"view/zoom"_s;
const QString Compact = u"view/compactList"_s;
const QString FullScreen = u"window/fullScreen"_s;
const QString ShowTrayIcon = u"window/trayIcon"_s;
} // namespace Key
} // namespace

MainWindow::MainWindow(const QString &databasePath, const QStringList &paths, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_session(new ReaderSession(this))
{
    setObjectName(u"mainWindow"_s);
    // The application's (main.cpp); a window made without one (tests) makes it.
    m_languages = LanguageManager::instance();
    if (!m_languages)
        m_languages = new LanguageManager(QCoreApplication::instance());
    if (QFile::exists(AppIcon))
        setWindowIcon(QIcon(AppIcon));
    setAcceptDrops(true);
    new FileDrop(
            this, [this] { return m_session->isOpen(); }, [this](const QStringList &paths) { importPaths(paths); });

    m_actions = new WindowActions(this, m_languages);
    createPanes();
    m_actions->createMenus();
    m_actions->addPaneActions(m_paneCycler->nextAction(), m_paneCycler->previousAction());
    createControllers();
    retranslateUi();
    connectActions();
    connectPanes();
    connectViewActions();
    connectCategoryMenu();
    connectOrganiseActions();
    connectSharedArchive();
    loadSettings();
    openArchive(paths);
    m_newsPane->view()->setFocus();
}

MainWindow::~MainWindow()
{
    saveSettings();
    recordVisit(); // a window deleted without being closed
    // Stop the import before the models lose the store they read from.
    delete std::exchange(m_importController, nullptr);
    // Closing the session resets its models, and the controllers and this
    // window hear it: close it while the window is whole, not among
    // ~QWidget's children when MainWindow's members are gone (UBSan,
    // tst_exportwindow).
    delete m_session;
    m_session = nullptr;
}

// ---------------------------------------------------------------------------
// Building the window

void MainWindow::createPanes()
{
    m_panes = new ReaderPanes(this);
    m_sidePane = new SidePane(m_session->categoryModel(), m_session->savedViewModel(), m_session->labelModel(),
                              m_session->sourceModel(), m_panes->splitter());
    m_categoryPane = m_sidePane->categoryPane();
    m_newsPane = new NewsPane(m_session->newsModel(), m_actions->action(WindowActions::ImportFiles)->icon(),
                              m_actions->action(WindowActions::ImportFolder)->icon(), m_panes->splitter());
    m_newsPane->setFindKeys(m_actions->action(WindowActions::Find)->shortcut());
    m_detailPane = new DetailPane(m_panes->splitter());
    // A long item's row holds its start: the pane gets the whole item from the list, read off this thread.
    NewsListModel *news = m_session->newsModel();
    connect(m_detailPane, &DetailPane::wholeItemWanted, news, &NewsListModel::readWholeItem);
    connect(news, &NewsListModel::wholeItemRead, m_detailPane, &DetailPane::showWholeItem);
    // The single-key actions work while the list or the detail pane has focus.
    m_newsPane->view()->addActions(m_actions->readingKeys());
    m_detailPane->view()->addActions(m_actions->readingKeys());
    m_panes->addPanes(m_sidePane, m_newsPane, m_detailPane);
    setCentralWidget(m_panes);

    // Left to right, top to bottom.
    const QList<QWidget *> chain =
            m_sidePane->focusChain() + m_newsPane->focusChain()
            + QList<QWidget *>{m_detailPane->view(), m_detailPane->noteEditor()};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    // Round again from the last to the first (not on into whatever followed
    // the last widget when it was made).
    setTabOrder(chain.constLast(), chain.constFirst());
    // F6 / Shift+F6: from pane to pane.
    m_paneCycler = new PaneCycler(this, {{m_sidePane}, {m_newsPane, m_newsPane->view()},
                                         {m_detailPane, m_detailPane->view()}});
}

void MainWindow::createControllers()
{
    // Imports and File → Export…/Print…, Edit → Copy (issue 4): each reaches
    // the window through a few callbacks and sets its own texts.
    m_filters = new FilterController(m_session, m_categoryPane, m_newsPane, m_actions, this);
    m_importController = new ImportController(
            {.databasePath = m_databasePath,
             .cacheOpen = [this] { return m_session->isOpen(); },
             .pendingIndexItems = [this] { return m_session->pendingIndexItems(); },
             .showStatus = [this](const QString &text, int timeoutMs) { m_statusBar->showStatus(text, timeoutMs); },
             .showMessage = [this](MessageBar::Kind kind, const QString &text, const QStringList &details,
                                   const QList<MessageBar::Action> &actions) {
                 m_panes->messageBar()->showMessage(kind, text, details, actions);
             }},
            m_actions->action(WindowActions::CancelImport), this);
    m_exportController = new ExportController({.selectedIds = [this] { return selectedIds(); },
                                               .selectionKnown = [this] { return m_newsPane->selectionKnown(); },
                                               .shownCount = [this] { return m_session->shownCount(); },
                                               .filter = [this] { return currentFilter(); },
                                               .totalCount = [this] { return m_session->totalCount(); },
                                               .databasePath = m_databasePath},
                                              this);
    m_actions->addExportActions(m_exportController->exportAction(), m_exportController->printAction(),
                                m_exportController->copyAction());
    m_newsPane->setContextActions(m_actions->contextActions()); // with copy and export
    // Ctrl+C copies items while the list has focus.
    m_newsPane->view()->addAction(m_exportController->copyAction());
    m_undo = new UndoController(m_session->newsModel(), this);
    m_reading = new ReadingController(m_session, m_newsPane, m_detailPane, m_undo, this);
    m_statusBar = new StatusBar(m_importController->progressBar(), m_importController->cancelButton(), this);
    setStatusBar(m_statusBar);
    createUndo();
    createNotifications();
    createOrganising();
}

void MainWindow::connectActions()
{
    using A = WindowActions;
    const auto on = [this](A::Id id, auto receiver, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, receiver, slot);
    };
    on(A::ImportFiles, m_importController, &ImportController::chooseFiles);
    on(A::ImportFolder, m_importController, &ImportController::chooseFolder);
    on(A::Reimport, m_importController, &ImportController::reimportWatched);
    on(A::ForgetWatched, m_importController, &ImportController::forgetWatched);
    on(A::Quit, this, &QWidget::close);
    on(A::Find, m_newsPane, &NewsPane::focusSearch);
    on(A::SelectAll, this, [this] {
        m_newsPane->view()->selectAll();
        m_newsPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    on(A::Next, this, [this] { m_newsPane->moveCurrent(1); });
    on(A::Previous, this, [this] { m_newsPane->moveCurrent(-1); });
    on(A::NextUnread, m_reading, &ReadingController::nextUnread);
    on(A::ReadOn, m_reading, &ReadingController::readOn);
    on(A::ToggleRead, m_reading, &ReadingController::toggleRead);
    on(A::ToggleStar, m_reading, &ReadingController::toggleStar);
    on(A::MarkAllRead, m_reading, &ReadingController::markAllShownRead);
    on(A::OpenSourceFile, m_reading, &ReadingController::openSourceFile);
    on(A::Shortcuts, this, &MainWindow::showShortcuts);
    on(A::About, this, [this] { AboutBox::show(this); });
}

void MainWindow::connectPanes()
{
    NewsListModel *news = m_session->newsModel();
    connect(m_filters, &FilterController::applied, this, &MainWindow::listChanged);
    connect(m_newsPane, &NewsPane::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_newsPane, &NewsPane::showItem, this, &MainWindow::showItem);
    connect(m_newsPane, &NewsPane::importFilesRequested, m_importController, &ImportController::chooseFiles);
    connect(m_newsPane, &NewsPane::importFolderRequested, m_importController, &ImportController::chooseFolder);
    // A search the worker counts: its rows past the first page come later.
    connect(news, &NewsListModel::countReady, this, &MainWindow::listChanged);
    connect(news, &NewsListModel::countReady, m_exportController, &ExportController::shownCountReady);
    // An import's refresh while the export dialog is open: counting again, or known at once.
    connect(news, &QAbstractItemModel::modelReset, m_exportController, &ExportController::shownCountReady);
    connect(m_reading, &ReadingController::listChanged, this, &MainWindow::listChanged);
    connect(m_reading, &ReadingController::statusMessage, m_statusBar,
            [this](const QString &text) { m_statusBar->showStatus(text); });
    connect(m_exportController, &ExportController::statusMessage, m_statusBar,
            [this](const QString &text) { m_statusBar->showStatus(text, 8000); });
    connect(m_importController, &ImportController::started, this, &MainWindow::updatePage);
    connect(m_importController, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_session, &ReaderSession::readFailed, this, &MainWindow::showReadError);
    connect(m_session, &ReaderSession::importedElsewhere, this, &MainWindow::importedElsewhere);
    connect(m_session, &ReaderSession::damageFound, this, &MainWindow::showDamage);
    // The unread numbers follow every mark at once (ReaderSession, NewsListModel).
    connect(m_session, &ReaderSession::countsChanged, this, &MainWindow::updateTitle);
    connect(news, &NewsListModel::unreadCountChanged, this, &MainWindow::updateStatus);
}

void MainWindow::connectViewActions()
{
    using A = WindowActions;
    const auto on = [this](A::Id id, auto slot) { connect(m_actions->action(id), &QAction::triggered, this, slot); };
    on(A::ZoomIn, [this] { setZoom(m_newsPane->zoom() + 1); });
    on(A::ZoomOut, [this] { setZoom(m_newsPane->zoom() - 1); });
    on(A::ZoomReset, [this] { setZoom(0); });
    connect(m_actions->action(A::CompactList), &QAction::toggled, m_newsPane, &NewsPane::setCompact);
    on(A::LayoutSideBySide, [this] { m_panes->setLayout(ReaderPanes::Layout::SideBySide); });
    on(A::LayoutListAbove, [this] { m_panes->setLayout(ReaderPanes::Layout::ListAbove); });
    connect(m_actions->action(A::ShowCategoryPane), &QAction::toggled, m_panes, &ReaderPanes::setCategoryPaneVisible);
    connect(m_panes, &ReaderPanes::layoutChanged, this, &MainWindow::syncViewActions);
    connect(m_panes, &ReaderPanes::categoryPaneVisibleChanged, this, &MainWindow::syncViewActions);
    on(A::FullScreen, &MainWindow::setFullScreen);
    // Esc anywhere in the window: every pane but the search box, whose own
    // Esc (NewsPane) does the same (one key in two actions there would be an
    // ambiguous shortcut that neither takes). A dialog or an open menu is a
    // window of its own and keeps its Esc.
    for (QWidget *widget : escapeWidgets())
        widget->addAction(m_actions->action(A::ClearSearch));
    on(A::ClearSearch, &MainWindow::clearSearch);
    on(A::ConfigureShortcuts, &MainWindow::configureShortcuts);
}

void MainWindow::connectCategoryMenu()
{
    connect(m_categoryPane, &CategoryPane::showOnly, m_filters, &FilterController::showOnlyCategory);
    connect(m_categoryPane, &CategoryPane::exportCategory, this, [this](const QString &name) {
        // The facet's count is the category's whole count only while nothing
        // else narrows the list; otherwise the export counts it.
        const CategoryModel *categories = m_session->categoryModel();
        const std::optional<CategoryModel::Delta> counts = categories->countsOf(name);
        const bool whole = m_session->filter().withoutCategories().isEmpty() && m_session->filter().newSince == 0;
        m_exportController->exportCategory(name, counts && whole ? std::optional<qint64>(counts->count)
                                                                 : std::nullopt);
    });
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_actions->retranslate();
    m_exportController->retranslate(); // File → Export…/Print…, Edit → Copy
    m_undo->retranslate();               // Edit → Undo/Redo name the change
    m_trayIcon->retranslate();
    m_importController->retranslate();
    m_sidePane->retranslate(); // the views, labels, categories and sources
    m_newsPane->retranslate();
    m_detailPane->retranslate();
    m_statusBar->retranslate();
    // Texts that follow the state; category and item names are data, never translated.
    if (!m_loading) {
        listChanged();
        m_newsPane->showCurrentAgain();
    }
}

// ---------------------------------------------------------------------------
// Settings and the cache

void MainWindow::loadSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(Key::Geometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(Key::State).toByteArray());
    m_panes->restoreState(settings.value(Key::Splitter).toByteArray());
    m_actions->loadShortcuts(settings);
    setZoom(settings.value(Key::Zoom, 0).toInt());
    m_actions->action(WindowActions::CompactList)->setChecked(settings.value(Key::Compact, false).toBool());
    setFullScreen(settings.value(Key::FullScreen, false).toBool());
    syncViewActions();
    m_filters->restore(settings);
    m_importController->watch(settings.value(Key::Watched).toStringList());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(Key::Geometry, saveGeometry());
    settings.setValue(Key::State, saveState());
    settings.setValue(Key::Splitter, m_panes->saveState());
    settings.setValue(Key::Zoom, m_newsPane->zoom());
    settings.setValue(Key::Compact, m_newsPane->isCompact());
    settings.setValue(Key::FullScreen, isFullScreen());
    m_filters->save(settings);
    settings.setValue(Key::Watched, m_importController->watchedSources());
}

void MainWindow::openCache(const QStringList &paths)
{
    const bool open = m_session->open(m_databasePath, m_filters->filter());
    if (!open) {
        setImportsEnabled(false);
        QTimer::singleShot(0, this, m_session->isShared() ? &MainWindow::showArchiveOpenError
                                                          : &MainWindow::showStoreError);
    }
    m_statusBar->setArchive(ReaderSession::archiveName(m_databasePath));
    m_loading = false;
    m_filters->setApplying(true);
    updateTitle();
    listChanged();
    showItem({});
    if (open && !m_session->setAsideAs().isEmpty()) {
        // A damaged cache: set aside by the session, rebuilt here from what the person imported.
        m_panes->messageBar()->showMessage(
                MessageBar::Kind::Warning,
                tr("The cache was damaged. newsdesk set it aside as %1 and is rebuilding it from your listing "
                   "files; your read and starred marks are kept.")
                        .arg(m_session->setAsideAs()),
                {m_session->damageError()});
        m_importController->rebuild(m_session->rememberedSources());
    } else if (open) {
        for (const QString &notice : m_session->notices())
            m_panes->messageBar()->showMessage(MessageBar::Kind::Warning, notice);
    }
    if (open)
        m_importController->startUp(m_session->totalCount() == 0 && m_session->setAsideAs().isEmpty(), paths);
}

void MainWindow::showReadError(const QString &error)
{
    if (m_session->isShared()) {
        showArchiveReadError(error);
        return;
    }
    qCWarning(lcUi) << "the list may be incomplete:" << error;
    updatePage();
    m_panes->messageBar()->showMessage(
            MessageBar::Kind::Error,
            tr("newsdesk could not read its cache: what the window shows may be incomplete."), {error});
}

void MainWindow::showDamage(const QString &error)
{
    qCWarning(lcUi) << "the cache is damaged:" << error;
    m_panes->messageBar()->showMessage(
            MessageBar::Kind::Error,
            tr("The cache is damaged: what the window shows may be incomplete. When newsdesk starts next, it sets "
               "the cache aside and rebuilds it from your listing files; your read and starred marks are kept."),
            {error});
}

void MainWindow::showStoreError()
{
    qCWarning(lcUi) << "no cache to show:" << m_session->errorString();
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open the Cache"),
                                tr("newsdesk could not open its cache, so there is nothing to show.\n\n%1")
                                        .arg(m_session->errorString()),
                                QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---------------------------------------------------------------------------
// Filtering

const ItemFilter &MainWindow::currentFilter() const
{
    return m_session->filter();
}

void MainWindow::clearFilters()
{
    m_filters->clear();
}

void MainWindow::refreshModels()
{
    const qint64 id = m_newsPane->itemBeingRead();
    m_session->refresh();
    m_newsPane->restoreCurrent(id);
    listChanged();
}

// ---------------------------------------------------------------------------
// Reading

QList<qint64> MainWindow::selectedIds() const
{
    return m_newsPane->selectedIds();
}

void MainWindow::showItem(const QModelIndex &index)
{
    const NewsListModel *news = m_session->newsModel();
    if (index.isValid())
        m_detailPane->showItem(news->itemAt(index.row()), news->filter().search);
    else
        m_detailPane->showNothing(news->rowCount() > 0);
}

// ---------------------------------------------------------------------------
// Importing

void MainWindow::importPaths(const QStringList &paths)
{
    m_importController->importPaths(paths);
}

void MainWindow::bringForward(const QStringList &paths)
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (!paths.isEmpty())
        importPaths(paths);
}

QStringList MainWindow::watchedSources() const
{
    return m_importController->watchedSources();
}

bool MainWindow::isImporting() const
{
    return m_importController && m_importController->isImporting();
}

void MainWindow::importedElsewhere()
{
    // This window's own import is shown when it finishes (importFinished()).
    if (m_importController->isImporting())
        return;
    const QString forgotten = forgetUndoHistory();
    refreshModels();
    const QString text = tr("Another program imported news into the cache; the list is up to date.");
    m_statusBar->showStatus(forgotten.isEmpty() ? text : text + u' ' + forgotten, 8000);
}

QString MainWindow::forgetUndoHistory()
{
    // Undo commands hold item ids, and an import that removed items gives
    // their ids to new ones: an undo must never set a mark on another item.
    return m_undo->forgetHistory() ? tr("Earlier changes can no longer be undone.") : QString();
}

void MainWindow::importFinished(const ImportReport &report)
{
    // The list was hidden behind the empty page while the cache was empty,
    // so the focus went elsewhere: give it to the news now that it shows.
    const bool wasEmpty = m_session->totalCount() == 0;
    if (report.changedCache() || wasEmpty) {
        if (const QString forgotten = forgetUndoHistory(); !forgotten.isEmpty())
            m_panes->messageBar()->showNotice(MessageBar::Kind::Information, forgotten, {}, 8000);
        refreshModels();
    }
    else
        updatePage();
    QListView *news = m_newsPane->view();
    if (wasEmpty && m_session->totalCount() > 0 && isActiveWindow() && news->isVisible()
        && (!QApplication::focusWidget() || m_categoryPane->findHasFocus()))
        news->setFocus();
}

// ---------------------------------------------------------------------------
// Status and empty states

void MainWindow::listChanged()
{
    updateStatus();
    updatePage();
}

void MainWindow::updateStatus()
{
    const NewsListModel *news = m_session->newsModel();
    m_statusBar->showCounts({.cacheOpen = m_session->isOpen(),
                             .counting = news->isCounting(),
                             .filtered = !news->filter().isEmpty(),
                             .shown = news->rowCount(),
                             .total = m_session->totalCount(),
                             .selected = m_newsPane->selectedCount(),
                             .unread = news->shownUnreadCount()});
}

void MainWindow::updateTitle()
{
    const qint64 unread = m_session->isOpen() ? m_session->unreadTotal() : 0;
    const QString title = unread > 0 ? tr("newsdesk — %L1 unread").arg(unread) : tr("newsdesk");
    // Which shared archive, first: the person may have the local cache open beside it.
    const QString archive = ReaderSession::archiveName(m_databasePath);
    setWindowTitle(archive.isEmpty() ? title : tr("%1 — %2").arg(archive, title));
}

void MainWindow::updatePage()
{
    m_newsPane->choosePage(m_session->isOpen(), m_session->errorString(), m_session->readFailure(),
                           m_session->totalCount() == 0,
                           isImporting());
    const bool hasRows = m_session->newsModel()->rowCount() > 0;
    for (QAction *action : m_actions->listActions())
        action->setEnabled(hasRows);
    updateOrganiseActions(); // label, hide and restore need a selection
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions->shortcuts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::configureShortcuts()
{
    QList<ConfigureShortcutsDialog::Entry> entries;
    for (QAction *action : m_actions->configurableActions())
        entries.append({action, m_actions->description(action), m_actions->defaultShortcuts(action),
                        m_actions->partner(action)});
    auto *dialog = new ConfigureShortcutsDialog(entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        QSettings settings;
        m_actions->saveShortcuts(settings);
        m_actions->retranslate(); // the tool tips name the keys
        m_newsPane->setFindKeys(m_actions->action(WindowActions::Find)->shortcut());
    });
    dialog->open();
}

void MainWindow::setZoom(int steps)
{
    steps = std::clamp(steps, NewsPane::MinZoom, NewsPane::MaxZoom);
    m_newsPane->setZoom(steps);
    m_detailPane->setZoom(steps);
    m_actions->action(WindowActions::ZoomIn)->setEnabled(steps < NewsPane::MaxZoom);
    m_actions->action(WindowActions::ZoomOut)->setEnabled(steps > NewsPane::MinZoom);
    m_actions->action(WindowActions::ZoomReset)->setEnabled(steps != 0);
}

void MainWindow::setFullScreen(bool on)
{
    if (on != isFullScreen())
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    syncViewActions();
}

void MainWindow::syncViewActions()
{
    using A = WindowActions;
    const bool above = m_panes->layout() == ReaderPanes::Layout::ListAbove;
    m_actions->action(above ? A::LayoutListAbove : A::LayoutSideBySide)->setChecked(true);
    m_actions->action(A::ShowCategoryPane)->setChecked(m_panes->isCategoryPaneVisible());
    m_actions->action(A::FullScreen)->setChecked(isFullScreen());
}

QList<QWidget *> MainWindow::escapeWidgets() const
{
    QList<QWidget *> widgets{m_sidePane, m_detailPane, m_panes->messageBar(), m_statusBar};
    // The news pane's list and its pages (no cache, nothing matches), not its search box.
    if (auto *stack = m_newsPane->findChild<QWidget *>(u"newsStack"_s))
        widgets.append(stack);
    else
        widgets.append(m_newsPane->view());
    return widgets;
}

void MainWindow::clearSearch()
{
    m_newsPane->clearSearch();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A note being typed is saved (the worker finishes its writes on exit).
    m_detailPane->noteEditor()->flush();
    recordVisit();
    QMainWindow::closeEvent(event);
}

void MainWindow::recordVisit()
{
    // What arrives after now is new at the next visit.
    if (m_visitRecorded || !m_session || !m_session->isOpen())
        return;
    m_visitRecorded = true;
    if (!m_session->recordVisit())
        qCWarning(lcUi) << "the visit could not be recorded:" << m_session->errorString();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && m_statusBar)
        syncViewActions();
    // In front again: the next notification counts anew.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_arrivedCount = 0;
    // The detail pane follows the palette itself.
    if (event->type() == QEvent::LanguageChange && m_statusBar) // made last: the window is complete
        retranslateUi();
}

// ---------------------------------------------------------------------------
// Undo and notifications (issue 15)

void MainWindow::createUndo()
{
    m_undo->attachActions(m_actions->action(WindowActions::Undo), m_actions->action(WindowActions::Redo));
    connect(m_reading, &ReadingController::notice, m_panes->messageBar(),
            [this](const QString &text, const QList<MessageBar::Action> &actions, int timeoutMs) {
                m_panes->messageBar()->showNotice(MessageBar::Kind::Information, text, actions, timeoutMs);
            });
    // Undone or redone from Edit: a notice offering to undo is out of date.
    connect(m_undo, &UndoController::restored, m_panes->messageBar(), [this] {
        MessageBar *bar = m_panes->messageBar();
        const QList<QPushButton *> buttons = bar->actionButtons();
        if (std::any_of(buttons.cbegin(), buttons.cend(),
                        [](const QPushButton *b) { return b->objectName() == u"undoNoticeButton"_s; }))
            bar->dismiss();
    });
    connect(m_reading, &ReadingController::error, m_panes->messageBar(),
            [this](const QString &text, const QStringList &details) {
                m_panes->messageBar()->showMessage(MessageBar::Kind::Error, text, details);
            });
}

void MainWindow::createNotifications()
{
    m_trayIcon = new TrayIcon(this);
    setNotifier(Notifier::create(m_trayIcon));
    connect(m_trayIcon, &TrayIcon::activated, this, [this] { bringForward({}); });
    QAction *showTray = m_actions->action(WindowActions::ShowTrayIcon);
    showTray->setChecked(QSettings().value(Key::ShowTrayIcon, false).toBool());
    m_trayIcon->setWanted(showTray->isChecked());
    connect(showTray, &QAction::toggled, this, [this](bool on) {
        m_trayIcon->setWanted(on);
        QSettings().setValue(Key::ShowTrayIcon, on);
    });
    connect(m_session, &ReaderSession::countsChanged, m_trayIcon,
            [this] { m_trayIcon->setUnread(m_session->unreadTotal()); });
    connect(m_importController, &ImportController::watchedItemsArrived, this, &MainWindow::watchedItemsArrived);
}

void MainWindow::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    connectNotifier();
}

void MainWindow::connectNotifier()
{
    if (!m_notifier)
        return;
    connect(m_notifier.get(), &Notifier::activated, this, &MainWindow::showArrivedItems);
    connect(m_notifier.get(), &Notifier::failed, m_statusBar,
            [this](const QString &error) { m_statusBar->showStatus(error, 0); });
}

void MainWindow::watchedItemsArrived(qint64 count, qint64 since)
{
    if (isVisible() && !isMinimized())
        return; // the person sees the list (the status bar says what came)
    if (m_arrivedCount == 0)
        m_arrivedSince = since;
    m_arrivedCount += count;
    if (m_notifier) {
        m_notifier->notify(tr("newsdesk"),
                           tr("%Ln new item(s)", nullptr, int(qMin<qint64>(m_arrivedCount, INT_MAX))));
    }
}

void MainWindow::showArrivedItems()
{
    bringForward({});
    m_arrivedCount = 0;
    if (m_arrivedSince > 0)
        m_filters->showArrivedSince(m_arrivedSince);
}
