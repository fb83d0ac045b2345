#include "views/window/mainwindow.h"

#include "models/i18n/languagemanager.h"
#include "models/importing/importreport.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/support/logging.h"
#include "views/controllers/exportcontroller.h"
#include "views/controllers/importcontroller.h"
#include "views/dialogs/shortcutsdialog.h"
#include "views/panes/categorypane.h"
#include "views/panes/detailpane.h"
#include "views/panes/messagebar.h"
#include "views/panes/newspane.h"
#include "views/window/windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString AppIcon = u":/icons/se.newsdesk.Newsdesk.svg"_s;

namespace Key {
const QString Geometry = u"window/geometry"_s;
const QString State = u"window/state"_s;
const QString Splitter = u"window/splitter"_s;
const QString Categories = u"filter/categories"_s;
const QString MatchAll = u"filter/matchAll"_s;
const QString Search = u"filter/search"_s;
const QString Sort = u"filter/sort"_s;
const QString UnreadOnly = u"filter/unreadOnly"_s;
const QString StarredOnly = u"filter/starredOnly"_s;
const QString Watched = u"sources/watched"_s;
} // namespace Key

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(const QString &databasePath, const QStringList &paths, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_session(new ReaderSession(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    // The application's (main.cpp); a window made without one (tests) makes it.
    m_languages = LanguageManager::instance();
    if (!m_languages)
        m_languages = new LanguageManager(QCoreApplication::instance());
    if (QFile::exists(AppIcon))
        setWindowIcon(QIcon(AppIcon));
    setAcceptDrops(true);
    m_statusTimer->setSingleShot(true);

    m_actions = new WindowActions(this, m_languages);
    createPanes();
    m_actions->createMenus();
    createControllers();
    createStatusBar();
    retranslateUi();
    connectActions();
    connectPanes();
    loadSettings();
    openCache(paths);
    m_newsPane->view()->setFocus();
}

MainWindow::~MainWindow()
{
    saveSettings();
    // Stop the import before the models lose the store they read from.
    delete std::exchange(m_importController, nullptr);
}

// ---------------------------------------------------------------------------
// Building the window

void MainWindow::createPanes()
{
    auto *central = new QWidget(this);
    m_messageBar = new MessageBar(central);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_categoryPane = new CategoryPane(m_session->categoryModel(), m_splitter);
    m_newsPane = new NewsPane(m_session->newsModel(), m_actions->action(WindowActions::ImportFiles)->icon(),
                              m_actions->action(WindowActions::ImportFolder)->icon(), m_splitter);
    m_newsPane->setContextActions(m_actions->contextActions());
    m_newsPane->setFindKeys(m_actions->action(WindowActions::Find)->shortcut());
    m_detailPane = new DetailPane(m_splitter);
    // The single-key actions work while the list or the detail pane has focus.
    m_newsPane->view()->addActions(m_actions->readingKeys());
    m_detailPane->view()->addActions(m_actions->readingKeys());

    m_splitter->addWidget(m_categoryPane);
    m_splitter->addWidget(m_newsPane);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({270, 470, 540});

    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Left to right, top to bottom.
    const QList<QWidget *> chain =
            m_categoryPane->focusChain() + m_newsPane->focusChain() + QList<QWidget *>{m_detailPane->view()};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::createControllers()
{
    // Imports and File → Export…/Print…, Edit → Copy (issue 4): each reaches
    // the window through a few callbacks and sets its own texts.
    m_importController = new ImportController(
            {.databasePath = m_databasePath,
             .cacheOpen = [this] { return m_session->isOpen(); },
             .pendingIndexItems = [this] { return m_session->pendingIndexItems(); },
             .showStatus = [this](const QString &text, int timeoutMs) { showStatus(text, timeoutMs); },
             .showMessage = [this](MessageBar::Kind kind, const QString &text,
                                   const QStringList &details) { m_messageBar->showMessage(kind, text, details); }},
            m_actions->action(WindowActions::CancelImport), this);
    m_exportController = new ExportController({.selectedIds = [this] { return selectedIds(); },
                                               .shownIds = [this] { return m_session->newsModel()->ids(); },
                                               .shownCount = [this] { return m_session->shownCount(); },
                                               .filter = [this] { return currentFilter(); },
                                               .totalCount = [this] { return m_session->totalCount(); },
                                               .databasePath = m_databasePath},
                                              this);
    connect(m_exportController, &ExportController::statusMessage, this,
            [this](const QString &text) { showStatus(text, 8000); });
    m_actions->addExportActions(m_exportController->exportAction(), m_exportController->printAction(),
                                m_exportController->copyAction());
    // Ctrl+C copies items while the list has focus.
    m_newsPane->view()->addAction(m_exportController->copyAction());
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(u"statusBar"_s);
    m_messageLabel = new QLabel(bar);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setTextFormat(Qt::PlainText);
    bar->addWidget(m_messageLabel, 1);
    bar->addPermanentWidget(m_importController->progressBar());
    bar->addPermanentWidget(m_importController->cancelButton());
    bar->addPermanentWidget(m_countLabel);
    connect(m_statusTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);
}

void MainWindow::connectActions()
{
    using A = WindowActions;
    const auto on = [this](A::Id id, auto slot) { connect(m_actions->action(id), &QAction::triggered, this, slot); };
    on(A::ImportFiles, [this] { m_importController->chooseFiles(); });
    on(A::ImportFolder, [this] { m_importController->chooseFolder(); });
    on(A::Reimport, [this] { m_importController->reimportWatched(); });
    on(A::ForgetWatched, [this] { m_importController->forgetWatched(); });
    on(A::Quit, &QWidget::close);
    on(A::Find, [this] { m_newsPane->focusSearch(); });
    on(A::SelectAll, [this] {
        m_newsPane->view()->selectAll();
        m_newsPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    on(A::Next, [this] { m_newsPane->moveCurrent(1); });
    on(A::Previous, [this] { m_newsPane->moveCurrent(-1); });
    on(A::NextUnread, [this] {
        if (!m_newsPane->nextUnread())
            showStatus(tr("No unread items in the list."));
    });
    on(A::ReadOn, &MainWindow::readOn);
    on(A::ToggleRead, &MainWindow::toggleRead);
    on(A::ToggleStar, &MainWindow::toggleStar);
    on(A::MarkAllRead, &MainWindow::markAllShownRead);
    on(A::ClearFilters, &MainWindow::clearFilters);
    on(A::Shortcuts, &MainWindow::showShortcuts);
    on(A::About, &MainWindow::showAbout);
    for (A::Id id : {A::UnreadOnly, A::StarredOnly})
        connect(m_actions->action(id), &QAction::toggled, this, &MainWindow::applyFilter);
    connect(m_actions->sortGroup(), &QActionGroup::triggered, this, &MainWindow::applyFilter);
}

void MainWindow::connectPanes()
{
    NewsListModel *news = m_session->newsModel();
    connect(m_session->categoryModel(), &CategoryModel::checkedCategoriesChanged, this, &MainWindow::applyFilter);
    connect(m_categoryPane, &CategoryPane::matchAllChanged, this, &MainWindow::applyFilter);
    connect(m_newsPane, &NewsPane::searchChanged, this, &MainWindow::applyFilter);
    connect(m_newsPane, &NewsPane::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_newsPane, &NewsPane::showItem, this, &MainWindow::showItem);
    connect(m_newsPane, &NewsPane::clearFiltersRequested, this, &MainWindow::clearFilters);
    connect(m_newsPane, &NewsPane::importFilesRequested, m_importController, &ImportController::chooseFiles);
    connect(m_newsPane, &NewsPane::importFolderRequested, m_importController, &ImportController::chooseFolder);
    connect(news, &NewsListModel::writeFailed, this, [this](const QString &error) {
        showStatus(tr("Could not save a change of read state or star: %1").arg(error));
    });
    // A search the worker counts: its rows past the first page come later.
    connect(news, &NewsListModel::countReady, this, [this] {
        updateStatus();
        updatePage();
    });
    connect(m_importController, &ImportController::started, this, &MainWindow::updatePage);
    connect(m_importController, &ImportController::finished, this, &MainWindow::importFinished);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("newsdesk"));
    m_actions->retranslate();
    m_exportController->retranslate(); // File → Export…/Print…, Edit → Copy
    m_importController->retranslate();
    m_categoryPane->retranslate();
    m_newsPane->retranslate();
    m_detailPane->retranslate();
    statusBar()->setAccessibleName(tr("Status"));
    // A label's accessible name is its text: naming these would hide what they say.
    m_messageLabel->setAccessibleDescription(tr("Status message"));
    m_countLabel->setAccessibleDescription(tr("Item count"));

    // Texts that follow the state; category and item names are data, never translated.
    if (!m_loading) {
        updateStatus();
        updatePage();
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
    m_splitter->restoreState(settings.value(Key::Splitter).toByteArray());
    m_session->categoryModel()->setCheckedCategories(settings.value(Key::Categories).toStringList());
    m_categoryPane->setMatchAll(settings.value(Key::MatchAll, false).toBool());
    m_newsPane->setSearchText(settings.value(Key::Search).toString());
    const bool byTitle = settings.value(Key::Sort).toString() == u"title"_s;
    m_actions->action(byTitle ? WindowActions::SortTitle : WindowActions::SortListing)->setChecked(true);
    m_actions->action(WindowActions::UnreadOnly)->setChecked(settings.value(Key::UnreadOnly, false).toBool());
    m_actions->action(WindowActions::StarredOnly)->setChecked(settings.value(Key::StarredOnly, false).toBool());
    m_importController->watch(settings.value(Key::Watched).toStringList());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(Key::Geometry, saveGeometry());
    settings.setValue(Key::State, saveState());
    settings.setValue(Key::Splitter, m_splitter->saveState());
    settings.setValue(Key::Categories, m_session->categoryModel()->checkedCategories());
    settings.setValue(Key::MatchAll, m_categoryPane->matchAll());
    settings.setValue(Key::Search, m_newsPane->searchText());
    const bool byTitle = m_actions->action(WindowActions::SortTitle)->isChecked();
    settings.setValue(Key::Sort, byTitle ? u"title"_s : u"listing"_s);
    settings.setValue(Key::UnreadOnly, m_actions->action(WindowActions::UnreadOnly)->isChecked());
    settings.setValue(Key::StarredOnly, m_actions->action(WindowActions::StarredOnly)->isChecked());
    settings.setValue(Key::Watched, m_importController->watchedSources());
}

void MainWindow::openCache(const QStringList &paths)
{
    const bool open = m_session->open(m_databasePath, filterFromControls());
    if (!open) {
        for (WindowActions::Id id : {WindowActions::ImportFiles, WindowActions::ImportFolder, WindowActions::Reimport})
            m_actions->action(id)->setEnabled(false);
        QTimer::singleShot(0, this, &MainWindow::showStoreError);
    }
    m_loading = false;
    updateStatus();
    updatePage();
    showItem({});
    if (open)
        m_importController->startUp(m_session->totalCount() == 0, paths);
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

ItemFilter MainWindow::filterFromControls() const
{
    ItemFilter filter = m_session->filter();
    filter.categories = m_session->categoryModel()->checkedCategories();
    filter.match = m_categoryPane->matchAll() ? ItemFilter::Match::All : ItemFilter::Match::Any;
    filter.search = m_newsPane->searchText();
    filter.unreadOnly = m_actions->action(WindowActions::UnreadOnly)->isChecked();
    filter.starredOnly = m_actions->action(WindowActions::StarredOnly)->isChecked();
    const bool byTitle = m_actions->action(WindowActions::SortTitle)->isChecked();
    filter.sort = byTitle ? ItemFilter::Sort::Title : ItemFilter::Sort::Listing;
    return filter;
}

const ItemFilter &MainWindow::currentFilter() const
{
    return m_session->filter();
}

void MainWindow::applyFilter()
{
    if (m_loading)
        return;
    m_newsPane->stopSearchDelay();
    const qint64 id = m_newsPane->itemBeingRead();
    if (m_session->setFilter(filterFromControls()))
        m_newsPane->restoreCurrent(id);
    updateStatus();
    updatePage();
}

void MainWindow::clearFilters()
{
    {
        QScopedValueRollback loading(m_loading, true);
        m_session->categoryModel()->clearChecked();
        m_newsPane->setSearchText(QString());
        m_actions->action(WindowActions::UnreadOnly)->setChecked(false);
        m_actions->action(WindowActions::StarredOnly)->setChecked(false);
        m_categoryPane->clearFind();
    }
    applyFilter();
    m_newsPane->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::refreshModels()
{
    const qint64 id = m_newsPane->itemBeingRead();
    m_session->refresh();
    m_newsPane->restoreCurrent(id);
    updateStatus();
    updatePage();
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

void MainWindow::readOn()
{
    if (!m_detailPane->pageDown())
        m_newsPane->moveCurrent(1);
}

QList<int> MainWindow::rowsToToggle(int role, bool &set)
{
    int probe = -1;
    const QList<int> rows = m_newsPane->actionRows(probe);
    set = !rows.isEmpty() && !m_session->newsModel()->index(probe).data(role).toBool();
    return rows;
}

void MainWindow::toggleRead()
{
    bool read = false;
    const QList<int> rows = rowsToToggle(NewsListModel::ReadRole, read);
    if (rows.isEmpty())
        return;
    if (!m_session->newsModel()->setRead(rows, read)) {
        qCWarning(lcUi) << "cannot change the read state:" << m_session->errorString();
        showStatus(tr("Could not change the read state: %1").arg(m_session->errorString()));
        return;
    }
    showStatus(read ? tr("Marked %Ln item(s) as read.", nullptr, int(rows.size()))
                    : tr("Marked %Ln item(s) as unread.", nullptr, int(rows.size())));
}

void MainWindow::toggleStar()
{
    bool starred = false;
    const QList<int> rows = rowsToToggle(NewsListModel::StarredRole, starred);
    if (rows.isEmpty())
        return;
    if (!m_session->newsModel()->setStarred(rows, starred)) {
        qCWarning(lcUi) << "cannot change the star:" << m_session->errorString();
        showStatus(tr("Could not change the star: %1").arg(m_session->errorString()));
        return;
    }
    showStatus(starred ? tr("Starred %Ln item(s).", nullptr, int(rows.size()))
                       : tr("Removed the star from %Ln item(s).", nullptr, int(rows.size())));
}

void MainWindow::markAllShownRead()
{
    const int shown = int(m_session->shownCount()); // the worker's count while it counts
    if (shown == 0)
        return;
    const qint64 id = m_newsPane->currentId();
    if (!m_session->newsModel()->markAllRead()) {
        qCWarning(lcUi) << "cannot mark the shown items as read:" << m_session->errorString();
        showStatus(tr("Could not mark the items as read: %1").arg(m_session->errorString()));
        return;
    }
    if (m_newsPane->currentId() != id)
        m_newsPane->restoreCurrent(id); // the list was re-read (it showed only unread items)
    updateStatus();
    updatePage();
    showStatus(tr("Marked %Ln item(s) as read.", nullptr, shown));
}

// ---------------------------------------------------------------------------
// Importing

void MainWindow::importPaths(const QStringList &paths)
{
    m_importController->importPaths(paths);
}

QStringList MainWindow::watchedSources() const
{
    return m_importController->watchedSources();
}

bool MainWindow::isImporting() const
{
    return m_importController && m_importController->isImporting();
}

void MainWindow::importFinished(const ImportReport &report)
{
    // The list was hidden behind the empty page while the cache was empty,
    // so the focus went elsewhere: give it to the news now that it shows.
    const bool wasEmpty = m_session->totalCount() == 0;
    if (report.changedCache() || wasEmpty)
        refreshModels();
    else
        updatePage();
    QListView *news = m_newsPane->view();
    if (wasEmpty && m_session->totalCount() > 0 && isActiveWindow() && news->isVisible()
        && (!QApplication::focusWidget() || m_categoryPane->findHasFocus()))
        news->setFocus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && m_session->isOpen())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && m_session->isOpen())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

// ---------------------------------------------------------------------------
// Status and empty states

void MainWindow::updateStatus()
{
    if (!m_session->isOpen()) {
        m_countLabel->setText(tr("No cache"));
        return;
    }
    const NewsListModel *news = m_session->newsModel();
    const int shown = news->rowCount();
    const qint64 total = m_session->totalCount();
    QString text = news->isCounting()                       ? tr("Counting matches…")
            : news->filter().isEmpty() && shown == total ? tr("%Ln item(s)", nullptr, shown)
                                                         : tr("%L1 of %Ln item(s)", nullptr, int(total)).arg(shown);
    const qsizetype selected = m_newsPane->selectedCount();
    if (selected > 1)
        text = tr("%1, %Ln selected", nullptr, int(selected)).arg(text);
    m_countLabel->setText(text);
}

void MainWindow::updatePage()
{
    const bool hasRows = m_session->newsModel()->rowCount() > 0;
    using State = NewsPane::State;
    if (!m_session->isOpen())
        m_newsPane->setState(State::NoCache, m_session->errorString());
    else if (m_session->totalCount() == 0)
        m_newsPane->setState(isImporting() ? State::Importing : State::NoNews);
    else
        m_newsPane->setState(hasRows ? State::List : State::NoResults);
    for (QAction *action : m_actions->listActions())
        action->setEnabled(hasRows);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    m_messageLabel->setText(text);
    if (timeoutMs > 0)
        m_statusTimer->start(timeoutMs);
    else
        m_statusTimer->stop();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions->shortcuts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text = u"<h3>"_s + tr("newsdesk %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()
            + u"</h3><p>"_s
            + tr("An offline reader for news listings: import listing files, then search, filter, read and star "
                 "their items.")
                      .toHtmlEscaped()
            + u"</p><p>"_s + tr("Licence: GPL-3.0-or-later").toHtmlEscaped() + u"</p>"_s;
    QMessageBox::about(this, tr("About newsdesk"), text);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The detail pane follows the palette itself.
    if (event->type() == QEvent::LanguageChange && m_detailPane)
        retranslateUi();
}
