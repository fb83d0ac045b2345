#include "views/window/mainwindow.h"

#include "models/store/storeworker.h"

#include "views/delegates/categorydelegate.h"
#include "views/panes/categoryfilterproxy.h"
#include "models/itemmodels/categorymodel.h"
#include "views/controllers/exportcontroller.h"
#include "views/panes/focusframe.h"
#include "models/importing/importtask.h"
#include "views/panes/itemhtml.h"
#include "models/i18n/languagemanager.h"
#include "views/panes/messagebar.h"
#include "views/delegates/newsdelegate.h"
#include "models/importing/newsimporter.h"
#include "models/itemmodels/newslistmodel.h"
#include "views/dialogs/shortcutsdialog.h"
#include "models/importing/sourcewatcher.h"
#include "views/delegates/readericons.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int SearchDelayMs = 200;
constexpr int RecountDelayMs = 250;
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
const QString SampleOffered = u"sources/sampleOffered"_s;
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

QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback, nullptr, widget));
}

// An action's shortcut as the keyboard shows it, for tool tips.
QString keys(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

// Menu text without the mnemonic marker and the trailing ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

MainWindow::MainWindow(const QString &databasePath, const QStringList &paths, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_reader(new StoreWorker(this))
    , m_newsModel(new NewsListModel(this))
    , m_categoryModel(new CategoryModel(this))
    , m_categoryProxy(new CategoryFilterProxy(this))
    , m_importTask(new ImportTask(this))
    , m_watcher(new SourceWatcher(this))
    , m_searchTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_recountTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    // The application's (main.cpp); a window made without one (tests) makes it.
    m_languages = LanguageManager::instance();
    if (!m_languages)
        m_languages = new LanguageManager(QCoreApplication::instance());
    if (QFile::exists(AppIcon))
        setWindowIcon(QIcon(AppIcon));
    setAcceptDrops(true);
    m_newsModel->setObjectName(u"newsModel"_s);
    m_categoryModel->setObjectName(u"categoryModel"_s);
    m_categoryProxy->setSourceModel(m_categoryModel);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_statusTimer->setSingleShot(true);
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(RecountDelayMs);
    connect(m_recountTimer, &QTimer::timeout, this, [this] {
        keepCategoryCurrent([this] { m_categoryModel->refresh(); });
    });

    createActions();
    createPanes();
    createMenus();
    createToolBar();
    createStatusBar();
    // File → Export…/Print…, Edit → Copy (issue 4): the controller owns the
    // actions and sets their texts in ExportController::retranslate().
    m_exportController = new ExportController({.selectedIds = [this] { return selectedIds(); },
                                               .shownIds = [this] { return m_newsModel->ids(); },
                                               .shownCount = [this] { return shownCount(); },
                                               .filter = [this] { return currentFilter(); },
                                               .totalCount = [this] { return m_totalItems; },
                                               .databasePath = m_databasePath},
                                              this);
    connect(m_exportController, &ExportController::statusMessage, this,
            [this](const QString &text) { showStatus(text, 8000); });
    m_fileMenu->insertActions(m_quitAction, {m_exportController->exportAction(), m_exportController->printAction()});
    m_fileMenu->insertSeparator(m_quitAction);
    m_editMenu->insertAction(m_findAction, m_exportController->copyAction());
    m_editMenu->insertSeparator(m_findAction);
    m_newsView->addAction(m_exportController->copyAction()); // Ctrl+C copies items while the list has focus
    retranslateUi();
    connectModels();
    loadSettings();

    if (m_store.open(m_databasePath)) {
        m_totalItems = m_store.itemCount();
        // Filter first, then the store: the list is read once.
        m_newsModel->setFilter(filterFromControls());
        m_categoryModel->setFilter(m_newsModel->filter());
        // Slow reads (category counts, the full id list of a large filter)
        // go to a second connection on a worker: never on this thread.
        m_reader->open(m_databasePath);
        m_categoryModel->setWorker(m_reader);
        m_newsModel->setWorker(m_reader);
        // The counts first: the worker starts them at once, and the list's
        // id list (longer) follows them instead of holding them up.
        m_categoryModel->setStore(&m_store);
        m_newsModel->setStore(&m_store);
    } else {
        for (QAction *action : {m_importFilesAction, m_importFolderAction, m_reimportAction})
            action->setEnabled(false);
        QTimer::singleShot(0, this, &MainWindow::showStoreError);
    }
    m_loading = false;
    updateStatus();
    updatePage();
    showItem({});

    if (m_store.isOpen()) {
        QSettings settings;
        const QStringList remembered = m_watcher->sources();
        if (m_totalItems == 0 && paths.isEmpty() && remembered.isEmpty()
            && !settings.value(Key::SampleOffered, false).toBool()) {
            // First run: show something to read right away.
            settings.setValue(Key::SampleOffered, true);
            m_sampleImport = true;
            startImport(NewsImporter::sampleFiles());
            showStatus(tr("First run: importing the sample news…"), 0);
        }
        // Remembered sources may have changed while newsdesk was closed; the
        // import skips unchanged files.
        if (!remembered.isEmpty())
            startImport(remembered);
        else if (m_store.pendingIndexItems() > 0)
            startImport({}); // an interrupted import left items to index for search
        if (!paths.isEmpty())
            importPaths(paths);
    }
    m_newsView->setFocus();
}

MainWindow::~MainWindow()
{
    saveSettings();
    // Stop the worker before the models lose the store they read from.
    delete std::exchange(m_importTask, nullptr);
    m_newsModel->setStore(nullptr);
    m_categoryModel->setStore(nullptr);
}

// ---------------------------------------------------------------------------
// Building the window

void MainWindow::createActions()
{
    m_importFilesAction = new QAction(themeIcon(this, u"document-open"_s, QStyle::SP_DialogOpenButton),
                                      QString(), this);
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseFiles);

    m_importFolderAction = new QAction(themeIcon(this, u"folder-open"_s, QStyle::SP_DirOpenIcon),
                                       QString(), this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_reimportAction = new QAction(themeIcon(this, u"view-refresh"_s, QStyle::SP_BrowserReload),
                                   QString(), this);
    m_reimportAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_reimportAction, &QAction::triggered, this, &MainWindow::reimportWatched);

    m_cancelImportAction = new QAction(this);
    m_cancelImportAction->setEnabled(false);
    connect(m_cancelImportAction, &QAction::triggered, this, [this] {
        m_importTask->cancel();
        m_cancelImportAction->setEnabled(false);
        showStatus(tr("Cancelling the import…"), 0);
    });

    m_forgetWatchedAction = new QAction(this);
    connect(m_forgetWatchedAction, &QAction::triggered, this, &MainWindow::forgetWatched);

    m_quitAction = new QAction(themeIcon(this, u"application-exit"_s, QStyle::SP_DialogCloseButton), QString(),
                               this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_clearSearchAction = new QAction(this);
    m_clearSearchAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearSearchAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_clearSearchAction, &QAction::triggered, this, [this] {
        if (m_searchEdit->text().isEmpty()) {
            m_newsView->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        m_searchEdit->clear();
        applyFilter();
    });

    m_selectAllAction = new QAction(this);
    m_selectAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_A));
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        m_newsView->selectAll();
        m_newsView->setFocus(Qt::ShortcutFocusReason);
    });

    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_J));
    connect(m_nextAction, &QAction::triggered, this, [this] { moveCurrent(1); });

    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::Key_K));
    connect(m_previousAction, &QAction::triggered, this, [this] { moveCurrent(-1); });

    m_nextUnreadAction = new QAction(this);
    m_nextUnreadAction->setShortcut(QKeySequence(Qt::Key_N));
    connect(m_nextUnreadAction, &QAction::triggered, this, &MainWindow::nextUnread);

    m_readOnAction = new QAction(this);
    m_readOnAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_readOnAction, &QAction::triggered, this, &MainWindow::readOn);

    const QColor accent = palette().color(QPalette::Highlight);
    m_toggleReadAction = new QAction(ReaderIcons::dot(accent, false), QString(), this);
    m_toggleReadAction->setShortcut(QKeySequence(Qt::Key_M));
    connect(m_toggleReadAction, &QAction::triggered, this, &MainWindow::toggleRead);

    m_toggleStarAction = new QAction(ReaderIcons::star(), QString(), this);
    m_toggleStarAction->setShortcut(QKeySequence(Qt::Key_S));
    connect(m_toggleStarAction, &QAction::triggered, this, &MainWindow::toggleStar);

    m_markAllReadAction = new QAction(themeIcon(this, u"mail-mark-read"_s, QStyle::SP_DialogApplyButton),
                                      QString(), this);
    m_markAllReadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_markAllReadAction, &QAction::triggered, this, &MainWindow::markAllShownRead);

    // Single keys act where one reads: in the list and in the detail pane.
    // Elsewhere they stay keys (typing in a box, keyboard search in the
    // categories, Space on a button).
    for (QAction *action : {m_nextAction, m_previousAction, m_nextUnreadAction, m_readOnAction, m_toggleReadAction,
                            m_toggleStarAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_unreadOnlyAction = new QAction(ReaderIcons::dot(accent, true), QString(), this);
    m_unreadOnlyAction->setCheckable(true);
    m_unreadOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_unreadOnlyAction, &QAction::toggled, this, &MainWindow::applyFilter);

    m_starredOnlyAction = new QAction(ReaderIcons::star(), QString(), this);
    m_starredOnlyAction->setCheckable(true);
    m_starredOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_starredOnlyAction, &QAction::toggled, this, &MainWindow::applyFilter);

    auto *sortGroup = new QActionGroup(this);
    m_sortListingAction = new QAction(sortGroup);
    m_sortListingAction->setCheckable(true);
    m_sortListingAction->setChecked(true);
    m_sortTitleAction = new QAction(sortGroup);
    m_sortTitleAction->setCheckable(true);
    connect(sortGroup, &QActionGroup::triggered, this, &MainWindow::applyFilter);

    m_clearFiltersAction = new QAction(this);
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_clearFiltersAction, &QAction::triggered, this, &MainWindow::clearFilters);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // View → Language: the system's, or one chosen; the names of languages are
    // written in their own language and never translated.
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setObjectName(u"systemLanguageAction"_s);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        auto *action = new QAction(language.name, m_languageGroup);
        action->setObjectName(u"languageAction_"_s + language.code);
        action->setData(language.code);
    }
    for (QAction *action : m_languageGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_languages->choice());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](const QAction *action) { m_languages->setChoice(action->data().toString()); });
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_reimportAction);
    file->addAction(m_cancelImportAction);
    file->addAction(m_forgetWatchedAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    edit->addAction(m_findAction);
    edit->addAction(m_selectAllAction);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->addAction(m_unreadOnlyAction);
    view->addAction(m_starredOnlyAction);
    view->addSeparator();
    view->addAction(m_sortListingAction);
    view->addAction(m_sortTitleAction);
    view->addSeparator();
    view->addAction(m_clearFiltersAction);
    view->addSeparator();
    m_languageMenu = view->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addActions(m_languageGroup->actions().mid(1));

    QMenu *go = m_goMenu = menuBar()->addMenu(QString());
    go->addAction(m_nextAction);
    go->addAction(m_previousAction);
    go->addAction(m_nextUnreadAction);
    go->addAction(m_readOnAction);

    QMenu *item = m_itemMenu = menuBar()->addMenu(QString());
    item->addAction(m_toggleReadAction);
    item->addAction(m_toggleStarAction);
    item->addSeparator();
    item->addAction(m_markAllReadAction);

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(QString());
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    bar->setIconSize(QSize(icon, icon));
    bar->addAction(m_importFilesAction);
    bar->addAction(m_importFolderAction);
    bar->addAction(m_reimportAction);
    bar->addSeparator();
    bar->addAction(m_toggleReadAction);
    bar->addAction(m_toggleStarAction);
    bar->addAction(m_markAllReadAction);
    bar->addSeparator();
    bar->addAction(m_unreadOnlyAction);
    bar->addAction(m_starredOnlyAction);
}

