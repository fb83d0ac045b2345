#pragma once

#include "models/store/itemfilter.h"
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/store/newsstore.h"
#include "models/support/latestrequest.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;
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
    QString errorString() const;

    NewsListModel *newsModel() const { return m_newsModel; }
    CategoryModel *categoryModel() const { return m_categoryModel; }

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
    // false with errorString() when it could not be written.
    bool recordVisit();
    // Items an interrupted import left for the search index.
    qint64 pendingIndexItems() const;
    // Why a read failed since the last open() or refresh(), or empty.
    QString readFailure() const { return m_lastReadFailure; }

    // How often the session looks whether an import elsewhere (another
    // process, or this one's ImportTask) changed the cache: importedElsewhere().
    static constexpr int ChangePollMs = 2000;

Q_SIGNALS:
    // A read of the cache failed (error names the cache): what the list or the
    // counts show now may be incomplete. Said once per failure, whichever of
    // the session and its models met it.
    void readFailed(const QString &error);
    // An import stored or removed files since the last open() or refresh()
    // (another program's, or one running on a worker): refresh() shows it.
    void importedElsewhere();
    // A read found the cache damaged (after readFailed()): it is recorded, so
    // that the next open() sets it aside and rebuilds it.
    void damageFound(const QString &error);
    // totalCount(), unreadTotal() or the category numbers changed (window title, tray).
    void countsChanged();

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
    // The store's last read failed: say so (readFailed()).
    void checkRead() const;
    void reportReadFailure(const QString &error);
    void pollImports();
    // open()'s store: opened, or found damaged, set aside and opened anew.
    bool openStore(const QString &path);

    NewsStore m_store;
    QString m_path;
    StoreWorker *m_worker = nullptr; // a second connection for slow reads
    NewsListModel *m_newsModel = nullptr;
    CategoryModel *m_categoryModel = nullptr;
    QTimer *m_changeTimer = nullptr;
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
