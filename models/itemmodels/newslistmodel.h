#pragma once

#include "models/store/itemfilter.h"
#include "models/store/newsitem.h"
#include "models/support/latestrequest.h"

#include <QAbstractListModel>
#include <QCache>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

class NewsStore;
class StoreWorker;

// The news list over the cache. Filtering, search and sort are done by SQL;
// the model holds the ordered ids of the rows that pass (so a jump to any row
// costs one page) and reads full rows in pages on demand into a bounded
// cache. It never holds every row.
//
// With a StoreWorker, a new filter costs the GUI thread only the first page
// (and a count the cache keeps): a count that walks the matches comes from the
// worker (countReady(), rows inserted), then the full id list (idsReady()); a
// page asked for before that is read by offset. Without one (command line,
// tests) the ids are read at once.
//
// A row holds at most RowTextLimit characters of the title and of the
// summary (NewsItem::isCut() says when it holds less than the cache): a page
// read on this thread never reads an item of megabytes whole. The whole item
// comes from readWholeItem().
class NewsListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,      // the start of a long title (see RowTextLimit)
        SummaryRole,    // the start of a long summary
        CategoriesRole, // QStringList
        SourcesRole,    // QList<ItemSource>
        ReadRole,
        StarredRole,
        ItemRole,       // the NewsItem of the row (its text may be cut: NewsItem::isCut())
        SearchRole,     // the search the rows were chosen by (filter().search; the same for every row)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 64;
    // nextUnread() looks this far ahead in pages before it asks the cache.
    static constexpr int NearbyRows = 4 * PageSize;
    // What a row holds of a title and of a summary, in characters: more than
    // two lines of the widest row at a pixel a character.
    static constexpr qint64 RowTextLimit = 10'000;

    explicit NewsListModel(QObject *parent = nullptr);
    ~NewsListModel() override;

    // The store is not owned and must outlive the model (or be unset first).
    void setStore(NewsStore *store);
    NewsStore *store() const { return m_store; }
    void setWorker(StoreWorker *worker);
    // Whether every id of the current filter is known (see idsReady()).
    bool isComplete() const { return m_complete; }
    // Whether the worker is still counting the rows of the current filter:
    // until then rowCount() is the first page (see countReady()).
    bool isCounting() const { return m_counting; }
    // The rows the list shows, all of them; nothing while the worker counts
    // them (countReady() says when it is known). Never waits, never counts.
    std::optional<qint64> shownCount() const;

    const ItemFilter &filter() const { return m_filter; }
    // Does nothing when the filter is unchanged; otherwise re-queries once.
    void setFilter(const ItemFilter &filter);
    // Re-query with the same filter (after an import, say).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;                 // -1 when not shown (waits for every id if needed)
    // The row of id among the ids known now (the first page until the
    // worker's list arrives), or -1: never waits.
    int knownRowOfId(qint64 id) const;
    QList<qint64> idsOf(const QModelIndexList &indexes) const; // in list order
    const QList<qint64> &ids() const; // every id, in list order (waits for them if needed)
    // The row's item as the list holds it: a long title or summary is cut
    // (NewsItem::isCut()); readWholeItem() reads all of it.
    NewsItem itemAt(int row) const;
    // Reads the whole item with this id, with the marks still on their way
    // laid over it: wholeItemRead() (or readFailed()). With a worker it is
    // read off this thread, on a connection of its own (it never waits behind
    // the worker's counts, or a mark waiting for an import's write lock); a
    // newer request supersedes one still running.
    void readWholeItem(qint64 id);

    // Reader state for many rows in one statement each. With a worker the
    // rows show it at once and the worker writes it (stateChanged() when it
    // is in the cache, writeFailed() if it could not be written).
    bool setRead(const QList<int> &rows, bool read);
    bool setStarred(const QList<int> &rows, bool starred);
    bool markAllRead();
    // The next unread row after `row` (wrapping), or -1.
    int nextUnread(int row) const;

    // For tests and the benchmark: how many pages were read from the cache
    // since the last reset, and which pages are held now.
    int pagesFetched() const { return m_pagesFetched; }
    QList<int> cachedPages() const { return m_pages.keys(); }

Q_SIGNALS:
    void filterChanged();
    // Reader state changed in the cache (counts elsewhere may need a refresh).
    void stateChanged();
    // A change of reader state could not be written (the rows show the cache's again).
    void writeFailed(const QString &error);
    // Every id of the current filter is known now (from the worker, or read
    // here because someone needed them first).
    void idsReady();
    // The worker counted the rows of the current filter; the rows past the
    // first page were inserted (isCounting() is false now).
    void countReady();
    // Reading the cache failed (error names the cache): the rows shown are
    // not what the cache holds (an empty list is not "no items"). Emitted
    // from the event loop, as the read may have happened inside data().
    void readFailed(const QString &error);
    // The whole item readWholeItem() asked for.
    void wholeItemRead(const NewsItem &item);

private:
    // value, after reporting (readFailed()) that the read giving it failed.
    template <typename T>
    T checked(T value) const;
    void reportReadError(const QString &error) const;
    const NewsItem *row(int row) const;
    void invalidateRows(const QList<int> &rows);
    using StateWriter = bool (NewsStore::*)(const QList<qint64> &, bool);
    bool writeState(const QList<int> &rows, bool NewsItem::*field, bool value, StateWriter write);
    // Marks the worker has yet to write, laid over rows read meanwhile.
    void applyPendingMarks(NewsItem &item) const;
    // rowsShowThem: the rows held have the marks written laid over them.
    void marksWritten(const QString &error, bool rowsShowThem);
    // write(store) on the worker (or here, without its connection): an error or empty.
    void writeOnWorker(const std::function<QString(NewsStore &)> &write,
                       const std::function<void(const QString &)> &done);
    void allMarkedRead();
    void ensureComplete() const;
    void adopt(QList<qint64> ids);
    void setCount(qint64 count);
    QList<qint64> idsOfRows(const QList<int> &rows) const;
    // refresh() with a worker: the count and the ids it has to read there.
    void countOnWorker(const LatestRequest::Ticket &ticket);
    void readIdsOnWorker(const LatestRequest::Ticket &ticket);
    QList<NewsItem> readPage(int page) const;
    void deliverWholeItem(NewsItem item, const QString &error);

    NewsStore *m_store = nullptr;
    QPointer<StoreWorker> m_worker;
    ItemFilter m_filter;
    mutable QList<qint64> m_ids;   // all ids, or the first page until complete
    qint64 m_count = 0;
    mutable bool m_complete = true;
    bool m_counting = false;
    // Every refresh is a new request; the worker's jobs carry its ticket, so
    // a job a newer refresh has superseded is skipped instead of run.
    LatestRequest m_requests;
    mutable QCache<int, QList<NewsItem>> m_pages;
    struct PendingMark
    {
        int writes = 0; // of this item, still to be written
        std::optional<bool> read;
        std::optional<bool> starred;
    };
    QHash<qint64, PendingMark> m_pendingMarks;
    int m_allReadPending = 0; // "mark all read" jobs still to be written ...
    LatestRequest::Ticket m_allReadList; // ... for the list of this request
    mutable int m_pagesFetched = 0;
    LatestRequest m_wholeReads;
    QFuture<void> m_wholeRead;
};