void MainWindow::createPanes()
{
    auto *central = new QWidget(this);
    m_messageBar = new MessageBar(central);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);

    // Left: categories.
    auto *categoryPane = new QWidget(m_splitter);
    categoryPane->setObjectName(u"categoryPane"_s);
    m_categoryHeader = new QLabel(categoryPane);
    QFont headerFont = m_categoryHeader->font();
    headerFont.setBold(true);
    m_categoryHeader->setFont(headerFont);
    m_categoryFilterEdit = new QLineEdit(categoryPane);
    m_categoryFilterEdit->setObjectName(u"categoryFilterEdit"_s);
    m_categoryFilterEdit->setClearButtonEnabled(true);
    m_categoryFilterEdit->setAcceptDrops(false);
    m_categoryHeader->setBuddy(m_categoryFilterEdit);
    m_categoryView = new QListView(categoryPane);
    m_categoryView->setObjectName(u"categoryView"_s);
    m_categoryView->setModel(m_categoryProxy);
    m_categoryView->setItemDelegate(new CategoryDelegate(m_categoryView));
    m_categoryView->setUniformItemSizes(true);
    m_categoryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matchAllCheck = new QCheckBox(categoryPane);
    m_matchAllCheck->setObjectName(u"matchAllCheck"_s);
    auto *categoryLayout = new QVBoxLayout(categoryPane);
    categoryLayout->setContentsMargins(6, 6, 0, 6);
    categoryLayout->addWidget(m_categoryHeader);
    categoryLayout->addWidget(m_categoryFilterEdit);
    categoryLayout->addWidget(m_categoryView, 1);
    categoryLayout->addWidget(m_matchAllCheck);

    // Middle: search and the list, or an empty state.
    auto *listPane = new QWidget(m_splitter);
    listPane->setObjectName(u"listPane"_s);
    m_searchEdit = new QLineEdit(listPane);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAcceptDrops(false);
    m_searchEdit->addAction(m_clearSearchAction);
    const QIcon searchIcon = ReaderIcons::search(palette().color(QPalette::PlaceholderText));
    m_searchEdit->addAction(QIcon::fromTheme(u"edit-find"_s, searchIcon), QLineEdit::LeadingPosition);

    m_newsStack = new QStackedWidget(listPane);
    m_newsStack->setObjectName(u"newsStack"_s);
    m_newsView = new QListView(m_newsStack);
    m_newsView->setObjectName(u"newsView"_s);
    m_newsView->setModel(m_newsModel);
    m_newsView->setItemDelegate(new NewsDelegate(m_newsView));
    m_newsView->setUniformItemSizes(true);
    m_newsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_newsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_newsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_newsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_newsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_newsView->setMouseTracking(true);

    auto *emptyPage = new QWidget(m_newsStack);
    emptyPage->setObjectName(u"emptyPage"_s);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setObjectName(u"emptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyImportFilesButton = new QPushButton(m_importFilesAction->icon(), QString(), emptyPage);
    m_emptyImportFilesButton->setObjectName(u"emptyImportFilesButton"_s);
    connect(m_emptyImportFilesButton, &QPushButton::clicked, this, &MainWindow::chooseFiles);
    m_emptyImportFolderButton = new QPushButton(m_importFolderAction->icon(), QString(), emptyPage);
    m_emptyImportFolderButton->setObjectName(u"emptyImportFolderButton"_s);
    connect(m_emptyImportFolderButton, &QPushButton::clicked, this, &MainWindow::chooseFolder);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyImportFilesButton);
    emptyButtons->addWidget(m_emptyImportFolderButton);
    emptyButtons->addStretch();
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(3);

    auto *noResultsPage = new QWidget(m_newsStack);
    noResultsPage->setObjectName(u"noResultsPage"_s);
    m_noResultsTitle = new QLabel(noResultsPage);
    m_noResultsTitle->setFont(titleFont);
    m_noResultsTitle->setAlignment(Qt::AlignCenter);
    m_noResultsText = new QLabel(noResultsPage);
    m_noResultsText->setAlignment(Qt::AlignCenter);
    m_noResultsText->setWordWrap(true);
    m_clearFiltersButton = new QPushButton(noResultsPage);
    m_clearFiltersButton->setObjectName(u"clearFiltersButton"_s);
    connect(m_clearFiltersButton, &QPushButton::clicked, this, &MainWindow::clearFilters);
    auto *noResultsButtons = new QHBoxLayout;
    noResultsButtons->addStretch();
    noResultsButtons->addWidget(m_clearFiltersButton);
    noResultsButtons->addStretch();
    auto *noResultsLayout = new QVBoxLayout(noResultsPage);
    noResultsLayout->setContentsMargins(24, 24, 24, 24);
    noResultsLayout->addStretch(2);
    noResultsLayout->addWidget(m_noResultsTitle);
    noResultsLayout->addWidget(m_noResultsText);
    noResultsLayout->addSpacing(12);
    noResultsLayout->addLayout(noResultsButtons);
    noResultsLayout->addStretch(3);

    m_newsStack->insertWidget(ListPage, m_newsView);
    m_newsStack->insertWidget(EmptyPage, emptyPage);
    m_newsStack->insertWidget(NoResultsPage, noResultsPage);

    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 6, 0, 6);
    listLayout->addWidget(m_searchEdit);
    listLayout->addWidget(m_newsStack, 1);

    // Right: the current item.
    auto *detailPane = new QWidget(m_splitter);
    detailPane->setObjectName(u"detailPane"_s);
    m_detailView = new QTextBrowser(detailPane);
    m_detailView->setObjectName(u"detailView"_s);
    m_detailView->setOpenLinks(false);
    m_detailView->setOpenExternalLinks(false);
    m_detailView->setAcceptDrops(false);
    m_detailView->viewport()->setAcceptDrops(false);
    m_detailView->document()->setDocumentMargin(16);
    QFont readingFont = m_detailView->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.1);
    m_detailView->setFont(readingFont);
    connect(m_detailView, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Only web addresses leave the program; anything else in item text is ignored.
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http"_s || scheme == u"https"_s)
            QDesktopServices::openUrl(url);
    });

    // The single-key actions work while the list or the detail pane has focus.
    for (QAction *action : {m_nextAction, m_previousAction, m_nextUnreadAction, m_readOnAction, m_toggleReadAction,
                            m_toggleStarAction}) {
        m_newsView->addAction(action);
        m_detailView->addAction(action);
    }

    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 6, 6, 6);
    detailLayout->addWidget(m_detailView);

    m_splitter->addWidget(categoryPane);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(detailPane);
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
    setTabOrder(m_categoryFilterEdit, m_categoryView);
    setTabOrder(m_categoryView, m_matchAllCheck);
    setTabOrder(m_matchAllCheck, m_searchEdit);
    setTabOrder(m_searchEdit, m_newsView);
    setTabOrder(m_newsView, m_emptyImportFilesButton);
    setTabOrder(m_emptyImportFilesButton, m_emptyImportFolderButton);
    setTabOrder(m_emptyImportFolderButton, m_clearFiltersButton);
    setTabOrder(m_clearFiltersButton, m_detailView);

    // A visible focus on every pane, also an empty list and the detail pane.
    FocusFrame::install(m_categoryView);
    FocusFrame::install(m_newsView);
    FocusFrame::install(m_detailView);
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
    m_importProgress = new QProgressBar(bar);
    m_importProgress->setObjectName(u"importProgress"_s);
    m_importProgress->setMaximumWidth(180);
    m_importProgress->setTextVisible(true);
    m_importProgress->hide();
    m_cancelImportButton = new QToolButton(bar);
    m_cancelImportButton->setObjectName(u"cancelImportButton"_s);
    m_cancelImportButton->setDefaultAction(m_cancelImportAction);
    m_cancelImportButton->hide();
    bar->addWidget(m_messageLabel, 1);
    bar->addPermanentWidget(m_importProgress);
    bar->addPermanentWidget(m_cancelImportButton);
    bar->addPermanentWidget(m_countLabel);
    connect(m_statusTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("newsdesk"));

    m_importFilesAction->setText(tr("Import &Files…"));
    m_importFilesAction->setToolTip(tr("Import news listing files (%1)").arg(keys(m_importFilesAction)));
    m_importFolderAction->setText(tr("Import F&older…"));
    m_importFolderAction->setToolTip(
            tr("Import every listing in a folder and watch it for new files (%1)").arg(keys(m_importFolderAction)));
    m_reimportAction->setText(tr("&Re-import Watched Sources"));
    m_reimportAction->setIconText(tr("Re-import"));
    m_reimportAction->setToolTip(tr("Import the watched files and folders again (%1)").arg(keys(m_reimportAction)));
    m_reimportAction->setStatusTip(tr("Import the watched files and folders again"));
    m_cancelImportAction->setText(tr("&Cancel Import"));
    m_cancelImportAction->setStatusTip(tr("Stop the import after the current file"));
    m_forgetWatchedAction->setText(tr("F&orget Watched Sources"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_clearSearchAction->setText(tr("Clear Search"));
    m_selectAllAction->setText(tr("Select &All"));
    m_nextAction->setText(tr("&Next Item"));
    m_previousAction->setText(tr("&Previous Item"));
    m_nextUnreadAction->setText(tr("Next &Unread Item"));
    m_nextUnreadAction->setStatusTip(tr("Next unread item (wraps around)"));
    m_readOnAction->setText(tr("&Read On"));
    m_readOnAction->setStatusTip(tr("Page down in the item; at its end, go to the next one"));
    m_toggleReadAction->setText(tr("Toggle &Read"));
    m_toggleReadAction->setToolTip(tr("Mark the selected items read or unread (%1)").arg(keys(m_toggleReadAction)));
    m_toggleReadAction->setStatusTip(tr("Mark the selected items read or unread"));
    m_toggleStarAction->setText(tr("Toggle &Star"));
    m_toggleStarAction->setIconText(tr("Star"));
    m_toggleStarAction->setToolTip(tr("Star or unstar the selected items (%1)").arg(keys(m_toggleStarAction)));
    m_toggleStarAction->setStatusTip(tr("Star or unstar the selected items"));
    m_markAllReadAction->setText(tr("&Mark All Shown as Read"));
    m_markAllReadAction->setIconText(tr("All Read"));
    m_markAllReadAction->setToolTip(
            tr("Mark every item the list shows as read (%1)").arg(keys(m_markAllReadAction)));
    m_markAllReadAction->setStatusTip(tr("Mark every item the list shows as read"));
    m_unreadOnlyAction->setText(tr("Show Only &Unread"));
    m_unreadOnlyAction->setIconText(tr("Unread"));
    m_unreadOnlyAction->setToolTip(tr("Show only unread items (%1)").arg(keys(m_unreadOnlyAction)));
    m_starredOnlyAction->setText(tr("Show Only S&tarred"));
    m_starredOnlyAction->setIconText(tr("Starred"));
    m_starredOnlyAction->setToolTip(tr("Show only starred items (%1)").arg(keys(m_starredOnlyAction)));
    m_sortListingAction->setText(tr("Sort by &Listing Order"));
    m_sortTitleAction->setText(tr("Sort by &Title"));
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About newsdesk"));
    m_systemLanguageAction->setText(tr("&System Language"));
    if (m_exportController)
        m_exportController->retranslate(); // File → Export…/Print…, Edit → Copy

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_itemMenu->setTitle(tr("&Item"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_categoryHeader->setText(tr("&Categories"));
    m_categoryFilterEdit->setPlaceholderText(tr("Find a category"));
    m_categoryFilterEdit->setAccessibleName(tr("Find a category"));
    m_categoryView->setAccessibleName(tr("Categories"));
    m_matchAllCheck->setText(tr("Match &all checked categories"));
    m_matchAllCheck->setToolTip(tr("Off: items in any checked category. On: items in every checked category."));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search titles and summaries (%1)").arg(keys(m_findAction)));
    m_newsView->setAccessibleName(tr("News"));
    m_emptyImportFilesButton->setText(tr("Import &Files…"));
    m_emptyImportFolderButton->setText(tr("Import F&older…"));
    m_noResultsTitle->setText(tr("Nothing matches"));
    m_noResultsText->setText(tr("No item passes the search and the filters."));
    m_clearFiltersButton->setText(tr("&Clear Filters"));
    m_detailView->setAccessibleName(tr("Details"));

    statusBar()->setAccessibleName(tr("Status"));
    // A label's accessible name is its text: naming these would hide what they say.
    m_messageLabel->setAccessibleDescription(tr("Status message"));
    m_countLabel->setAccessibleDescription(tr("Item count"));
    m_importProgress->setAccessibleName(tr("Import progress"));

    // Texts that follow the state; category and item names are data, never translated.
    if (!m_loading) {
        updateStatus();
        updatePage();
        showItem(m_detailId != 0 ? m_newsView->currentIndex() : QModelIndex());
        m_categoryView->viewport()->update(); // "All categories"
        m_newsView->viewport()->update();
    }
}

void MainWindow::connectModels()
{
    connect(m_categoryModel, &CategoryModel::checkedCategoriesChanged, this, &MainWindow::applyFilter);
    connect(m_matchAllCheck, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_categoryFilterEdit, &QLineEdit::textChanged, m_categoryProxy,
            &CategoryFilterProxy::setFilterFixedString);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            m_searchTimer->start();
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);

    connect(m_newsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::syncCurrentItem);
    connect(m_newsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        syncCurrentItem();
        updateStatus();
    });
    connect(m_newsView, &QWidget::customContextMenuRequested, this, &MainWindow::showNewsContextMenu);
    connect(m_newsModel, &NewsListModel::stateChanged, this, &MainWindow::stateChanged);
    connect(m_newsModel, &NewsListModel::writeFailed, this, [this](const QString &error) {
        showStatus(tr("Could not save a change of read state or star: %1").arg(error));
    });
    // A search the worker counts: its rows past the first page come later.
    connect(m_newsModel, &NewsListModel::countReady, this, [this] {
        updateStatus();
        updatePage();
        if (m_pendingCurrent != 0 && m_newsModel->isComplete())
            restoreCurrent(m_pendingCurrent);
    });
    // A reset the window did not ask for (the cache changed under a list that
    // was still arriving) keeps the current item as one to restore.
    connect(m_newsModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_pendingCurrent = itemBeingRead();
    });
    // The current item of a list that knew only its first page.
    connect(m_newsModel, &NewsListModel::idsReady, this, [this] {
        if (m_pendingCurrent != 0)
            restoreCurrent(m_pendingCurrent);
    });
    connect(m_newsModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_newsView->currentIndex();
                if (m_detailId != 0 && current.isValid() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row() && m_newsModel->idAt(current.row()) == m_detailId)
                    showItem(current);
            });

    connect(m_importTask, &ImportTask::started, this, &MainWindow::importStarted);
    connect(m_importTask, &ImportTask::progress, this, &MainWindow::importProgress);
    connect(m_importTask, &ImportTask::finished, this, &MainWindow::importFinished);
    connect(m_watcher, &SourceWatcher::sourcesChanged, this, [this](const QStringList &sources) {
        showStatus(tr("Watched files changed: importing…"), 0);
        startImport(sources);
    });
}

