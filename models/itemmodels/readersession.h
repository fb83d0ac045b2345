#pragma once

#include "models/store/itemfilter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/savedview.h"
#include "models/store/newsstore.h"
#include "models/support/latestrequest.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class LabelModel;
class QTimer;
class SavedViewModel;
class SourceModel;
class StoreWorker;

// What a reader window reads: the GUI thread's connection to the cache, the
// worker with a second connection for slow reads and the reader state, and
// the two item models over them. Views hold a session, never a NewsStore:
// counts and ids come from here and from the models.
class ReaderSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderSession)

public:
    explicit ReaderSession(QObject *parent = nullptr);
    ~ReaderSession() override; // the models let go of the store before it closes

    // Opens the cache at path and shows filter; on failure errorString() says
    // why. A cache found damaged is set aside (setAsideAs()) and a new, empty
    // one opened in its place, for the window to rebuild from
    // rememberedSources() through its import.
    bool open(const QString &path, const ItemFilter &filter);
    // Where open() set a damaged cache aside, or empty; damageError() was the damage.
    QString setAsideAs() const { return m_setAsideAs; }
    QString damageError() const { return m_damageError; }
    // The listing files and folders the state database remembers for this cache.
    QStringList rememberedSources() const;
    // What the person must be told about the last open() (a restored state database).
    QStringList notices() const { return m_store.notices(); }
    bool isOpen() const;
    QString databasePath() const { return m_path; }
    // Whether the session is on a shared archive (postgresql://…, docs/TEAM.md).
    bool isShared() const { return NewsStore::isShared(m_path); }
    // The shared archive as the window names it ("alice@host/news"); empty for a cache file.
    QString archiveName() const { return archiveName(m_path); }
    static QString archiveName(const QString &location);

    // Whether location opens (a shared archive: the server answers and the
    // archive is one this newsdesk reads), tried on this thread and closed
    // again. password (when not empty) is used for every connection of this
    // process to that archive from now on, in memory only, if it opened.
    struct Trial
    {
        bool opened = false;
        bool needsPassword = false; // the server asked for one none gave (StoreFailure::Password)
        QString error;              // a sentence naming the archive
    };
    static Trial tryOpen(const QString &location, const QString &password = {});
    QString errorString() const;

    NewsListModel *newsModel() const { return m_newsModel; }
    CategoryModel *categoryModel() const { return m_categoryModel; }
    // The side pane's models: the labels (their check state is the label
    // filter: the window's FilterController reads it), the saved views (and
    // the Hidden view), the sources. Kept in step with the list: marks move
    // their numbers, writes and imports read them again.
    LabelModel *labelModel() const { return m_labelModel; }
    SavedViewModel *savedViewModel() const { return m_savedViewModel; }
    SourceModel *sourceModel() const { return m_sourceModel; }

    // The person's organising writes. Each is written by the worker (never
    // waiting on this thread, also while an import holds the cache's write
    // lock); then the affected models are read again and the signal below
    // says it is done, or writeFailed(error) (error names the cache) says
    // it was not written. Names are normalised and checked by the store
    // (empty, too long, taken: writeFailed with the store's sentence).
    // A new label (label.id 0; an empty colour: the store picks one): labelCreated().
    void createLabel(const Label &label);
    // Renames, recolours or moves the label label.id: labelUpdated().
    void updateLabel(const Label &label);
    // Deletes the label and takes it off its items: labelDeleted() with what
    // restoreLabel() needs to undo it.
    void deleteLabel(qint64 id);
    void restoreLabel(const Label &label, const MarkChange &carried);
    // Sets the item's note (empty text removes it): noteSaved(); the list's
    // row shows it at once.
    void setNote(qint64 id, const QString &text);
    // Stores the view (id 0: a new one, last): viewSaved() with its id and position.
    void saveView(const SavedView &view);
    void deleteView(qint64 id);
    // Keeps the views in this order (SavedViewModel::orderChanged()):
    // viewsChanged(). Not written: writeFailed(), and the views are read
    // again (the pane shows the order kept).
    void reorderViews(const QList<SavedView> &views);
    // Keeps the labels in this order (LabelModel::orderChanged()): labelsChanged(); keys 1-9 follow it.
    // Not written: writeFailed(), and the labels are read again.
    void reorderLabels(const QList<Label> &labels);
    // Forgets every hidden item for good: hiddenForgotten(count).
    void forgetHidden();

    // The filter the list shows.
    const ItemFilter &filter() const;
    // The counts follow filter at once, the list when it differs from the one
    // shown; returns whether it did (the list was reset).
    bool setFilter(const ItemFilter &filter);
    // Everything read again with the same filter (after an import).
    void refresh();

    // Items in the cache, as of the last open() or refresh().
    qint64 totalCount() const { return m_total; }
    // Items the list shows; nothing while the worker counts them
    // (NewsListModel::countReady() says when it is known).
    std::optional<qint64> shownCount() const;
    // Unread items in the cache: right at once after a mark (the marked
    // rows' previous state), confirmed by a count on the worker;
    // countsChanged() when it changes. 0 until the first count arrived.
    qint64 unreadTotal() const { return m_unreadTotal; }
    // When the person last visited this cache, as open() found it (ms since
    // the epoch; 0 on a first visit): the list marks the items that arrived
    // since (NewsListModel::setNewSince()).
    qint64 previousVisit() const { return m_previousVisit; }
    // Records now as the last visit (the window calls it when it closes);
    // false with errorString() when it could not be written. On a shared
    // archive the worker writes it (a failure is logged): true once asked.
    bool recordVisit();
    // Items an interrupted import left for the search index.
    qint64 pendingIndexItems() const;
    // Why a read failed since the last open() or refresh(), or empty.
    QString readFailure() const { return m_lastReadFailure; }

    // How often the session looks whether an import elsewhere (another
    // process, or this one's ImportTask) changed the cache: importedElsewhere().
    static constexpr int ChangePollMs = 2000;
    // A store that tells of imports by itself (a shared archive: LISTEN/NOTIFY):
    // the poll only catches what a lost notification missed.
    static constexpr int WatchedPollMs = 30000;
    // A burst of notifications (one per file of an import) is one read.
    static constexpr int NotifyDelayMs = 300;
    // Whether the store tells of imports elsewhere by itself (see WatchedPollMs).
    bool watchesChanges() const { return m_watching; }
    // How long after the last of a run of marks the saved views' and the
    // sources' numbers are counted again (once for the run, on the worker).
    static constexpr int OrganiseRecountMs = 400;
    // For tests: another pause than OrganiseRecountMs.
    void setOrganiseRecountDelay(int ms);

