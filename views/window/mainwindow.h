#pragma once

#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"

#include <QMainWindow>

#include <functional>

class CategoryFilterProxy;
class CategoryModel;
class ExportController;
class ImportTask;
class LanguageManager;
class MessageBar;
class NewsListModel;
class SourceWatcher;
class QAction;
class QActionGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class StoreWorker;
class QToolBar;
class QToolButton;
struct ImportReport;

// The reader window: categories on the left, the news list in the middle, the
// current item on the right. It owns the GUI thread's connection to the cache
// and hands it to the models; imports run on a worker through ImportTask.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &databasePath, const QStringList &paths = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The selected items in list order: what an export exports.
    QList<qint64> selectedIds() const;
    // The filter the list shows now.
    const ItemFilter &currentFilter() const;

    QStringList watchedSources() const;
    bool isImporting() const;

public Q_SLOTS:
    // Imports files or folders on the worker thread and watches them.
    void importPaths(const QStringList &paths);
    void clearFilters();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Page { ListPage, EmptyPage, NoResultsPage };

    void createActions();
    void createMenus();
    void createToolBar();
    void createPanes();
    void createStatusBar();
    // Sets every text a person reads, in the current language: at the start and
    // on QEvent::LanguageChange (View → Language switches the open window).
    void retranslateUi();
    void connectModels();
    void loadSettings();
    void saveSettings() const;
    void showStoreError();

    // Filtering.
    ItemFilter filterFromControls() const;
    void applyFilter();
    void refreshModels();
    void keepCategoryCurrent(const std::function<void()> &change);

    // The list and the detail pane.
    qint64 currentId() const;
    QList<int> selectedRows() const;
    // Makes id the current row; one past the ids the list knows yet waits for
    // them (m_pendingCurrent), unless now.
    void restoreCurrent(qint64 id, bool now = false);
    // The current item, or the one restoreCurrent() left pending.
    qint64 itemBeingRead() const;
    // Makes an item restoreCurrent() left pending current now (before a key acts).
    void settlePendingCurrent();
    void selectRow(int row);
    void moveCurrent(int delta);
    void nextUnread();
    void readOn();
    void syncCurrentItem();
    void showItem(const QModelIndex &index);
    QList<int> actionRows(int &probe) const;
    void toggleRead();
    void toggleStar();
    // The rows the list shows (all of them, also while the worker counts).
    qint64 shownCount() const;
    void markAllShownRead();
    void stateChanged();
    void showNewsContextMenu(const QPoint &pos);

    // Importing.
    void chooseFiles();
    void chooseFolder();
    void reimportWatched();
    void forgetWatched();
    void startImport(const QStringList &paths);
    void importStarted();
    void importProgress(int done, int total, const QString &file);
    void importFinished(const ImportReport &report);

    // Status and empty states.
    void updateStatus();
    void updatePage();
    void showStatus(const QString &text, int timeoutMs = 6000);
    void showShortcuts();
    void showAbout();

    LanguageManager *m_languages = nullptr;
    QString m_databasePath;
    NewsStore m_store;
    StoreWorker *m_reader = nullptr; // a second connection for slow reads
    qint64 m_totalItems = 0;
    qint64 m_detailId = 0;
    bool m_loading = true;
    bool m_restoringCurrent = false;
    qint64 m_pendingCurrent = 0; // restoreCurrent() waits for the list's ids
    bool m_sampleImport = false;

    NewsListModel *m_newsModel = nullptr;
    CategoryModel *m_categoryModel = nullptr;
    CategoryFilterProxy *m_categoryProxy = nullptr;
    ImportTask *m_importTask = nullptr;
    SourceWatcher *m_watcher = nullptr;
    ExportController *m_exportController = nullptr; // File → Export…/Print…, Edit → Copy
    QTimer *m_searchTimer = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_recountTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_itemMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QSplitter *m_splitter = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_categoryHeader = nullptr;
    QLineEdit *m_categoryFilterEdit = nullptr;
    QListView *m_categoryView = nullptr;
    QCheckBox *m_matchAllCheck = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QStackedWidget *m_newsStack = nullptr;
    QListView *m_newsView = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImportFilesButton = nullptr;
    QPushButton *m_emptyImportFolderButton = nullptr;
    QLabel *m_noResultsTitle = nullptr;
    QLabel *m_noResultsText = nullptr;
    QPushButton *m_clearFiltersButton = nullptr;
    QTextBrowser *m_detailView = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImportButton = nullptr;

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_reimportAction = nullptr;
    QAction *m_cancelImportAction = nullptr;
    QAction *m_forgetWatchedAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearSearchAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextUnreadAction = nullptr;
    QAction *m_readOnAction = nullptr;
    QAction *m_toggleReadAction = nullptr;
    QAction *m_toggleStarAction = nullptr;
    QAction *m_markAllReadAction = nullptr;
    QAction *m_unreadOnlyAction = nullptr;
    QAction *m_starredOnlyAction = nullptr;
    QAction *m_sortListingAction = nullptr;
    QAction *m_sortTitleAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
};