// ---------------------------------------------------------------------------
// Settings

void MainWindow::loadSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(Key::Geometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(Key::State).toByteArray());
    m_splitter->restoreState(settings.value(Key::Splitter).toByteArray());
    m_categoryModel->setCheckedCategories(settings.value(Key::Categories).toStringList());
    m_matchAllCheck->setChecked(settings.value(Key::MatchAll, false).toBool());
    m_searchEdit->setText(settings.value(Key::Search).toString());
    const bool byTitle = settings.value(Key::Sort).toString() == u"title"_s;
    (byTitle ? m_sortTitleAction : m_sortListingAction)->setChecked(true);
    m_unreadOnlyAction->setChecked(settings.value(Key::UnreadOnly, false).toBool());
    m_starredOnlyAction->setChecked(settings.value(Key::StarredOnly, false).toBool());
    m_watcher->addSources(settings.value(Key::Watched).toStringList());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(Key::Geometry, saveGeometry());
    settings.setValue(Key::State, saveState());
    settings.setValue(Key::Splitter, m_splitter->saveState());
    settings.setValue(Key::Categories, m_categoryModel->checkedCategories());
    settings.setValue(Key::MatchAll, m_matchAllCheck->isChecked());
    settings.setValue(Key::Search, m_searchEdit->text());
    settings.setValue(Key::Sort, m_sortTitleAction->isChecked() ? u"title"_s : u"listing"_s);
    settings.setValue(Key::UnreadOnly, m_unreadOnlyAction->isChecked());
    settings.setValue(Key::StarredOnly, m_starredOnlyAction->isChecked());
    settings.setValue(Key::Watched, m_watcher->sources());
}

