#pragma once

#include "models/store/itemfilter.h"

#include <QMainWindow>

class CategoryPane;
class DetailPane;
class ExportController;
class ImportController;
class LanguageManager;
class MessageBar;
class NewsPane;
class QLabel;
class QModelIndex;
class QSplitter;
class QTimer;
class ReaderSession;
class WindowActions;
struct ImportReport;

// The reader window: categories on the left (CategoryPane), the news list in
// the middle (NewsPane), the current item on the right (DetailPane). It holds
// a ReaderSession (the cache and the item models) and wires the panes, the
// actions (WindowActions) and the controllers for imports and exports.
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
    void createPanes();
    void createStatusBar();
    void createControllers();
    void connectActions();
    void connectPanes();
    // Sets every text a person reads, in the current language: at the start and
    // on QEvent::LanguageChange (View → Language switches the open window).
    void retranslateUi();
    void loadSettings();
    void saveSettings() const;
    void openCache(const QStringList &paths);
    void showStoreError();

    ItemFilter filterFromControls() const;
    void applyFilter();
    void refreshModels();
    void importFinished(const ImportReport &report);

    void showItem(const QModelIndex &index);
    void readOn();
    void toggleRead();
    void toggleStar();
    // The rows toggleRead()/toggleStar() act on, and whether role is set on them now.
    QList<int> rowsToToggle(int role, bool &set);
    void markAllShownRead();

    void updateStatus();
    void updatePage();
    void showStatus(const QString &text, int timeoutMs = 6000);
    void showShortcuts();
    void showAbout();

    LanguageManager *m_languages = nullptr;
    QString m_databasePath;
    ReaderSession *m_session = nullptr;
    WindowActions *m_actions = nullptr;
    ImportController *m_importController = nullptr;
    ExportController *m_exportController = nullptr; // File → Export…/Print…, Edit → Copy
    bool m_loading = true;

    MessageBar *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    CategoryPane *m_categoryPane = nullptr;
    NewsPane *m_newsPane = nullptr;
    DetailPane *m_detailPane = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_statusTimer = nullptr;
};
