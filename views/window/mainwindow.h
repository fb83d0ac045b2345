#pragma once

#include "models/store/itemfilter.h"
#include "views/controllers/organisecontroller.h"
#include "views/panes/messagebar.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class CategoryPane;
class DetailPane;
class ExportController;
class FilterController;
class ImportController;
class LanguageManager;
class NewsPane;
class Notifier;
class PaneCycler;
class SidePane;
class StateTransfer;
class QModelIndex;
class ReaderPanes;
class ReaderSession;
class ReadingController;
class StatusBar;
class TrayIcon;
class UndoController;
class WindowActions;
struct ImportReport;

// The reader window: the side pane on the left (SidePane: saved views,
// labels, categories and sources), the news list in the middle (NewsPane),
// the current item on the right (DetailPane), laid out by ReaderPanes, a
// StatusBar below. It holds a ReaderSession (the cache and
// the item models) and wires the panes, the actions (WindowActions) and the
// controllers: the filter (FilterController), reading (ReadingController),
// imports (ImportController, also of files dropped: FileDrop) and exports.
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

    // The desktop notifications the window sends (new items from a watched
    // folder while it is minimised or hidden); tests put their own in.
    void setNotifier(std::unique_ptr<Notifier> notifier);

public Q_SLOTS:
    // Imports files or folders on the worker thread and watches them.
    void importPaths(const QStringList &paths);
    // Another start of newsdesk on this cache asked for the window
    // (SingleInstance): it comes forward and imports paths (may be empty).
    void bringForward(const QStringList &paths);
    void clearFilters();

Q_SIGNALS:
    // The person chose another archive (File → Connect to a Shared Archive…,
    // or "Use the Local Cache"): remembered already (ArchiveChoice); the
    // application opens a window on it in place of this one (windowmain.cpp).
    void archiveChosen(const QString &location);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createControllers();
    void connectActions();
    void connectPanes();
    // View: zoom, compact list, layout, category pane, full screen; Esc;
    // Settings → Configure Shortcuts…
    void connectViewActions();
    // The category pane's context menu: only that category, or export it.
    void connectCategoryMenu();
    // Sets every text a person reads, in the current language: at the start and
    // on QEvent::LanguageChange (View → Language switches the open window).
    void retranslateUi();
    void loadSettings();
    void saveSettings() const;
    void openCache(const QStringList &paths);
    void showStoreError();
    // A read of the open cache failed: the message bar says so (never "0 items" alone).
    void showReadError(const QString &error);
    // A read found the cache damaged: it is rebuilt at the next start.
    void showDamage(const QString &error);

    void refreshModels();
    void importFinished(const ImportReport &report);
    // An import changed the items: the undo history is forgotten; what to
    // tell the person, or empty when there was none.
    QString forgetUndoHistory();
    // An import elsewhere changed the cache: read it again, keeping the item being read.
    void importedElsewhere();
    void showItem(const QModelIndex &index);

    // The count in the status bar, the list's page and the actions that need rows.
    void listChanged();
    void updateStatus();
    // "newsdesk — 38 unread" (the cache's unread items).
    void updateTitle();
    void updatePage();
    void showShortcuts();
    void configureShortcuts();
    // The list's and the item's text steps from the normal size, clamped.
    void setZoom(int steps);
    void setFullScreen(bool on);
    // Esc anywhere in the window: the search is emptied (and then the list has
    // the focus).
    void clearSearch();
    // Where the window's Esc acts (everywhere but the search box).
    QList<QWidget *> escapeWidgets() const;
    // The actions that show the layout, the category pane and full screen, as they are.
    void syncViewActions();
    // ReaderSession::recordVisit() once, when the window closes (or goes).
    void recordVisit();

    // Undo (issue 15): Edit → Undo/Redo follow the UndoController; its notices.
    void createUndo();
    // Notifications and the tray icon (issue 15).
    void createNotifications();
    void connectNotifier();
    // A watched folder's import brought count items stored since then.
    void watchedItemsArrived(qint64 count, qint64 since);
    // A notification was clicked: the window comes forward on those items.
    void showArrivedItems();

    // Organising (issue 16; mainwindoworganise.cpp): the OrganiseController
    // and File → Export/Import Your Data (StateTransfer).
    void createOrganising();
    void connectOrganiseActions();
    // Item → Labels and keys 1–9 follow the cache's labels.
    void updateLabelActions();
    // Enabled as the selection and the view shown allow.
    void updateOrganiseActions();
    // The items an organising action acts on: the selection, or the current item.
    QList<qint64> actionIds() const;
    bool confirm(const QString &title, const QString &text, const QString &informative, const QString &acceptText);
    std::optional<Label> editLabel(OrganiseController::LabelEdit edit, const Label &label);
    std::optional<QString> askViewName(const QString &name, const ItemFilter &filter);

    // The shared archive (issue 17; mainwindowshared.cpp).
    void connectSharedArchive();
    void showConnectDialog();
    // Remembers the choice (empty: the local cache) and opens it.
    void chooseArchive(const QString &location);
    // Opens the archive again (it could not be opened) or reads it again.
    void retryArchive();
    // Retry, Connect… (when connectAgain), Use the Local Cache.
    QList<MessageBar::Action> archiveActions(bool connectAgain);
    // The window's archive: a cache file at once; a shared archive once a
    // trial off the GUI thread answered (ReaderSession::tryOpen), the window
    // saying meanwhile that it is connecting; then openCache(paths).
    void openArchive(const QStringList &paths);
    void connectArchive(const QStringList &paths);
    void archiveTried(bool opened, bool needsPassword, const QString &error, const QStringList &paths);
    void setImportsEnabled(bool enabled);
    // The connect dialog, asking for the password at once (why: the server's refusal).
    void askPassword(const QString &why);
    // After a failed read: whether the server now refuses the password (changed since), off the GUI thread.
    void checkPassword();
    void showArchiveOpenError();
    void showArchiveUnreachable(const QString &error);
    void showArchiveReadError(const QString &error);
    void archiveAnswersAgain();

    LanguageManager *m_languages = nullptr;
    QString m_databasePath;
    ReaderSession *m_session = nullptr;
    quint64 m_connectAttempt = 0; // a trial's answer counts only while it is the last one asked
    bool m_checkingPassword = false;
    WindowActions *m_actions = nullptr;
    FilterController *m_filters = nullptr;
    ReadingController *m_reading = nullptr;
    ImportController *m_importController = nullptr;
    ExportController *m_exportController = nullptr; // File → Export…/Print…, Edit → Copy
    UndoController *m_undo = nullptr;
    OrganiseController *m_organise = nullptr;
    StateTransfer *m_stateTransfer = nullptr;
    TrayIcon *m_trayIcon = nullptr;
    std::unique_ptr<Notifier> m_notifier;
    qint64 m_arrivedCount = 0; // new items notified since the window was last in front
    qint64 m_arrivedSince = 0; // when the first of them came
    bool m_loading = true;
    bool m_visitRecorded = false;

    ReaderPanes *m_panes = nullptr; // the message bar and the splitter
    SidePane *m_sidePane = nullptr;
    PaneCycler *m_paneCycler = nullptr; // F6 / Shift+F6
    CategoryPane *m_categoryPane = nullptr; // in the side pane's Categories tab
    NewsPane *m_newsPane = nullptr;
    DetailPane *m_detailPane = nullptr;
    StatusBar *m_statusBar = nullptr;
};
