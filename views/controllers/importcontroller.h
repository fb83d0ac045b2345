#pragma once

#include "views/panes/messagebar.h"

#include <QObject>
#include <QStringList>

#include <functional>

class ImportTask;
class QAction;
class QProgressBar;
class QToolButton;
class QWidget;
class SourceWatcher;
struct ImportReport;
struct RemovalReport;

// Imports for the reader window: File → Import Files…/Folder…, the watched
// sources and their re-import, the progress and the cancel button in the
// status bar, and the words for what an import did. It reaches the window
// only through Window, a small set of callbacks.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    struct Window
    {
        QString databasePath;
        std::function<bool()> cacheOpen;
        // Items an interrupted import left for the search index.
        std::function<qint64()> pendingIndexItems;
        // A line in the status bar for timeoutMs (0: until the next one).
        std::function<void(const QString &text, int timeoutMs)> showStatus;
        // A message above the panes, with details a person may open and buttons.
        std::function<void(MessageBar::Kind kind, const QString &text, const QStringList &details,
                           const QList<MessageBar::Action> &actions)>
                showMessage;
    };

    // cancelAction is the window's File → Cancel Import; window is the parent
    // of the controller and of its file dialogs.
    ImportController(const Window &window, QAction *cancelAction, QWidget *parent);
    ~ImportController() override; // cancels a running import and waits for it

    // For the status bar.
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancelButton; }

    QStringList watchedSources() const;
    void watch(const QStringList &sources);
    // No longer watches source (a file or folder given to watch()); false
    // when it was not watched. Its items stay in the cache.
    bool stopWatching(const QString &source);
    // Removes listing files from the archive after the import running now
    // (ImportTask::startRemoval); removalFinished() says what it did.
    void removeFiles(const QStringList &paths);
    bool isImporting() const;

    // At the start: the sample into an empty cache on the first run, the
    // watched sources (they may have changed), the items an interrupted
    // import left for the index, then paths.
    void startUp(bool cacheEmpty, const QStringList &paths);
    // Imports files or folders and watches them.
    void importPaths(const QStringList &paths);
    // Rebuilds a new cache (a damaged one was set aside) from the sources its
    // state database remembers: imported, not added to the watched sources.
    void rebuild(const QStringList &sources);
    void chooseFiles();
    void chooseFolder();
    void reimportWatched();
    void forgetWatched();

    void retranslate();

Q_SIGNALS:
    void started();
    // Before the report is worded: the window reads the cache again.
    void finished(const ImportReport &report);
    // After finished(): files that changed in a watched folder brought count
    // new items, all stored by the cache at or after since (ms since the
    // epoch; ItemFilter::newSince shows them).
    void watchedItemsArrived(qint64 count, qint64 since);
    // removeFiles() is done (report.error: it failed, nothing was removed).
    void removalFinished(const RemovalReport &report);
    // The watched sources changed (stopWatching()).
    void watchedChanged(const QStringList &sources);

private:
    // Who asked for an import: the warnings about files that are not
    // listings say again what the person was told already only when the
    // person asked (see RejectedFiles).
    enum Origin { ByPerson = 0x1, Sources = 0x2, Changes = 0x4 };
    void startImport(const QStringList &paths, Origin origin);
    void reportRejections(const ImportReport &report, const QStringList &otherDetails);
    void showProblems(const QStringList &details);
    void importStarted();
    void importProgress(int done, int total, const QString &file);
    void importWaiting(qint64 pid);
    void importFinished(const ImportReport &report);
    void reportMessage(const ImportReport &report);
    QString reportStatus(const ImportReport &report, bool sample) const;

    Window m_window;
    QWidget *m_parent;
    QAction *m_cancelAction;
    ImportTask *m_task;
    SourceWatcher *m_watcher;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    bool m_sampleImport = false;
    int m_queuedOrigins = 0; // of the paths the next run takes
    int m_runOrigins = 0;    // of the run now
    qint64 m_runStartedAt = 0;
};