void MainWindow::showStoreError()
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open the Cache"),
                                tr("newsdesk could not open its cache, so there is nothing to show.\n\n%1")
                                        .arg(m_store.errorString()),
                                QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---------------------------------------------------------------------------
// Filtering

ItemFilter MainWindow::filterFromControls() const
{
    ItemFilter filter = m_newsModel->filter();
    filter.categories = m_categoryModel->checkedCategories();
    filter.match = m_matchAllCheck->isChecked() ? ItemFilter::Match::All : ItemFilter::Match::Any;
    filter.search = m_searchEdit->text();
    filter.unreadOnly = m_unreadOnlyAction->isChecked();
    filter.starredOnly = m_starredOnlyAction->isChecked();
    filter.sort = m_sortTitleAction->isChecked() ? ItemFilter::Sort::Title : ItemFilter::Sort::Listing;
    return filter;
}

const ItemFilter &MainWindow::currentFilter() const
{
    return m_newsModel->filter();
}

void MainWindow::applyFilter()
{
    if (m_loading)
        return;
    m_searchTimer->stop();
    const ItemFilter filter = filterFromControls();
    // The counts first (see the constructor), then the list.
    m_recountTimer->stop();
    keepCategoryCurrent([&] { m_categoryModel->setFilter(filter); });
    if (!(filter == m_newsModel->filter())) {
        const qint64 id = itemBeingRead();
        m_newsModel->setFilter(filter);
        restoreCurrent(id);
    }
    updateStatus();
    updatePage();
}

