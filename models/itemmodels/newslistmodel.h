#pragma once

#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/newsitem.h"
#include "models/store/storeresult.h"
#include "models/support/latestrequest.h"

#include <QAbstractListModel>
#include <QCache>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <array>
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
        NewRole,        // bool: the cache first stored the item after newSince() (always false when it is 0)
        AddedAtRole,    // qint64: when the cache first stored the item, ms since the epoch
        LabelsRole,     // QStringList: the item's labels' names, in the labels' order
        LabelColorsRole, // QStringList: their colours ("#rrggbb"), in the same order (setLabelColors())
        NoteRole,       // QString: the person's note; empty: none
        HiddenRole,     // bool: hidden (only the Hidden view and ItemFilter::Hidden::Include show such rows)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 64;
    // nextUnread() looks this far ahead in pages before it asks the cache.
    static constexpr int NearbyRows = 4 * PageSize;
    // What a row holds of a title and of a summary, in characters: more than
    // two lines of the widest row at a pixel a character.
    static constexpr qint64 RowTextLimit = 10'000;

    // What a mark shown just now changed, as far as the list knows: for
    // ReaderSession to move the counts in the same event-loop turn.
    struct MarkShown
    {
        struct Row
        {
            QStringList categories;
            bool read = false;    // before the mark
            bool starred = false; // before the mark
            QStringList labels;   // before the mark (names)
            bool hidden = false;  // before the mark
        };
        MarkChange::Mark mark = MarkChange::Mark::Read;
        bool on = true;
        qint64 labelId = 0;  // Mark::Label: which label
        QString labelName;   // Mark::Label: its name (as setLabels() gave it; empty when unknown)
        ItemFilter filter; // the list's filter when the mark was set
        // The items of the mark the list holds rows for whose mark differed.
        QList<Row> rows;
        // Items of the mark with no row held: presumed to have had !on.
        qint64 unknown = 0;
        // applyMarkToAll(): every item of filter gets the mark; the list's
        // numbers before it (the unread one when known).
        bool wholeFilter = false;
        qint64 shownBefore = 0;
        std::optional<qint64> shownUnreadBefore;
    };

    explicit NewsListModel(QObject *parent = nullptr);
    ~NewsListModel() override;

    // The store is not owned and must outlive the model (or be unset first).
    void setStore(NewsStore *store);
    NewsStore *store() const { return m_store; }
    void setWorker(StoreWorker *worker);
    // A shared archive: every page, the first of a refresh too, is read by
    // reader (a worker of its own, so that a page never waits behind a
    // count), never on this thread. Until a row's page arrives the row is
    // empty (data() gives nothing); then dataChanged() fills it. After a
    // refresh the list has no rows until the first page arrives (rows
    // inserted; isCounting() until then). Needs a worker too.
    void setPageReader(StoreWorker *reader);
    bool readsOffThread() const { return !m_pageReader.isNull(); }
    // Whether every id of the current filter is known (see idsReady()).
    bool isComplete() const { return m_complete; }
    // Whether the worker is still counting the rows of the current filter:
    // until then rowCount() is the first page (see countReady()).
    bool isCounting() const { return m_counting; }
    // Whether marks are still to be written (by the worker).
    bool hasPendingWrites() const { return m_writesPending > 0; }
    // The rows the list shows, all of them; nothing while the worker counts
    // them (countReady() says when it is known). Never waits, never counts.
    std::optional<qint64> shownCount() const;
    // How many items the filter holds as the list shows them: shownCount()
    // when every row shown passes the filter; nothing in the unread-only,
    // starred-only and label views (rows whose mark changed while shown stay
    // there), while counting, and while marks that move items in or out of
    // the list are on their way. What applyMarkToAll() may expect.
    std::optional<qint64> filterCount() const;
    // How many of the rows shown are unread; nothing until the worker has
    // counted them. A mark changes it at once (unreadCountChanged()); in the
    // unread-only view the rows read while shown stay shown (until the
    // filter changes or a refresh), so it is shownCount() less those.
    std::optional<qint64> shownUnreadCount() const;

    // Rows of items the cache first stored after since (ms since the epoch)
    // are new (NewRole); 0: none is. Independent of ItemFilter::newSince,
    // which filters.
    void setNewSince(qint64 since);
    qint64 newSince() const { return m_newSince; }

    // The labels as the session knows them (LabelModel): a label mark shows
    // its name in the rows at once, in the labels' order, painted in its
    // colour. setLabels() gives both; setLabelColors() the colours alone.
    void setLabels(const QList<Label> &labels);
    void setLabelColors(const QHash<QString, QString> &nameToColor);
    // A note saved (ReaderSession::noteSaved): the item's row shows it.
    void showNote(qint64 id, const QString &text);

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

    // The id of row; 0 on a shared archive while neither every id nor the row's page has arrived.
    qint64 idAt(int row) const;
    // Whether idAt() knows every row of rows now (always, but on a shared
    // archive while neither every id nor the rows' pages have arrived).
    bool rowsKnown(const QList<int> &rows) const;
    int rowOfId(qint64 id) const;                 // -1 when not shown (waits for every id if needed)
    // The row of id among the ids known now (the first page until the
    // worker's list arrives), or -1: never waits.
    int knownRowOfId(qint64 id) const;
    QList<qint64> idsOf(const QModelIndexList &indexes) const; // in list order
    const QList<qint64> &ids() const; // every id, in list order (waits for them if needed)
    // How many of the items ids carry each label (by name), from the rows
    // held now, with the marks on their way laid over them: one walk of ids,
    // no read. Nothing when an item has no row held (more items than the
    // rows held, say): the store knows (LabelModel::countCarriers()).
    std::optional<QHash<QString, qint64>> labelsOfHeldRows(const QList<qint64> &ids) const;
    // The row's item as the list holds it: a long title or summary is cut
    // (NewsItem::isCut()); readWholeItem() reads all of it.
    NewsItem itemAt(int row) const;
    // Reads the whole item with this id, with the marks still on their way
    // laid over it: wholeItemRead() (or readFailed()). With a worker it is
    // read off this thread, on a connection of its own (it never waits behind
    // the worker's counts, or a mark waiting for an import's write lock); a
    // newer request supersedes one still running.
    void readWholeItem(qint64 id);

    // Undoable marks, written on the worker (here without one). The rows
    // show the mark at once; markApplied(change) says exactly which items it
    // changed (what undo needs), markFailed(error) that it could not be
    // written (the rows show the cache's state again).
    // Sets mark to on for the items ids. Mark::Label: the label labelId
    // (use applyMark(MarkChange) for it). Mark::Hidden: the rows the filter
    // no longer shows leave the list at once (rowsRemoved()); undo brings
    // them back (the list is read again once it is written).
    void applyMark(MarkChange::Mark mark, bool on, const QList<qint64> &ids);
    // The same with a whole change: change.mark, change.on and change.labelId on change.ids.
    void applyMark(const MarkChange &change);
    // Sets mark to on for every item of the current filter (NewsStore::setMarkWhere).
    void applyMarkToAll(MarkChange::Mark mark, bool on);
    // The same with the label labelId (Mark::Label). expected >= 0: the
    // number of items the person was shown; when the cache holds another
    // number by then (an import came between), nothing is written,
    // markFailed() says so with StoreFailure::Outdated, and the list is read
    // again.
    void applyMarkToAll(MarkChange::Mark mark, bool on, qint64 labelId, qint64 expected = -1);
    // Sets change.ids back (undo: on = !change.on) or again (redo: on =
    // change.on), whatever rows are shown now (after refreshes too);
    // markApplied() gives change itself.
    void setMarks(const MarkChange &change, bool on);

    // Reader state for many rows: applyMark() on their items (the older
    // interface; stateChanged() when it is in the cache, writeFailed() if it
    // could not be written, as well as markApplied()/markFailed()).
    bool setRead(const QList<int> &rows, bool read);
    bool setStarred(const QList<int> &rows, bool starred);
    // applyMarkToAll(Read, true).
    bool markAllRead();
    // The next unread row after `row` (wrapping), or -1. On a shared
    // archive (setPageReader()) an unread row beyond the rows held is asked
    // of the archive off this thread: Asking, and nextUnreadFound() follows.
    static constexpr int Asking = -2;
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
    // A mark of applyMark(), applyMarkToAll() or setMarks() is in the cache:
    // exactly the items it changed.
    void markApplied(const MarkChange &change);
    // A mark could not be written (error names the cache); the rows show the
    // cache's state again. kind Outdated: refused, the list changed (see
    // applyMarkToAll()); no writeFailed() then.
    void markFailed(const QString &error, StoreFailure kind = StoreFailure::Failed);
    // The mark the rows show now, emitted in the same turn as the call
    // that set it (after its write was posted to the worker).
    void markShown(const NewsListModel::MarkShown &shown);
    // shownUnreadCount() changed.
    void unreadCountChanged();
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
    // The row nextUnread() asked the shared archive for (it returned
    // Asking), -1 when none is unread. Not said when the list changed meanwhile.
    void nextUnreadFound(int row);
    // The whole item readWholeItem() asked for.
    void wholeItemRead(const NewsItem &item);