Q_SIGNALS:
    // A read of the cache failed (error names the cache): what the list or the
    // counts show now may be incomplete. Said once per failure, whichever of
    // the session and its models met it.
    void readFailed(const QString &error);
    // An import stored or removed files since the last open() or refresh()
    // (another program's, or one running on a worker): refresh() shows it.
    void importedElsewhere();
    // On a shared archive: a read worked again after readFailed() (the
    // connection, lost, was made again): refresh() shows the archive again.
    // Once per failure; when the same failure comes back, Retry is the person's.
    void readsRecovered();
    // A read found the cache damaged (after readFailed()): it is recorded, so
    // that the next open() sets it aside and rebuilds it.
    void damageFound(const QString &error);
    // totalCount(), unreadTotal() or the category numbers changed (window title, tray).
    void countsChanged();

    // The organising writes (see createLabel() and the others).
    void labelCreated(const Label &label);
    void labelUpdated(const Label &label);
    void labelDeleted(const Label &label, const MarkChange &carried);
    void labelRestored(const Label &label);
    void noteSaved(qint64 id, const QString &text);
    void viewSaved(const SavedView &view);
    void viewDeleted(qint64 id);
    void hiddenForgotten(qint64 count);
    // An organising write could not be done (error names the cache, or says
    // why the store refused it).
    void writeFailed(const QString &error);
    // The labels (names, colours, order, which exist) changed: after a
    // write of them, and when the label model read them changed.
    void labelsChanged();
    // The saved views changed (a write, a reorder).
    void viewsChanged();