void MainWindow::clearFilters()
{
    {
        QScopedValueRollback loading(m_loading, true);
        m_categoryModel->clearChecked();
        m_searchEdit->clear();
        m_unreadOnlyAction->setChecked(false);
        m_starredOnlyAction->setChecked(false);
        m_categoryFilterEdit->clear();
    }
    applyFilter();
    m_newsView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::refreshModels()
{
    const qint64 id = itemBeingRead();
    m_totalItems = m_store.isOpen() ? m_store.itemCount() : 0;
    keepCategoryCurrent([this] { m_categoryModel->refresh(); }); // counts first, as in the constructor
    m_newsModel->refresh();
    restoreCurrent(id);
    updateStatus();
    updatePage();
}

void MainWindow::keepCategoryCurrent(const std::function<void()> &change)
{
    // A recount resets the category model (rows are sorted by count); keep
    // the category the keyboard was on.
    const QModelIndex current = m_categoryView->currentIndex();
    const bool hadCurrent = current.isValid();
    const QString name = current.data(CategoryModel::NameRole).toString();
    change();
    if (!hadCurrent || m_categoryView->currentIndex().isValid())
        return;
    const int row = name.isEmpty() ? 0 : m_categoryModel->rowOfCategory(name);
    if (row < 0)
        return;
    const QModelIndex index = m_categoryProxy->mapFromSource(m_categoryModel->index(row));
    if (index.isValid())
        m_categoryView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

// ---------------------------------------------------------------------------
// The list and the detail pane

qint64 MainWindow::currentId() const
{
    const QModelIndex current = m_newsView->currentIndex();
    return current.isValid() ? m_newsModel->idAt(current.row()) : 0;
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    const QItemSelection selection = m_newsView->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QList<int> rows = selectedRows();
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(m_newsModel->idAt(row));
    return ids;
}

void MainWindow::restoreCurrent(qint64 id, bool now)
{
    m_pendingCurrent = 0;
    int row = id != 0 ? m_newsModel->knownRowOfId(id) : -1;
    if (row < 0 && id != 0 && !m_newsModel->isComplete()) {
        if (!now) {
            // The list knows its first page only: the item stays in the detail
            // pane and becomes current when every id is there (idsReady()), so
            // the GUI thread does not read them all now.
            m_pendingCurrent = id;
            return;
        }
        row = m_newsModel->rowOfId(id);
    }
    if (row < 0) {
        showItem({});
        return;
    }
    QScopedValueRollback restoring(m_restoringCurrent, true);
    const QModelIndex index = m_newsModel->index(row);
    m_newsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_newsView->scrollTo(index);
    showItem(index);
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_newsModel->index(row);
    if (!index.isValid())
        return;
    m_newsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_newsView->scrollTo(index);
}

qint64 MainWindow::itemBeingRead() const
{
    return m_pendingCurrent != 0 ? m_pendingCurrent : currentId();
}

void MainWindow::settlePendingCurrent()
{
    // A key acts on the item being read: find its row now, whatever it costs.
    if (m_pendingCurrent != 0)
        restoreCurrent(m_pendingCurrent, true);
}

void MainWindow::moveCurrent(int delta)
{
    settlePendingCurrent();
    const int rows = m_newsModel->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_newsView->currentIndex();
    if (current.isValid() && !m_newsView->selectionModel()->isSelected(current)) {
        // A current row nobody chose yet (focus put it there): read it first.
        selectRow(current.row());
        return;
    }
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : (delta > 0 ? 0 : rows - 1);
    selectRow(row);
}

void MainWindow::nextUnread()
{
    settlePendingCurrent();
    const QModelIndex current = m_newsView->currentIndex();
    const int row = m_newsModel->nextUnread(current.isValid() ? current.row() : -1);
    if (row < 0) {
        showStatus(tr("No unread items in the list."));
        return;
    }
    selectRow(row);
}

void MainWindow::readOn()
{
    QScrollBar *bar = m_detailView->verticalScrollBar();
    if (m_detailId != 0 && bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    }
    moveCurrent(1);
}

void MainWindow::syncCurrentItem()
{
    // The view makes the first row current when it gets the focus, without
    // selecting it, and a click sets the current row before the selection:
    // the detail pane shows (and so reads) the current row once it is selected.
    const QModelIndex current = m_newsView->currentIndex();
    if (!current.isValid() || !m_newsView->selectionModel()->isSelected(current)) {
        if (m_detailId != 0 && m_pendingCurrent == 0) // (a pending item stays shown)
            showItem({});
        return;
    }
    m_pendingCurrent = 0; // a row chosen now wins over one still to be restored
    if (m_newsModel->idAt(current.row()) == m_detailId)
        return;
    if (!m_restoringCurrent && !current.data(NewsListModel::ReadRole).toBool())
        m_newsModel->setRead({current.row()}, true);
    showItem(current);
}

void MainWindow::showItem(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_detailId = 0;
        const QString text = m_newsModel->rowCount() > 0 ? tr("Select an item to read it.") : QString();
        m_detailView->setHtml(ItemHtml::placeholder(text, m_detailView->palette()));
        return;
    }
    const NewsItem item = m_newsModel->itemAt(index.row());
    QScrollBar *bar = m_detailView->verticalScrollBar();
    const bool sameItem = item.id == m_detailId;
    const int scroll = bar->value();
    m_detailId = item.id;
    m_detailView->setHtml(ItemHtml::toHtml(item, m_newsModel->filter().search, m_detailView->palette()));
    bar->setValue(sameItem ? scroll : 0);
}

QList<int> MainWindow::actionRows(int &probe) const
{
    // The selection, or the current row when nothing is selected; the
    // current row decides whether the action sets or clears the state.
    QList<int> rows = selectedRows();
    const QModelIndex current = m_newsView->currentIndex();
    if (rows.isEmpty() && current.isValid())
        rows = {current.row()};
    if (rows.isEmpty())
        return rows;
    const bool currentSelected = current.isValid() && std::binary_search(rows.cbegin(), rows.cend(), current.row());
    probe = currentSelected ? current.row() : rows.first();
    return rows;
}

void MainWindow::toggleRead()
{
    settlePendingCurrent();
    int probe = -1;
    const QList<int> rows = actionRows(probe);
    if (rows.isEmpty())
        return;
    const bool read = !m_newsModel->index(probe).data(NewsListModel::ReadRole).toBool();
    if (!m_newsModel->setRead(rows, read)) {
        showStatus(tr("Could not change the read state: %1").arg(m_store.errorString()));
        return;
    }
    showStatus(read ? tr("Marked %Ln item(s) as read.", nullptr, int(rows.size()))
                    : tr("Marked %Ln item(s) as unread.", nullptr, int(rows.size())));
}

void MainWindow::toggleStar()
{
    settlePendingCurrent();
    int probe = -1;
    const QList<int> rows = actionRows(probe);
    if (rows.isEmpty())
        return;
    const bool starred = !m_newsModel->index(probe).data(NewsListModel::StarredRole).toBool();
    if (!m_newsModel->setStarred(rows, starred)) {
        showStatus(tr("Could not change the star: %1").arg(m_store.errorString()));
        return;
    }
    showStatus(starred ? tr("Starred %Ln item(s).", nullptr, int(rows.size()))
                       : tr("Removed the star from %Ln item(s).", nullptr, int(rows.size())));
}

qint64 MainWindow::shownCount() const
{
    // While the worker counts a search, the list has only its first page.
    return m_newsModel->isCounting() ? m_store.itemCount(m_newsModel->filter()) : m_newsModel->rowCount();
}

void MainWindow::markAllShownRead()
{
    const int shown = int(shownCount());
    if (shown == 0)
        return;
    const qint64 id = currentId();
    if (!m_newsModel->markAllRead()) {
        showStatus(tr("Could not mark the items as read: %1").arg(m_store.errorString()));
        return;
    }
    if (currentId() != id)
        restoreCurrent(id); // the list was re-read (it showed only unread items)
    updateStatus();
    updatePage();
    showStatus(tr("Marked %Ln item(s) as read.", nullptr, shown));
}

void MainWindow::stateChanged()
{
    // Counts follow the read/starred filter; otherwise they cannot change.
    // Coalesced: reading with J through the list changes the state at every key.
    const ItemFilter &filter = m_newsModel->filter();
    if (filter.unreadOnly || filter.starredOnly)
        m_recountTimer->start();
}

void MainWindow::showNewsContextMenu(const QPoint &pos)
{
    if (!m_newsView->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_toggleReadAction);
    menu.addAction(m_toggleStarAction);
    menu.addSeparator();
    menu.addAction(m_markAllReadAction);
    menu.exec(m_newsView->viewport()->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------
// Importing

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import News Listings"), QString(),
                                                            tr("News listings (*.txt);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of News Listings"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_watcher->addSources(paths);
    startImport(paths);
}

void MainWindow::reimportWatched()
{
    const QStringList sources = m_watcher->sources();
    if (sources.isEmpty()) {
        showStatus(tr("No watched files or folders yet: use File → Import first."));
        return;
    }
    startImport(sources);
}

void MainWindow::forgetWatched()
{
    const int count = int(m_watcher->sources().size());
    m_watcher->clear();
    showStatus(tr("Stopped watching %n source(s); their items stay in the cache.", nullptr, count));
}

QStringList MainWindow::watchedSources() const
{
    return m_watcher->sources();
}

bool MainWindow::isImporting() const
{
    return m_importTask && m_importTask->isRunning();
}

void MainWindow::startImport(const QStringList &paths)
{
    if (!m_store.isOpen()) {
        showStatus(tr("No cache is open, so nothing can be imported."));
        return;
    }
    m_importTask->start(m_databasePath, paths);
    updatePage();
}

void MainWindow::importStarted()
{
    m_importProgress->setRange(0, 0);
    m_importProgress->show();
    m_cancelImportAction->setEnabled(true);
    m_cancelImportButton->show();
    if (!m_sampleImport)
        showStatus(tr("Importing…"), 0);
}

void MainWindow::importProgress(int done, int total, const QString &file)
{
    if (done < 0) { // writing the search index
        m_importProgress->setRange(0, 0);
        m_importProgress->setToolTip(QString());
        if (!m_sampleImport)
            showStatus(tr("Updating the search index…"), 0);
        return;
    }
    m_importProgress->setRange(0, total);
    m_importProgress->setValue(done);
    m_importProgress->setFormat(tr("%L1 of %Ln file(s)", nullptr, total).arg(done));
    m_importProgress->setToolTip(file);
    if (!m_sampleImport)
        showStatus(tr("Importing %1…").arg(QFileInfo(file).fileName()), 0);
}

void MainWindow::importFinished(const ImportReport &report)
{
    const bool sample = std::exchange(m_sampleImport, false);
    m_importProgress->hide();
    m_cancelImportButton->hide();
    m_cancelImportAction->setEnabled(false);

    // The list was hidden behind the empty page while the cache was empty,
    // so the focus went elsewhere: give it to the news now that it shows.
    const bool wasEmpty = m_totalItems == 0;
    if (report.changedCache() || wasEmpty)
        refreshModels();
    else
        updatePage();
    if (wasEmpty && m_totalItems > 0 && isActiveWindow() && m_newsView->isVisible()
        && (!QApplication::focusWidget() || QApplication::focusWidget() == m_categoryFilterEdit))
        m_newsView->setFocus();

    QStringList details;
    for (const Diagnostic &diagnostic : report.diagnostics)
        details.append(diagnostic.toString());
    if (!report.error.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("The import stopped: %1").arg(report.error), details);
    } else if (report.hasRejections()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("%n file(s) could not be imported: they are not news listings. "
                                     "Show the details for the reason of each.",
                                     nullptr, int(report.rejected.size())),
                                  details);
    }

    QString status;
    if (report.cancelled) {
        status = tr("Import cancelled; the files read so far are in the cache.");
    } else if (sample) {
        status = tr("Imported the bundled sample news (%Ln item(s)). Use File → Import to add your own listings.",
                    nullptr, int(report.itemsTotal));
    } else if (!report.imported.isEmpty()) {
        status = tr("Imported %n file(s)", nullptr, int(report.imported.size())) + u"; "_s
                + tr("%Ln new item(s).", nullptr, int(report.itemsNew));
    } else if (!report.removed.isEmpty()) {
        status = tr("%n file(s) no longer exist; their items left the cache.", nullptr, int(report.removed.size()));
    } else if (report.hasRejections()) {
        status = tr("Nothing imported.");
    } else if (report.error.isEmpty()) {
        status = tr("No changes: %n file(s) already up to date.", nullptr, int(report.skipped.size()));
    }
    if (!status.isEmpty())
        showStatus(status, sample ? 15000 : 8000);
}

// ---------------------------------------------------------------------------
// Drag and drop

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && m_store.isOpen())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && m_store.isOpen())
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
    if (!m_store.isOpen()) {
        m_countLabel->setText(tr("No cache"));
        return;
    }
    const int shown = m_newsModel->rowCount();
    QString text = m_newsModel->isCounting()
            ? tr("Counting matches…")
            : m_newsModel->filter().isEmpty() && shown == m_totalItems
            ? tr("%Ln item(s)", nullptr, shown)
            : tr("%L1 of %Ln item(s)", nullptr, int(m_totalItems)).arg(shown);
    qsizetype selected = 0;
    const QItemSelection selection = m_newsView->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    if (selected > 1)
        text = tr("%1, %Ln selected", nullptr, int(selected)).arg(text);
    m_countLabel->setText(text);
}