private:
    // value, after reporting (readFailed()) that the read giving it failed.
    template <typename T>
    T checked(T value) const;
    void reportReadError(const QString &error) const;
    const NewsItem *row(int row) const;
    // The rows held (the pages in the cache) by id.
    struct HeldRow
    {
        int row = 0;
        NewsItem *item = nullptr;
    };
    QHash<qint64, HeldRow> heldRows();
    // Writes a mark (store, change in/out: the items changed), on the worker
    // or here; MarkDone gets the change written, or an error.
    using MarkWriter = std::function<bool(NewsStore &, MarkChange &)>;
    struct WriteOutcome
    {
        QString error; // empty: written
        StoreFailure kind = StoreFailure::None;
    };
    using MarkDone = std::function<void(const MarkChange &, const WriteOutcome &)>;
    bool mark(const MarkChange &wanted);
    // wanted's mark on its ids, shown at once; applied: what markApplied()
    // gives (setMarks(): its change), else what the store changed. False:
    // written here (no worker) and it failed.
    bool markIds(const MarkChange &wanted, const MarkWriter &write, const std::optional<MarkChange> &applied);
    // What markRows() found: the rows held that changed (first..last), the
    // read state before of those that leave, the list's unread number moved.
    struct MarkedRows
    {
        QHash<qint64, bool> heldRead; // rows held that leave: read before
        qint64 listDelta = 0;
        bool listUnknown = false; // items not held changed the unread number by an unknown amount
        qint64 notListed = 0;     // items of the mark the list does not show
        int first = -1;
        int last = -1;
    };
    // Notes wanted (serial seq) as pending and sets it on the rows held;
    // mayMove: the mark may move items in or out of the list.
    MarkedRows markRows(const MarkChange &wanted, quint64 seq, bool mayMove, MarkShown &shown);
    // An item of wanted with no row held: is it listed, and how it moves the unread number.
    void noteUnheld(const MarkChange &wanted, qint64 id, bool wasMarkedRead, bool mayMove, QSet<qint64> &listed,
                    MarkedRows &marked) const;
    // When the list is read again after a mark of markIds() is written.
    enum class Reread { OnFailure, IfStillEntering, Always };
    MarkDone markIdsDone(const MarkChange &wanted, const std::optional<MarkChange> &applied, qint64 listDelta,
                         Reread reread, bool leaves);
    bool markAll(MarkChange::Mark mark, bool on, qint64 labelId, qint64 expected = -1);
    // What markShown() gives for a mark beginning now.
    MarkShown shownFor(MarkChange::Mark mark, bool on, qint64 labelId, bool wholeFilter) const;

    bool writeMark(const MarkChange &wanted, const MarkWriter &write, const MarkDone &done);
    // Marks the worker has yet to write, laid over rows read meanwhile.
    void applyPendingMarks(NewsItem &item) const;
    // Whether item has change's mark (the label labelId), and setting it.
    bool hasMark(const NewsItem &item, MarkChange::Mark mark, qint64 labelId) const;
    void setMark(NewsItem &item, MarkChange::Mark mark, qint64 labelId, bool on) const;
    // Whether an item with the mark set to on leaves the list's filter (hidden ones leave the usual list).
    bool markLeavesList(MarkChange::Mark mark, bool on) const;
    // Whether an item with the mark set to on may come into the list (undo of a hide).
    bool markEntersList(MarkChange::Mark mark, bool on, qint64 labelId) const;
    // The rows of these items leave the list at once (rowsRemoved), the
    // unread number with them (heldRead: the read state of the rows held).
    void removeRowsOf(const QList<qint64> &ids, const QHash<qint64, bool> &heldRead);
    void removeAllRows();
    // The roles a mark changes.
    static QList<int> markRoles();
    // rowsShowThem: the rows held have the marks written laid over them.
    void markWritten(const MarkChange &change, const WriteOutcome &outcome, bool rowsShowThem);
    // shownUnreadCount() moved by marks: by delta (unknown: rows not held were marked too).
    void moveUnread(qint64 delta, bool unknown);
    // Every row shown read (or unread).
    void markShownUnread(bool read);
    void restoreShownUnread(std::optional<qint64> before);
    // The unread rows of the filter counted (on the worker, behind the marks' writes).
    void countUnread();
    // countUnread() when a mark asked for it (after its write was posted).
    void recountUnreadIfWanted();
    void resetUnread();
    // Whether marks still on their way are of a kind the filter asks about.
    bool pendingMarksMatter() const;
    void ensureComplete() const;
    void adopt(QList<qint64> ids);
    void setCount(qint64 count);
    QList<qint64> idsOfRows(const QList<int> &rows) const;
    // refresh() with a worker: the count and the ids it has to read there.
    void countOnWorker(const LatestRequest::Ticket &ticket);
    void readIdsOnWorker(const LatestRequest::Ticket &ticket);
    // A page read off this thread (setPageReader()).
    struct PageRead
    {
        QList<qint64> ids;
        QList<NewsItem> items;
        qint64 count = -1; // the first page: the count, when the cache keeps it
        QString error;
        bool skipped = true; // not read: the list it was asked for was superseded
    };
    // When a page was asked for: its answer is kept only if neither changed.
    struct Asked
    {
        quint64 generation = 0;   // m_pageGeneration
        quint64 marksWritten = 0; // m_marksWritten
    };
    // What readPage() reads: the page's ids (given, or byOffset those at its
    // offset) and their items; withCount: the first page of a refresh (its
    // count too, when the cache keeps it), for firstPageArrived().
    struct PageAsk
    {
        int page = 0;
        QList<qint64> ids;
        bool byOffset = true;
        bool withCount = false;
    };
    // Posts the read of a page to the page reader, for the list of ticket:
    // pageArrived() or firstPageArrived() gets it, with when it was asked.
    void readPage(PageAsk ask, const LatestRequest::Ticket &ticket) const;
    void readFirstPage(const LatestRequest::Ticket &ticket);
    void firstPageArrived(const LatestRequest::Ticket &ticket, const Asked &asked, PageRead read);
    void requestPage(int page) const;
    void pageArrived(int page, const Asked &asked, PageRead read);
    // Whether the ids of the page's rows are known here (else it is read by offset).
    bool knowsIdsOfPage(int page) const;
    // The items read for ids, a row for each id (a vanished item's row is
    // empty), with the marks on their way laid over them.
    QList<NewsItem> aligned(const QList<qint64> &ids, QList<NewsItem> fetched) const;
    // The pages held dropped, and those asked for (forgetPagesAsked()).
    void clearPages();
    // The pages on their way will not be kept (m_pageGeneration), nor the
    // answer of next unread that waits for every id.
    void forgetPagesAsked();
    // Rows first.. first + count - 1 were removed: the pages below them are
    // read again, or with a page reader moved up as far as their rows are held.
    void movePagesUp(int first, int count);
    // nextUnread() on a shared archive: the unread ids read off this thread.
    void askNextUnread(int from) const;
    // The first row after from (wrapping; the first skip rows after it are
    // known to be read) whose item is among unreadIds and not being marked read.
    int unreadRowAfter(int from, const QList<qint64> &unreadIds, int skip) const;
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
    QPointer<StoreWorker> m_pageReader;
    mutable QSet<int> m_pagesWanted; // asked of m_pageReader, not arrived
    mutable QSet<int> m_shortPages;  // held pages movePagesUp() left short: row() asks for them whole
    mutable LatestRequest m_unreadSearches; // askNextUnread(): the newest wins
    // askNextUnread()'s answer that came before every id: answered at idsReady().
    struct DeferredUnread
    {
        int from = -1;
        QList<qint64> unreadIds;
    };
    std::optional<DeferredUnread> m_deferredUnread;
    quint64 m_marksWritten = 0;      // marks written (a page read before one may lack it)
    quint64 m_pageGeneration = 0;    // clearPages() calls: a page asked for before is not kept
    struct PendingMark
    {
        int writes = 0; // of this item, still to be written
        std::optional<bool> read;
        quint64 readSeq = 0; // the newest mark wins (see WholeMark)
        std::optional<bool> starred;
        quint64 starredSeq = 0;
        std::optional<bool> hidden;
        quint64 hiddenSeq = 0;
        struct LabelMark
        {
            bool on = true;
            quint64 seq = 0;
        };
        QHash<qint64, LabelMark> labels; // by label id
    };
    static void notePending(PendingMark &pending, const MarkChange &wanted, quint64 seq);
    QHash<qint64, PendingMark> m_pendingMarks;
    // A mark of every item of the list of a request, still to be written.
    struct WholeMark
    {
        quint64 seq = 0;
        MarkChange::Mark mark = MarkChange::Mark::Read;
        bool on = true;
        qint64 labelId = 0;
        LatestRequest::Ticket list;
    };
    QList<WholeMark> m_wholeMarks;
    quint64 m_markSeq = 0;
    // The labels as the session knows them: a label mark shows at once.
    QHash<qint64, QString> m_labelNames;   // by id
    QHash<QString, int> m_labelPositions;  // by name
    QHash<QString, QString> m_labelColors; // by name: "#rrggbb"
    int m_writesPending = 0;
    quint64 m_writesPosted = 0; // serial of the last mark posted to be written
    // The rows were read while marks were still on their way: once the mark
    // with this serial is written (and none was posted since), they are read
    // again, so a filter on marks sees them (refresh()).
    std::optional<quint64> m_refreshBehind;
    std::array<int, 4> m_pendingKinds{}; // marks on their way, by MarkChange::Mark
    qint64 m_newSince = 0;
    // shownUnreadCount(): counted (not in the unread-only view) ...
    mutable std::optional<qint64> m_unread; // without a worker: counted when first asked for
    bool m_unreadCounting = false;
    bool m_unreadRecount = false; // wanted behind the write being posted
    LatestRequest m_unreadCounts;
    // ... or, in the unread-only view, the rows shown less those read since.
    qint64 m_unreadDelta = 0;
    bool m_allShownRead = false;
    mutable int m_pagesFetched = 0;
    LatestRequest m_wholeReads;
    QFuture<void> m_wholeRead;
};