private:
    // The counts follow a mark the list shows now.
    void markShown(const NewsListModel::MarkShown &shown);
    // The cache's unread items counted again on the worker (after the marks' writes).
    void recountUnread();
    // Whether the category counts' facet is the whole cache.
    bool countsCoverTheCache() const;
    void categoryCountsReady();
    void setUnreadTotal(qint64 unread);
    CategoryModel::Adjustment wholeFilterAdjustment(const NewsListModel::MarkShown &shown) const;
    // A hide (restore) of every item of the list: what the counts lose at once.
    CategoryModel::Adjustment wholeFilterHidden(const NewsListModel::MarkShown &shown, qint64 &cacheUnread) const;
    // The store's last read failed: say so (readFailed()).
    void checkRead() const;
    void reportReadFailure(const QString &error);
    void pollImports();
    // What a poll found (error: the read failed).
    void importsPolled(const QString &stamp, const QString &error);
    // A shared archive: the worker that reads the list's pages, polls and
    // listens (see startPageReader() in the source).
    void startPageReader(const QString &path);
    // refresh()'s totals on the page reader.
    struct Totals
    {
        qint64 items = 0;
        QString stamp;
        QString error;
    };
    void readTotalsOffThread();
    // The store's notification: one poll for a burst of them.
    void changeNotified();
    // open()'s store: opened, or found damaged, set aside and opened anew.
    bool openStore(const QString &path);
    // The side pane's numbers follow a mark the list shows now (labels, hidden).
    void organiseMarkShown(const NewsListModel::MarkShown &shown);
    // After a mark is written: the views' and sources' numbers counted
    // again (recountOrganised()) once the run of marks it belongs to ends.
    void markWritten();
    void recountOrganised();
    // The label model read labels: the list paints them (names, colours).
    void labelsRead();
    // Items gained or lost a label by a label's deletion or restoration: read again.
    void afterLabelMarks();
    // Runs job (a write of the organising part) on the worker; done gets its
    // value on this thread, or writeFailed() says why it failed (and failed runs).
    template <typename T, typename Job, typename Done>
    void organiseWrite(const char *what, Job job, Done done, const std::function<void()> &failed = {});

    NewsStore m_store;
    QString m_path;
    StoreWorker *m_worker = nullptr; // a second connection for slow reads
    StoreWorker *m_pageReader = nullptr; // a shared archive's third (owned; deleted first)
    bool m_polling = false;              // a poll on m_pageReader has not answered yet
    NewsListModel *m_newsModel = nullptr;
    CategoryModel *m_categoryModel = nullptr;
    LabelModel *m_labelModel = nullptr;
    SavedViewModel *m_savedViewModel = nullptr;
    SourceModel *m_sourceModel = nullptr;
    QTimer *m_changeTimer = nullptr;
    QTimer *m_notifyDelay = nullptr; // single shot: one poll behind a burst of notifications
    bool m_watching = false;         // the store notifies (watchChanges())
    QString m_retriedFailure;        // readsRecovered() said for it already
    QTimer *m_organiseRecount = nullptr; // single shot: one recount behind a run of marks
    int m_labelOrderWrites = 0;          // reorderLabels() on their way
    int m_viewOrderWrites = 0;           // reorderViews() on their way
    QString m_importStamp; // NewsStore::importStamp() as of the last open() or refresh()
    qint64 m_total = 0;
    qint64 m_unreadTotal = 0;
    qint64 m_previousVisit = 0;
    LatestRequest m_unreadCounts; // a recount started before a mark is dropped
    QString m_lastReadFailure; // reported already; cleared by an open() or refresh()
    QString m_setAsideAs;
    QString m_damageError;
    QString m_openError; // a damaged cache that could not be set aside: both reasons
};