void MainWindow::updatePage()
{
    Page page = ListPage;
    if (!m_store.isOpen()) {
        page = EmptyPage;
        m_emptyTitle->setText(tr("No cache"));
        m_emptyText->setText(m_store.errorString());
        m_emptyImportFilesButton->hide();
        m_emptyImportFolderButton->hide();
    } else if (m_totalItems == 0) {
        page = EmptyPage;
        if (isImporting()) {
            m_emptyTitle->setText(tr("Importing…"));
            m_emptyText->setText(tr("The news will show here as soon as the import is done."));
        } else {
            m_emptyTitle->setText(tr("No news yet"));
            m_emptyText->setText(tr("Import news listing files or a folder of them. "
                                    "You can also drop files and folders on this window."));
        }
        m_emptyImportFilesButton->show();
        m_emptyImportFolderButton->show();
    } else if (m_newsModel->rowCount() == 0) {
        page = NoResultsPage;
    }
    const bool hadFocus = m_newsStack->currentWidget() && m_newsStack->currentWidget()->hasFocus();
    m_newsStack->setCurrentIndex(page);
    if (hadFocus && page == ListPage)
        m_newsView->setFocus(Qt::OtherFocusReason);
    const bool hasRows = m_newsModel->rowCount() > 0;
    for (QAction *action : {m_nextAction, m_previousAction, m_nextUnreadAction, m_readOnAction, m_toggleReadAction,
                            m_toggleStarAction, m_markAllReadAction, m_selectAllAction})
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
    QList<ShortcutsDialog::Shortcut> rows;
    const auto add = [&rows](QAction *action) {
        if (!action->shortcut().isEmpty()) {
            const QString description = action->statusTip().isEmpty() ? plainText(action) : action->statusTip();
            rows.append({action->shortcut().toString(QKeySequence::NativeText), description});
        }
    };
    rows.append({tr("Up, Down"), tr("Previous or next item")});
    for (QAction *action : {m_nextAction, m_previousAction, m_nextUnreadAction, m_readOnAction})
        add(action);
    for (QAction *action : {m_toggleReadAction, m_toggleStarAction, m_markAllReadAction})
        add(action);
    rows.append({tr("Shift+Click, Ctrl+Click"), tr("Extend the selection")});
    for (QAction *action : {m_selectAllAction, m_findAction})
        add(action);
    rows.append({QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Clear the search")});
    rows.append({QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
                 tr("Check or uncheck a category (in the category list)")});
    for (QAction *action : {m_unreadOnlyAction, m_starredOnlyAction, m_clearFiltersAction, m_importFilesAction,
                            m_importFolderAction, m_reimportAction})
        add(action);
    for (QAction *action : {m_exportController->exportAction(), m_exportController->printAction(),
                            m_exportController->copyAction(), m_shortcutsAction, m_quitAction})
        add(action);

    auto *dialog = new ShortcutsDialog(rows, this);
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
    const bool paletteChanged =
            event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
    if (paletteChanged && m_detailView)
        showItem(m_detailId != 0 ? m_newsView->currentIndex() : QModelIndex());
    if (event->type() == QEvent::LanguageChange && m_toolBar)
        retranslateUi();
}
