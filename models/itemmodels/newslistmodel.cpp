#include "models/itemmodels/newslistmodel.h"

#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/background.h"
#include "models/support/logging.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

NewsListModel::NewsListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_pages.setMaxCost(MaxCachedPages);
    connect(this, &NewsListModel::idsReady, this, [this] {
        if (const std::optional<DeferredUnread> deferred = std::exchange(m_deferredUnread, std::nullopt))
            Q_EMIT nextUnreadFound(unreadRowAfter(deferred->from, deferred->unreadIds, 0));
    });
}

NewsListModel::~NewsListModel()
{
    m_wholeReads.supersede();
    m_wholeRead.waitForFinished(); // one item: not long
}

template <typename T>
T NewsListModel::checked(T value) const
{
    if (m_store->lastReadFailed())
        reportReadError(m_store->readError());
    return value;
}

void NewsListModel::reportReadError(const QString &error) const
{
    if (error.isEmpty())
        return;
    auto *self = const_cast<NewsListModel *>(this);
    QMetaObject::invokeMethod(self, [self, error] { Q_EMIT self->readFailed(error); }, Qt::QueuedConnection);
}

void NewsListModel::setStore(NewsStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    refresh();
}

void NewsListModel::setFilter(const ItemFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    refresh();
    Q_EMIT filterChanged();
}

void NewsListModel::setWorker(StoreWorker *worker)
{
    m_worker = worker;
}

void NewsListModel::setPageReader(StoreWorker *reader)
{
    m_pageReader = reader;
}

void NewsListModel::clearPages()
{
    m_pages.clear();
    forgetPagesAsked();
}

void NewsListModel::forgetPagesAsked()
{
    m_pagesWanted.clear();
    m_shortPages.clear();
    m_deferredUnread.reset(); // (asked of rows that changed)
    ++m_pageGeneration; // the pages on their way were asked for under the rows before
}

void NewsListModel::refresh()
{
    beginResetModel();
    clearPages();
    m_pagesFetched = 0;
    const LatestRequest::Ticket ticket = m_requests.next();
    m_counting = false;
    if (!m_store || !m_store->isOpen()) {
        m_ids.clear();
        m_count = 0;
        m_complete = true;
    } else if (m_pageReader && m_worker) {
        // Even the first page is read off this thread (a server that stops
        // answering must not hold the window): no rows until it arrives.
        m_ids.clear();
        m_count = 0;
        m_counting = true;
        m_complete = false;
        readFirstPage(ticket);
    } else if (!m_worker) {
        m_ids = checked(m_store->itemIds(m_filter));
        m_count = m_ids.size();
        m_complete = true;
    } else {
        // The first page first: when it is all there is, it is the count.
        m_ids = checked(m_store->itemIds(m_filter, PageSize, 0));
        if (m_ids.size() < PageSize) {
            m_count = m_ids.size();
        } else if (checked(m_store->countIsKept(m_filter))) {
            m_count = checked(m_store->itemCount(m_filter));
        } else {
            // Counting means walking every match (a search for a word most
            // items hold: 30 ms at a million): the worker counts, and the
            // rows beyond the first page come when it has (countReady()).
            m_count = m_ids.size();
            m_counting = true;
            countOnWorker(ticket);
        }
        m_complete = !m_counting && m_ids.size() >= m_count;
        if (!m_complete)
            readIdsOnWorker(ticket);
    }
    endResetModel();
    // A filter on marks read the cache before the marks still on their way
    // were in it (M, then "Unread Only" at once): read again behind them.
    m_refreshBehind.reset();
    if (pendingMarksMatter())
        m_refreshBehind = m_writesPosted;
    resetUnread();
}

bool NewsListModel::pendingMarksMatter() const
{
    // Only a mark the filter asks about moves an item in or out of the list.
    using Mark = MarkChange::Mark;
    const auto pending = [this](Mark mark) { return m_pendingKinds[std::size_t(mark)] > 0; };
    return (pending(Mark::Read) && m_filter.unreadOnly) || (pending(Mark::Starred) && m_filter.starredOnly)
            || (pending(Mark::Label) && !m_filter.labels.isEmpty())
            || (pending(Mark::Hidden) && m_filter.hidden != ItemFilter::Hidden::Include);
}

void NewsListModel::resetUnread()
{
    // The rows were read from the cache again: none was read while shown.
    m_unreadDelta = 0;
    m_allShownRead = false;
    m_unread.reset();
    countUnread();
    Q_EMIT unreadCountChanged();
}

void NewsListModel::readFirstPage(const LatestRequest::Ticket &ticket)
{
    readPage(PageAsk{0, {}, true, true}, ticket);
}

void NewsListModel::readPage(PageAsk ask, const LatestRequest::Ticket &ticket) const
{
    const Asked asked{m_pageGeneration, m_marksWritten};
    const qsizetype from = qsizetype(ask.page) * PageSize;
    auto *self = const_cast<NewsListModel *>(this);
    auto read = [filter = m_filter, ticket, ids = std::move(ask.ids), byOffset = ask.byOffset,
                 withCount = ask.withCount, from](NewsStore &store) {
        PageRead read;
        if (!ticket.isCurrent())
            return read; // (skipped: asked for again if still wanted)
        read.skipped = false;
        read.ids = byOffset ? store.itemIds(filter, PageSize, from) : ids;
        // (by ids: no read before this one, whatever an earlier job's left in lastReadFailed())
        if (!byOffset || !store.lastReadFailed())
            read.items = store.items(read.ids, RowTextLimit);
        // The first page: when it is all there is, it is the count.
        if (withCount && !store.lastReadFailed() && read.ids.size() == PageSize && store.countIsKept(filter))
            read.count = store.itemCount(filter);
        read.error = store.readError();
        return read;
    };
    m_pageReader->post(self, std::move(read),
                       [self, page = ask.page, withCount = ask.withCount, ticket, asked](PageRead read) {
                           if (!withCount)
                               self->pageArrived(page, asked, std::move(read));
                           else if (ticket.isCurrent())
                               self->firstPageArrived(ticket, asked, std::move(read));
                       },
                       StoreWorker::Priority::High);
}

void NewsListModel::firstPageArrived(const LatestRequest::Ticket &ticket, const Asked &asked, PageRead read)
{
    reportReadError(read.error);
    if (!read.error.isEmpty()) {
        // No rows, and readFailed() says why (an empty list is not "no items").
        m_counting = false;
        m_complete = true;
        Q_EMIT countReady();
        return;
    }
    m_ids = read.ids;
    qint64 count = read.count;
    if (m_ids.size() < PageSize)
        count = m_ids.size();
    m_counting = count < 0; // counted on the worker (see refresh())
    if (m_counting)
        count = m_ids.size();
    m_complete = !m_counting && m_ids.size() >= count;
    if (asked.generation == m_pageGeneration && asked.marksWritten == m_marksWritten && !m_ids.isEmpty())
        m_pages.insert(0, new QList<NewsItem>(aligned(m_ids, std::move(read.items))));
    if (count > 0) {
        beginInsertRows({}, 0, int(count - 1));
        m_count = count;
        endInsertRows();
    }
    if (m_counting)
        countOnWorker(ticket);
    else
        Q_EMIT countReady();
    if (m_complete)
        Q_EMIT idsReady();
    else
        readIdsOnWorker(ticket);
    if (m_filter.unreadOnly)
        Q_EMIT unreadCountChanged(); // known with the count
}

void NewsListModel::countOnWorker(const LatestRequest::Ticket &ticket)
{
    m_worker->post(this, [filter = m_filter, ticket](NewsStore &store) {
                       if (!ticket.isCurrent())
                           return std::pair{qint64(-1), QString()};
                       const qint64 count = store.itemCount(filter);
                       return std::pair{count, store.readError()};
                   },
                   [this, ticket](std::pair<qint64, QString> counted) {
                       if (!ticket.isCurrent())
                           return; // (a failure of a list superseded since is not this list's)
                       reportReadError(counted.second);
                       if (m_counting)
                           setCount(counted.first);
                   },
                   StoreWorker::Priority::High,
                   [this, ticket] { // no worker connection: count here
                       if (ticket.isCurrent() && m_counting && m_store)
                           setCount(checked(m_store->itemCount(m_filter)));
                   });
}

void NewsListModel::readIdsOnWorker(const LatestRequest::Ticket &ticket)
{
    m_worker->post(this, [filter = m_filter, ticket](NewsStore &store) {
                       if (!ticket.isCurrent())
                           return std::pair{QList<qint64>{}, QString()};
                       QList<qint64> ids = store.itemIds(filter);
                       return std::pair{std::move(ids), store.readError()};
                   },
                   [this, ticket](std::pair<QList<qint64>, QString> read) {
                       if (!ticket.isCurrent())
                           return;
                       reportReadError(read.second);
                       if (!m_complete)
                           adopt(std::move(read.first));
                   },
                   StoreWorker::Priority::Normal,
                   [this, ticket] { // no worker connection: read them here
                       if (ticket.isCurrent() && !m_complete && m_store)
                           adopt(checked(m_store->itemIds(m_filter)));
                   });
}

std::optional<qint64> NewsListModel::shownCount() const
{
    if (m_counting)
        return std::nullopt;
    return m_count;
}

std::optional<qint64> NewsListModel::filterCount() const
{
    if (m_filter.unreadOnly || m_filter.starredOnly || !m_filter.labels.isEmpty())
        return std::nullopt;
    // Nor while marks that move items in or out are on their way (a hide):
    // the rows may still count them, the cache will not.
    if (m_refreshBehind || pendingMarksMatter())
        return std::nullopt;
    return shownCount();
}

void NewsListModel::setCount(qint64 count)
{
    m_counting = false;
    // Every id may have arrived first (the full list, or ensureComplete()).
    if (m_complete)
        count = m_ids.size();
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(count - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        // Fewer than the first page: the cache changed in between. A page
        // holds them all: read them again (the worker's list is not waited for).
        if (m_pageReader) {
            refresh(); // (its first page, off this thread)
            return;
        }
        m_requests.supersede();
        beginResetModel();
        clearPages();
        m_ids = checked(m_store->itemIds(m_filter, PageSize, 0));
        m_count = m_ids.size();
        const bool wasComplete = std::exchange(m_complete, true);
        endResetModel();
        resetUnread();
        Q_EMIT countReady();
        if (!wasComplete)
            Q_EMIT idsReady();
        return;
    }
    if (m_filter.unreadOnly)
        Q_EMIT unreadCountChanged(); // known with the count
    Q_EMIT countReady();
}

void NewsListModel::adopt(QList<qint64> ids)
{
    const bool extendsShown = ids.size() >= m_count && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());
    if (extendsShown && (m_counting || ids.size() == m_count)) {
        // The rows are the ones shown already (and, while counting, more of
        // them): no reset, the view keeps its state.
        m_ids = std::move(ids);
        m_complete = true;
        if (m_counting)
            setCount(m_ids.size());
    } else {
        // The cache changed in between: show what it holds now.
        const bool counting = std::exchange(m_counting, false);
        m_requests.supersede();
        beginResetModel();
        clearPages();
        m_ids = std::move(ids);
        m_count = m_ids.size();
        m_complete = true;
        endResetModel();
        resetUnread();
        if (counting)
            Q_EMIT countReady();
    }
    Q_EMIT idsReady();
}

void NewsListModel::ensureComplete() const
{
    if (m_complete)
        return;
    // Someone needs every id before the worker delivered them (select all,
    // say): read them here. The worker's answers are then ignored; while it
    // counted, the rows past the first page come now (rowOfId() of a row
    // there must be a row of the model).
    m_ids = checked(m_store->itemIds(m_filter));
    m_complete = true;
    auto *self = const_cast<NewsListModel *>(this);
    if (m_counting)
        self->setCount(m_ids.size());
    // Those who wait for every id hear it as from the worker (after this call).
    QMetaObject::invokeMethod(self, &NewsListModel::idsReady, Qt::QueuedConnection);
}

const QList<qint64> &NewsListModel::ids() const
{
    ensureComplete();
    return m_ids;
}

int NewsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

const NewsItem *NewsListModel::row(int row) const
{
    if (row < 0 || row >= m_count || !m_store)
        return nullptr;
    const int page = row / PageSize;
    QList<NewsItem> *items = m_pages.object(page);
    if (!items && m_pageReader) {
        requestPage(page); // the row is empty until its page arrives (dataChanged())
        return nullptr;
    }
    if (!items) {
        const QList<qint64> ids = knowsIdsOfPage(page)
                ? m_ids.mid(qsizetype(page) * PageSize, PageSize)
                : checked(m_store->itemIds(m_filter, PageSize, qsizetype(page) * PageSize)); // before the worker's list arrives
        auto fetched = std::make_unique<QList<NewsItem>>(aligned(ids, checked(m_store->items(ids, RowTextLimit))));
        ++m_pagesFetched;
        items = fetched.get();
        m_pages.insert(page, fetched.release());
    }
    const qsizetype at = row % PageSize;
    if (at < items->size())
        return &items->at(at);
    // A page movePagesUp() left short is read whole again, once: a page
    // that arrived short (items removed on the server since the count) is
    // not asked for again and again (its rows stay empty until a refresh).
    if (m_pageReader && m_shortPages.remove(page))
        requestPage(page);
    return nullptr;
}

bool NewsListModel::knowsIdsOfPage(int page) const
{
    const qsizetype from = qsizetype(page) * PageSize;
    return m_complete || from + PageSize <= m_ids.size() || m_count <= m_ids.size();
}

QList<NewsItem> NewsListModel::aligned(const QList<qint64> &ids, QList<NewsItem> fetched) const
{
    // The store leaves out items that vanished since the ids were read;
    // keep rows aligned by filling the gaps with empty items.
    if (fetched.size() != ids.size()) {
        QList<NewsItem> filled;
        filled.reserve(ids.size());
        qsizetype k = 0;
        for (qint64 id : ids) {
            if (k < fetched.size() && fetched.at(k).id == id)
                filled.append(fetched.at(k++));
            else
                filled.append(NewsItem{id, {}, {}, {}, {}, true, false});
        }
        fetched = std::move(filled);
    }
    for (NewsItem &item : fetched)
        applyPendingMarks(item);
    return fetched;
}

void NewsListModel::requestPage(int page) const
{
    if (m_pagesWanted.contains(page))
        return;
    m_pagesWanted.insert(page);
    // The ids when known here; else the page by offset, as the first page is.
    const bool byOffset = !knowsIdsOfPage(page);
    QList<qint64> ids = byOffset ? QList<qint64>{} : m_ids.mid(qsizetype(page) * PageSize, PageSize);
    readPage(PageAsk{page, std::move(ids), byOffset, false}, m_requests.current());
}

void NewsListModel::pageArrived(int page, const Asked &asked, PageRead read)
{
    if (asked.generation != m_pageGeneration)
        return; // the rows changed since (a refresh, rows removed): their pages are asked for anew
    m_pagesWanted.remove(page);
    reportReadError(read.error);
    const int first = page * PageSize;
    if (!read.error.isEmpty() || first >= m_count)
        return; // (the rows stay empty: readFailed() said why; a view asks again after a refresh)
    const bool idsDiffer = knowsIdsOfPage(page) && read.ids != m_ids.mid(first, PageSize);
    // A mark written since the page was asked for may be missing from it,
    // a page skipped or read under other ids is not this page: not kept,
    // asked for again when a view wants it (dataChanged() below).
    if (!read.skipped && !idsDiffer && asked.marksWritten == m_marksWritten) {
        ++m_pagesFetched;
        m_pages.insert(page, new QList<NewsItem>(aligned(read.ids, std::move(read.items))));
    }
    const int last = int(std::min<qint64>(m_count, qint64(first) + PageSize)) - 1;
    Q_EMIT dataChanged(index(first), index(last));
}

QVariant NewsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NewsItem *item = row(index.row());
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item->title;
    case Qt::ToolTipRole:
        return item->title;
    case Qt::AccessibleTextRole: {
        // What a screen reader says of a row: a title of megabytes is cut.
        constexpr qsizetype SpokenTitle = 1000;
        QStringList parts{item->title.size() > SpokenTitle ? item->title.left(SpokenTitle) + u'\u2026'
                                                           : item->title};
        parts.append(item->read ? tr("read") : tr("unread"));
        if (item->starred)
            parts.append(tr("starred"));
        if (m_newSince > 0 && item->addedAt > m_newSince)
            parts.append(tr("new"));
        if (item->hidden)
            parts.append(tr("hidden"));
        if (!item->categories.isEmpty())
            parts.append(item->categories.join(u", "_s));
        if (!item->labels.isEmpty())
            parts.append(tr("labels: %1").arg(item->labels.join(u", "_s)));
        if (!item->note.isEmpty())
            parts.append(tr("with a note"));
        return parts.join(u", "_s);
    }
    case IdRole:
        return item->id;
    case SummaryRole:
        return item->summary;
    case CategoriesRole:
        return item->categories;
    case SourcesRole:
        return QVariant::fromValue(item->sources);
    case ReadRole:
        return item->read;
    case StarredRole:
        return item->starred;
    case ItemRole:
        return QVariant::fromValue(*item);
    case SearchRole:
        return m_filter.search;
    case NewRole:
        return m_newSince > 0 && item->addedAt > m_newSince;
    case AddedAtRole:
        return item->addedAt;
    case LabelsRole:
        return item->labels;
    case LabelColorsRole: {
        QStringList colors;
        colors.reserve(item->labels.size());
        for (const QString &name : item->labels)
            colors.append(m_labelColors.value(name));
        return colors;
    }
    case NoteRole:
        return item->note;
    case HiddenRole:
        return item->hidden;
    default:
        return {};
    }
}

bool NewsListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == ReadRole)
        return setRead({index.row()}, value.toBool());
    if (role == StarredRole)
        return setStarred({index.row()}, value.toBool());
    return false;
}

Qt::ItemFlags NewsListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> NewsListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(SummaryRole, "summary");
    names.insert(CategoriesRole, "categories");
    names.insert(SourcesRole, "sources");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(ItemRole, "item");
    names.insert(SearchRole, "search");
    names.insert(NewRole, "isNew");
    names.insert(AddedAtRole, "addedAt");
    names.insert(LabelsRole, "labels");
    names.insert(LabelColorsRole, "labelColors");
    names.insert(NoteRole, "note");
    names.insert(HiddenRole, "hidden");
    return names;
}

qint64 NewsListModel::idAt(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    if (row < m_ids.size())
        return m_ids.at(row);
    // A row of a page held (shown, or read for a selection): its item says,
    // and the GUI thread reads no id list for it.
    if (const QList<NewsItem> *page = m_pages.object(row / PageSize); page && row % PageSize < page->size())
        return page->at(row % PageSize).id;
    if (m_pageReader)
        return 0; // (a shared archive: known once the ids or the page arrive; this thread waits on no server)
    ensureComplete();
    return row < m_ids.size() ? m_ids.at(row) : 0;
}

bool NewsListModel::rowsKnown(const QList<int> &rows) const
{
    if (!m_pageReader || m_complete)
        return true;
    return std::all_of(rows.cbegin(), rows.cend(), [this](int r) { return r < 0 || r >= m_count || idAt(r) != 0; });
}

int NewsListModel::rowOfId(qint64 id) const
{
    ensureComplete();
    return knownRowOfId(id);
}

int NewsListModel::knownRowOfId(qint64 id) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    const auto row = it - m_ids.cbegin();
    return it == m_ids.cend() || row >= m_count ? -1 : int(row);
}

std::optional<QHash<QString, qint64>> NewsListModel::labelsOfHeldRows(const QList<qint64> &ids) const
{
    if (ids.size() > qsizetype(m_pages.size()) * PageSize)
        return std::nullopt; // more than the rows held
    QHash<qint64, const NewsItem *> held;
    const QList<int> keys = m_pages.keys();
    for (int key : keys) {
        for (const NewsItem &item : std::as_const(*m_pages.object(key)))
            held.insert(item.id, &item);
    }
    QHash<QString, qint64> carried;
    for (qint64 id : ids) {
        const NewsItem *item = held.value(id);
        if (!item)
            return std::nullopt;
        for (const QString &name : item->labels)
            ++carried[name];
    }
    return carried;
}

QList<qint64> NewsListModel::idsOf(const QModelIndexList &indexes) const
{
    QList<int> rows;
    rows.reserve(indexes.size());
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return idsOfRows(rows);
}

QList<qint64> NewsListModel::idsOfRows(const QList<int> &rows) const
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int r : rows) {
        if (const qint64 id = idAt(r))
            ids.append(id);
    }
    return ids;
}

NewsItem NewsListModel::itemAt(int r) const
{
    const NewsItem *item = row(r);
    return item ? *item : NewsItem{};
}

void NewsListModel::readWholeItem(qint64 id)
{
    const LatestRequest::Ticket ticket = m_wholeReads.next();
    if (!m_store || !m_store->isOpen() || id == 0)
        return;
    if (!m_worker) { // as every read without a worker: here (heard from the event loop, as with one)
        NewsItem item = m_store->item(id);
        const QString error = m_store->readError();
        QMetaObject::invokeMethod(this, [this, item = std::move(item), error, ticket]() mutable {
            if (ticket.isCurrent())
                deliverWholeItem(std::move(item), error);
        }, Qt::QueuedConnection);
        return;
    }
    using Read = std::pair<NewsItem, QString>;
    m_wholeRead = QFuture<void>(Background::run(
            this,
            [path = m_store->path(), id, ticket]() -> Read {
                if (!ticket.isCurrent())
                    return {};
                NewsStore store;
                if (!store.open(path))
                    return {NewsItem{}, store.errorString()};
                NewsItem item = store.item(id);
                return {std::move(item), store.readError()};
            },
            [this, ticket](Read read) {
                if (ticket.isCurrent())
                    deliverWholeItem(std::move(read.first), read.second);
            }));
}

void NewsListModel::deliverWholeItem(NewsItem item, const QString &error)
{
    if (!error.isEmpty()) {
        qCWarning(lcModels).noquote() << "cannot read a whole item:" << error;
        reportReadError(error);
        return;
    }
    if (item.id == 0)
        return; // gone from the cache since the row was read (the list is read again after an import)
    // The marks as the rows show them: a mark written after the read began
    // is no longer pending, but its row has it.
    const QList<int> cached = m_pages.keys();
    for (int key : cached) {
        const QList<NewsItem> &page = *m_pages.object(key);
        const auto row = std::find_if(page.cbegin(), page.cend(), [&](const NewsItem &r) { return r.id == item.id; });
        if (row != page.cend()) {
            item.read = row->read;
            item.starred = row->starred;
            item.hidden = row->hidden;
            item.labels = row->labels;
            item.note = row->note;
            Q_EMIT wholeItemRead(item);
            return;
        }
    }
    applyPendingMarks(item);
    Q_EMIT wholeItemRead(item);
}

bool NewsListModel::setRead(const QList<int> &rows, bool read)
{
    if (!m_store || rows.isEmpty())
        return false;
    return mark(MarkChange{MarkChange::Mark::Read, read, idsOfRows(rows)});
}

bool NewsListModel::setStarred(const QList<int> &rows, bool starred)
{
    if (!m_store || rows.isEmpty())
        return false;
    return mark(MarkChange{MarkChange::Mark::Starred, starred, idsOfRows(rows)});
}

bool NewsListModel::markAllRead()
{
    if (!m_store || m_count == 0)
        return false;
    return markAll(MarkChange::Mark::Read, true, 0);
}

void NewsListModel::applyMark(MarkChange::Mark mark, bool on, const QList<qint64> &ids)
{
    applyMark(MarkChange{mark, on, ids});
}

void NewsListModel::applyMark(const MarkChange &change)
{
    if (!m_store || change.ids.isEmpty()) {
        Q_EMIT markApplied(MarkChange{change.mark, change.on, {}, change.labelId});
        return;
    }
    mark(change);
}

void NewsListModel::applyMarkToAll(MarkChange::Mark mark, bool on)
{
    applyMarkToAll(mark, on, 0);
}

void NewsListModel::applyMarkToAll(MarkChange::Mark mark, bool on, qint64 labelId, qint64 expected)
{
    if (!m_store || m_count == 0) {
        Q_EMIT markApplied(MarkChange{mark, on, {}, labelId});
        return;
    }
    markAll(mark, on, labelId, expected);
}

void NewsListModel::setMarks(const MarkChange &change, bool on)
{
    if (!m_store || change.ids.isEmpty()) {
        Q_EMIT markApplied(change);
        return;
    }
    MarkChange wanted = change;
    wanted.on = on; // what the rows show; markApplied() gives change itself
    markIds(wanted, [change, on](NewsStore &store, MarkChange &) { return store.setMarks(change, on); }, change);
}

bool NewsListModel::mark(const MarkChange &wanted)
{
    return markIds(wanted, [](NewsStore &store, MarkChange &change) {
        // Exactly the items that change (what undo needs), in one transaction.
        ItemFilter only;
        only.ids = change.ids;
        only.hidden = ItemFilter::Hidden::Include; // these items, hidden or not (the Hidden view's)
        return store.setMarkWhere(only, change);
    }, std::nullopt);
}

QHash<qint64, NewsListModel::HeldRow> NewsListModel::heldRows()
{
    QHash<qint64, HeldRow> held;
    const QList<int> keys = m_pages.keys();
    for (int key : keys) {
        QList<NewsItem> &page = *m_pages.object(key);
        for (qsizetype i = 0; i < page.size(); ++i)
            held.insert(page.at(i).id, HeldRow{key * PageSize + int(i), &page[i]});
    }
    return held;
}

NewsListModel::MarkShown NewsListModel::shownFor(MarkChange::Mark mark, bool on, qint64 labelId,
                                                 bool wholeFilter) const
{
    MarkShown shown;
    shown.mark = mark;
    shown.on = on;
    shown.labelId = labelId;
    shown.labelName = m_labelNames.value(labelId);
    shown.filter = m_filter;
    shown.wholeFilter = wholeFilter;
    shown.shownBefore = m_count;
    shown.shownUnreadBefore = shownUnreadCount();
    return shown;
}

void NewsListModel::notePending(PendingMark &pending, const MarkChange &wanted, quint64 seq)
{
    ++pending.writes;
    switch (wanted.mark) {
    case MarkChange::Mark::Read:
        pending.read = wanted.on;
        pending.readSeq = seq;
        break;
    case MarkChange::Mark::Starred:
        pending.starred = wanted.on;
        pending.starredSeq = seq;
        break;
    case MarkChange::Mark::Hidden:
        pending.hidden = wanted.on;
        pending.hiddenSeq = seq;
        break;
    case MarkChange::Mark::Label:
        pending.labels.insert(wanted.labelId, PendingMark::LabelMark{wanted.on, seq});
        break;
    }
}

bool NewsListModel::markIds(const MarkChange &wanted, const MarkWriter &write, const std::optional<MarkChange> &applied)
{
    const bool leaves = markLeavesList(wanted.mark, wanted.on);
    const bool enters = markEntersList(wanted.mark, wanted.on, wanted.labelId);
    // Before the worker's full list of ids has come, this thread reads no
    // id: the worker's answers for this list were read before the mark and
    // would bring the rows back, so the list is read again behind the write.
    // While it counts, the list is the ids known and their rows leave now;
    // once counted, rows past those are read by offsets the write moves,
    // and the rows leave when the list is read again.
    const bool rereadBehind = leaves && !m_complete;
    const bool removeNow = leaves && (m_complete || m_count <= m_ids.size());
    if (rereadBehind)
        m_requests.supersede();
    MarkShown shown = shownFor(wanted.mark, wanted.on, wanted.labelId, false);
    // Shown at once, written by the worker: while an import holds the cache's
    // write lock, the worker waits for it, not the GUI thread. Until it has
    // written them, the marks are laid over whatever the cache still says.
    const MarkedRows marked = markRows(wanted, ++m_markSeq, enters || leaves, shown);
    if (marked.first >= 0)
        Q_EMIT dataChanged(index(marked.first), index(marked.last), markRoles());
    moveUnread(marked.listDelta, marked.listUnknown);
    if (removeNow)
        removeRowsOf(wanted.ids, marked.heldRead);
    // Items the filter shows only with the mark (undo of "mark all read" in
    // the unread-only view, of a hide) were not shown: the list is read
    // again once they are written.
    const Reread reread = (marked.notListed > 0 && enters) ? Reread::IfStillEntering
                                                           : (rereadBehind ? Reread::Always : Reread::OnFailure);
    const bool written = writeMark(wanted, write, markIdsDone(wanted, applied, marked.listDelta, reread, leaves));
    recountUnreadIfWanted(); // behind the write
    if (!written)
        return false;
    Q_EMIT markShown(shown);
    return true;
}

NewsListModel::MarkedRows NewsListModel::markRows(const MarkChange &wanted, quint64 seq, bool mayMove,
                                                  MarkShown &shown)
{
    const bool read = wanted.mark == MarkChange::Mark::Read;
    const bool leaves = markLeavesList(wanted.mark, wanted.on);
    const QHash<qint64, HeldRow> held = heldRows();
    QSet<qint64> listed; // only asked for items with no row held
    MarkedRows marked;
    for (qint64 id : wanted.ids) {
        PendingMark &pending = m_pendingMarks[id];
        const bool wasMarkedRead = pending.read.value_or(false);
        notePending(pending, wanted, seq);
        const auto row = held.constFind(id);
        if (row == held.constEnd()) {
            ++shown.unknown;
            noteUnheld(wanted, id, wasMarkedRead, mayMove, listed, marked);
            continue;
        }
        NewsItem &item = *row->item;
        if (hasMark(item, wanted.mark, wanted.labelId) == wanted.on)
            continue;
        shown.rows.append(MarkShown::Row{item.categories, item.read, item.starred, item.labels, item.hidden});
        if (read)
            marked.listDelta += wanted.on ? -1 : 1;
        if (leaves)
            marked.heldRead.insert(id, item.read);
        setMark(item, wanted.mark, wanted.labelId, wanted.on);
        marked.first = marked.first < 0 ? row->row : std::min(marked.first, row->row);
        marked.last = std::max(marked.last, row->row);
    }
    return marked;
}

void NewsListModel::noteUnheld(const MarkChange &wanted, qint64 id, bool wasMarkedRead, bool mayMove,
                               QSet<qint64> &listed, MarkedRows &marked) const
{
    const bool read = wanted.mark == MarkChange::Mark::Read;
    if (!m_filter.unreadOnly && !m_filter.starredOnly && !mayMove) {
        marked.listUnknown = marked.listUnknown || read;
        return;
    }
    if (listed.isEmpty())
        listed = QSet<qint64>(m_ids.cbegin(), m_ids.cend());
    const bool isListed = listed.contains(id);
    marked.notListed += isListed ? 0 : 1;
    // In the unread-only view a row is unread unless marked read while shown.
    if (read && m_filter.unreadOnly && isListed && wasMarkedRead != wanted.on)
        marked.listDelta += wanted.on ? -1 : 1;
    else if (read && !m_filter.unreadOnly && isListed)
        marked.listUnknown = true;
}

NewsListModel::MarkDone NewsListModel::markIdsDone(const MarkChange &wanted, const std::optional<MarkChange> &applied,
                                                   qint64 listDelta, Reread reread, bool leaves)
{
    // A label the list knows no name of is not in the rows: they are read again.
    const bool rowsShowThem = wanted.mark != MarkChange::Mark::Label || m_labelNames.contains(wanted.labelId);
    return [this, ids = wanted.ids, applied, listDelta, reread, leaves, rowsShowThem,
            wanted = MarkChange{wanted.mark, wanted.on, {}, wanted.labelId}](const MarkChange &change,
                                                                            const WriteOutcome &outcome) {
        const QString &error = outcome.error;
        for (qint64 id : ids) {
            if (auto mark = m_pendingMarks.find(id); mark != m_pendingMarks.end() && --mark->writes <= 0)
                m_pendingMarks.erase(mark);
        }
        if (!error.isEmpty()) {
            moveUnread(-listDelta, true); // counted again (the rows are read from the cache again)
            recountUnreadIfWanted();
        }
        markWritten(applied.value_or(change), outcome, rowsShowThem);
        // (Also when the list was read again meanwhile: maybe before the write.)
        if (error.isEmpty() && reread == Reread::IfStillEntering
            && markEntersList(wanted.mark, wanted.on, wanted.labelId))
            refresh();
        else if (reread == Reread::Always || (!error.isEmpty() && leaves))
            refresh(); // the rows that left come back (a failure), or the rows not known left too
    };
}

void NewsListModel::removeRowsOf(const QList<qint64> &ids, const QHash<qint64, bool> &heldRead)
{
    const QSet<qint64> leaving(ids.cbegin(), ids.cend());
    QList<int> rows;
    for (qsizetype r = 0; r < m_ids.size() && r < m_count; ++r) {
        if (leaving.contains(m_ids.at(r)))
            rows.append(int(r));
    }
    if (rows.isEmpty())
        return;
    const std::optional<qint64> unreadBefore = shownUnreadCount();
    qint64 unreadGone = 0;
    qint64 readGone = 0;
    bool unknown = false;
    for (int r : std::as_const(rows)) {
        const auto read = heldRead.constFind(m_ids.at(r));
        if (read == heldRead.constEnd())
            unknown = true;
        else
            ++(*read ? readGone : unreadGone);
    }
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const int lastRow = rows.at(i);
        while (i > 0 && rows.at(i - 1) == rows.at(i) - 1)
            --i;
        const int firstRow = rows.at(i);
        beginRemoveRows({}, firstRow, lastRow);
        m_ids.remove(firstRow, lastRow - firstRow + 1);
        m_count -= lastRow - firstRow + 1;
        // Rows move up (also those read while the views were told the rows would go).
        movePagesUp(firstRow, lastRow - firstRow + 1);
        endRemoveRows();
    }
    if (m_filter.unreadOnly) {
        // Rows read while shown were counted off already; rows not held were unread.
        m_unreadDelta += readGone;
    } else if (m_unread) {
        *m_unread -= unreadGone;
        if (unknown || m_unreadCounting) // (a count started before the mark is on its way)
            m_unreadRecount = true;
    }
    if (shownUnreadCount() != unreadBefore)
        Q_EMIT unreadCountChanged();
}

void NewsListModel::movePagesUp(int first, int count)
{
    // Here the pages are read again (those shown, when shown).
    if (!m_pageReader) {
        clearPages();
        return;
    }
    // A page reader's rows would be empty until their pages arrived again:
    // the rows held keep their items, moved up with them (a row that stays
    // never shows empty). A page whose rows are not all held any more is
    // kept as far as they are, and row() asks for it again.
    const auto heldAt = [this](qint64 oldRow) -> const NewsItem * {
        const QList<NewsItem> *page = m_pages.object(int(oldRow / PageSize));
        return page && oldRow % PageSize < page->size() ? &page->at(oldRow % PageSize) : nullptr;
    };
    const int firstPage = first / PageSize;
    const QList<int> keys = m_pages.keys();
    const int lastPage = keys.isEmpty() ? -1 : *std::max_element(keys.cbegin(), keys.cend());
    QList<std::pair<int, QList<NewsItem>>> moved;
    for (int page = firstPage; page <= lastPage; ++page) {
        QList<NewsItem> items;
        const qint64 end = std::min<qint64>(m_count, (qint64(page) + 1) * PageSize);
        for (qint64 r = qint64(page) * PageSize; r < end; ++r) {
            const NewsItem *item = heldAt(r < first ? r : r + count);
            if (!item)
                break;
            items.append(*item);
        }
        if (!items.isEmpty())
            moved.append({page, std::move(items)});
    }
    for (int key : keys) {
        if (key >= firstPage)
            m_pages.remove(key);
    }
    forgetPagesAsked(); // (the pages on their way were asked for under the rows before)
    for (auto &[page, items] : moved) {
        if (items.size() < std::min<qint64>(PageSize, m_count - qint64(page) * PageSize))
            m_shortPages.insert(page); // row() asks for it whole, once
        m_pages.insert(page, new QList<NewsItem>(std::move(items)));
    }
}

void NewsListModel::removeAllRows()
{
    if (m_count == 0)
        return;
    // The worker's answers for this list (its count, its ids) were read
    // before the mark: they would bring the rows back.
    m_requests.supersede();
    const bool counting = std::exchange(m_counting, false);
    beginRemoveRows({}, 0, int(m_count) - 1);
    clearPages();
    m_ids.clear();
    m_count = 0;
    const bool wasComplete = std::exchange(m_complete, true);
    endRemoveRows();
    m_unreadDelta = 0;
    m_allShownRead = false;
    m_unreadCounts.supersede();
    m_unreadCounting = false;
    m_unread = 0;
    Q_EMIT unreadCountChanged();
    if (counting)
        Q_EMIT countReady();
    if (!wasComplete)
        Q_EMIT idsReady();
}

bool NewsListModel::markAll(MarkChange::Mark mark, bool on, qint64 labelId, qint64 expected)
{
    const bool read = mark == MarkChange::Mark::Read;
    const MarkShown shown = shownFor(mark, on, labelId, true);
    // After the marks asked for before it (the worker writes in order), and shown at once.
    const quint64 seq = ++m_markSeq;
    m_wholeMarks.append(WholeMark{seq, mark, on, labelId, m_requests.current()});
    const QList<int> cached = m_pages.keys();
    for (int key : cached) {
        for (NewsItem &item : *m_pages.object(key))
            setMark(item, mark, labelId, on);
    }
    Q_EMIT dataChanged(index(0), index(int(m_count) - 1), markRoles());
    const std::optional<qint64> unreadBefore = shownUnreadCount();
    if (read)
        markShownUnread(on);
    const bool leaves = markLeavesList(mark, on);
    if (leaves)
        removeAllRows();
    const bool rowsShowThem = mark != MarkChange::Mark::Label || m_labelNames.contains(labelId);
    auto done = [this, seq, read, mark, on, unreadBefore, leaves, rowsShowThem,
                 list = m_requests.current()](const MarkChange &change, const WriteOutcome &outcome) {
        const QString &error = outcome.error;
        m_wholeMarks.removeIf([seq](const WholeMark &m) { return m.seq == seq; });
        if (!error.isEmpty() && read && list.isCurrent())
            restoreShownUnread(unreadBefore);
        // Rows of another list (the filter changed meanwhile) never had these marks laid over them.
        markWritten(change, outcome, rowsShowThem && list.isCurrent());
        const bool starred = mark == MarkChange::Mark::Starred;
        const bool outdated = outcome.kind == StoreFailure::Outdated;
        // Nothing unread (starred) is left to show; the rows that left come
        // back; or the person sees what the list holds now.
        if (error.isEmpty() && on && ((read && m_filter.unreadOnly) || (starred && m_filter.starredOnly)))
            refresh();
        else if (!error.isEmpty() && (leaves || (outdated && list.isCurrent())))
            refresh();
    };
    const ItemFilter filter = m_filter;
    MarkChange wanted{mark, on, {}, labelId};
    wanted.expected = expected;
    if (!writeMark(wanted,
                   [filter](NewsStore &store, MarkChange &change) { return store.setMarkWhere(filter, change); },
                   done)) {
        recountUnreadIfWanted();
        return false;
    }
    recountUnreadIfWanted(); // behind the write
    Q_EMIT markShown(shown);
    return true;
}

bool NewsListModel::writeMark(const MarkChange &wanted, const MarkWriter &write, const MarkDone &done)
{
    ++m_writesPending;
    const quint64 serial = ++m_writesPosted;
    const auto kind = std::size_t(wanted.mark);
    ++m_pendingKinds[kind];
    auto run = [write](NewsStore &store, MarkChange change) {
        const bool ok = write(store, change);
        return std::pair{std::move(change),
                         ok ? WriteOutcome{} : WriteOutcome{store.errorString(), store.failure()}};
    };
    auto finish = [this, done, serial, kind](const std::pair<MarkChange, WriteOutcome> &written) {
        --m_writesPending;
        ++m_marksWritten;
        --m_pendingKinds[kind];
        done(written.first, written.second);
        // The list was read before marks it asks about were written: it is
        // read again once the last of them, and of the marks posted after
        // them, is written. (Rows read while shown in the unread-only view
        // stay only when nothing was on its way when the list was read.)
        if (m_refreshBehind && *m_refreshBehind <= serial && m_writesPosted == serial)
            refresh();
    };
    if (!m_worker) {
        const auto written = run(*m_store, wanted);
        finish(written);
        return written.second.error.isEmpty();
    }
    m_worker->write(this, [run, wanted](NewsStore &store) { return run(store, wanted); }, finish,
                    [this, run, wanted, finish] { // no worker connection: write here
                        if (m_pageReader) { // (a shared archive: not here, the server does not answer)
                            finish({wanted, WriteOutcome{m_worker->openError(), StoreFailure::Failed}});
                            return;
                        }
                        finish(m_store ? run(*m_store, wanted)
                                       : std::pair{wanted, WriteOutcome{tr("no cache"), StoreFailure::Failed}});
                    });
    return true;
}

void NewsListModel::markWritten(const MarkChange &change, const WriteOutcome &outcome, bool rowsShowThem)
{
    const QString &error = outcome.error;
    // Written, and the rows held show the marks already (they were set on
    // them, and laid over every page read since): nothing is read again.
    // Otherwise every row is read again from the cache (only the pages shown
    // are read again, when shown), with the marks still on their way laid
    // over it.
    if (!error.isEmpty())
        qCWarning(lcModels).noquote() << "a change of reader state was not written:" << error;
    if (!error.isEmpty() || !rowsShowThem) {
        clearPages();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0), index(int(m_count) - 1), markRoles());
    }
    if (error.isEmpty()) {
        Q_EMIT markApplied(change);
    } else {
        if (outcome.kind != StoreFailure::Outdated)
            Q_EMIT writeFailed(error);
        Q_EMIT markFailed(error, outcome.kind);
    }
    Q_EMIT stateChanged();
}

void NewsListModel::applyPendingMarks(NewsItem &item) const
{
    // The newest mark of each kind wins: one of this item, or one of every item of the list.
    quint64 readSeq = 0;
    quint64 starredSeq = 0;
    quint64 hiddenSeq = 0;
    QHash<qint64, quint64> labelSeqs;
    for (const WholeMark &whole : m_wholeMarks) {
        if (!whole.list.isCurrent())
            continue;
        setMark(item, whole.mark, whole.labelId, whole.on);
        switch (whole.mark) {
        case MarkChange::Mark::Read:
            readSeq = whole.seq;
            break;
        case MarkChange::Mark::Starred:
            starredSeq = whole.seq;
            break;
        case MarkChange::Mark::Hidden:
            hiddenSeq = whole.seq;
            break;
        case MarkChange::Mark::Label:
            labelSeqs.insert(whole.labelId, whole.seq);
            break;
        }
    }
    const auto pending = m_pendingMarks.constFind(item.id);
    if (pending == m_pendingMarks.constEnd())
        return;
    if (pending->read && pending->readSeq > readSeq)
        item.read = *pending->read;
    if (pending->starred && pending->starredSeq > starredSeq)
        item.starred = *pending->starred;
    if (pending->hidden && pending->hiddenSeq > hiddenSeq)
        item.hidden = *pending->hidden;
    for (auto label = pending->labels.cbegin(); label != pending->labels.cend(); ++label) {
        if (label->seq > labelSeqs.value(label.key()))
            setMark(item, MarkChange::Mark::Label, label.key(), label->on);
    }
}

QList<int> NewsListModel::markRoles()
{
    return {ReadRole, StarredRole, HiddenRole, LabelsRole, LabelColorsRole, Qt::AccessibleTextRole};
}

bool NewsListModel::hasMark(const NewsItem &item, MarkChange::Mark mark, qint64 labelId) const
{
    switch (mark) {
    case MarkChange::Mark::Read:
        return item.read;
    case MarkChange::Mark::Starred:
        return item.starred;
    case MarkChange::Mark::Hidden:
        return item.hidden;
    case MarkChange::Mark::Label: {
        const auto name = m_labelNames.constFind(labelId);
        return name != m_labelNames.constEnd() && item.labels.contains(*name);
    }
    }
    return false;
}

void NewsListModel::setMark(NewsItem &item, MarkChange::Mark mark, qint64 labelId, bool on) const
{
    switch (mark) {
    case MarkChange::Mark::Read:
        item.read = on;
        return;
    case MarkChange::Mark::Starred:
        item.starred = on;
        return;
    case MarkChange::Mark::Hidden:
        item.hidden = on;
        return;
    case MarkChange::Mark::Label:
        break;
    }
    const auto name = m_labelNames.constFind(labelId);
    if (name == m_labelNames.constEnd())
        return; // shown when the rows are read again
    item.labels.removeAll(*name);
    if (!on)
        return;
    item.labels.append(*name);
    std::stable_sort(item.labels.begin(), item.labels.end(), [this](const QString &a, const QString &b) {
        return m_labelPositions.value(a, std::numeric_limits<int>::max()) < m_labelPositions.value(b, std::numeric_limits<int>::max());
    });
}

bool NewsListModel::markLeavesList(MarkChange::Mark mark, bool on) const
{
    return mark == MarkChange::Mark::Hidden
            && m_filter.hidden == (on ? ItemFilter::Hidden::Exclude : ItemFilter::Hidden::Only);
}

bool NewsListModel::markEntersList(MarkChange::Mark mark, bool on, qint64 labelId) const
{
    switch (mark) {
    case MarkChange::Mark::Read:
        return !on && m_filter.unreadOnly;
    case MarkChange::Mark::Starred:
        return on && m_filter.starredOnly;
    case MarkChange::Mark::Hidden:
        return m_filter.hidden == (on ? ItemFilter::Hidden::Only : ItemFilter::Hidden::Exclude);
    case MarkChange::Mark::Label:
        // (A label the list knows no name of may be one of the filter's.)
        return on && !m_filter.labels.isEmpty()
                && (!m_labelNames.contains(labelId) || m_filter.labels.contains(m_labelNames.value(labelId)));
    }
    return false;
}

void NewsListModel::setLabels(const QList<Label> &labels)
{
    QHash<qint64, QString> names;
    QHash<QString, int> positions;
    QHash<QString, QString> colors;
    for (const Label &label : labels) {
        names.insert(label.id, label.name);
        positions.insert(label.name, label.position);
        colors.insert(label.name, label.color);
    }
    const bool renamed = names != m_labelNames || positions != m_labelPositions;
    m_labelNames = std::move(names);
    m_labelPositions = std::move(positions);
    if (renamed && m_count > 0) {
        // A label renamed, moved or deleted: the rows read before say the old names.
        clearPages();
        m_labelColors = std::move(colors);
        Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {LabelsRole, LabelColorsRole, Qt::AccessibleTextRole});
        return;
    }
    setLabelColors(colors);
}

void NewsListModel::setLabelColors(const QHash<QString, QString> &nameToColor)
{
    if (nameToColor == m_labelColors)
        return;
    m_labelColors = nameToColor;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {LabelColorsRole});
}

void NewsListModel::showNote(qint64 id, const QString &text)
{
    const QHash<qint64, HeldRow> held = heldRows();
    const auto row = held.constFind(id);
    if (row == held.constEnd() || row->item->note == text)
        return;
    row->item->note = text;
    Q_EMIT dataChanged(index(row->row), index(row->row), {NoteRole, Qt::AccessibleTextRole});
}

std::optional<qint64> NewsListModel::shownUnreadCount() const
{
    if (m_filter.unreadOnly) {
        // Every row was unread when it was read from the cache; those read
        // since stay shown (until the filter changes or a refresh).
        if (m_allShownRead)
            return 0;
        if (m_counting)
            return std::nullopt;
        return std::clamp<qint64>(m_count + m_unreadDelta, 0, m_count);
    }
    if (!m_unread && !m_worker && m_store && m_store->isOpen()) {
        ItemFilter unread = m_filter;
        unread.unreadOnly = true;
        const qint64 count = checked(m_store->itemCount(unread));
        if (!m_store->lastReadFailed())
            m_unread = count;
    }
    if (!m_unread)
        return std::nullopt;
    return std::clamp<qint64>(*m_unread, 0, m_count);
}

void NewsListModel::moveUnread(qint64 delta, bool unknown)
{
    const std::optional<qint64> before = shownUnreadCount();
    if (m_filter.unreadOnly) {
        m_unreadDelta += delta;
    } else if (unknown || m_unreadCounting) {
        // The marked rows were not all held, or a count started before the
        // mark is on its way: counted again behind the mark's write.
        if (m_unread)
            *m_unread += delta;
        m_unreadRecount = true;
    } else if (m_unread) {
        *m_unread += delta;
    }
    if (shownUnreadCount() != before)
        Q_EMIT unreadCountChanged();
}

void NewsListModel::markShownUnread(bool read)
{
    const std::optional<qint64> before = shownUnreadCount();
    if (m_filter.unreadOnly) {
        if (read)
            m_allShownRead = true;
        // (Marking the unread-only list unread changes none of its rows.)
    } else if (m_counting) {
        m_unread.reset();
        m_unreadRecount = true;
    } else {
        m_unread = read ? 0 : m_count;
        // A count started before the mark: counted again behind it.
        m_unreadRecount = m_unreadCounting;
    }
    if (shownUnreadCount() != before)
        Q_EMIT unreadCountChanged();
}

void NewsListModel::restoreShownUnread(std::optional<qint64> before)
{
    if (m_filter.unreadOnly)
        m_allShownRead = false;
    else
        countUnread();
    if (shownUnreadCount() != before)
        Q_EMIT unreadCountChanged();
}

void NewsListModel::recountUnreadIfWanted()
{
    if (std::exchange(m_unreadRecount, false))
        countUnread();
}

void NewsListModel::countUnread()
{
    const LatestRequest::Ticket ticket = m_unreadCounts.next();
    m_unreadCounting = false;
    if (m_filter.unreadOnly)
        return;
    if (!m_store || !m_store->isOpen()) {
        m_unread = 0;
        return;
    }
    ItemFilter unread = m_filter;
    unread.unreadOnly = true;
    if (!m_worker) {
        m_unread.reset(); // counted when asked for (shownUnreadCount()): most never ask
        return;
    }
    m_unreadCounting = true;
    auto arrived = [this, ticket](std::pair<qint64, QString> counted) {
        if (!ticket.isCurrent())
            return;
        reportReadError(counted.second);
        m_unreadCounting = false;
        const std::optional<qint64> before = shownUnreadCount();
        m_unread = counted.second.isEmpty() ? std::optional<qint64>(counted.first) : std::nullopt;
        if (shownUnreadCount() != before)
            Q_EMIT unreadCountChanged();
    };
    // Behind the marks still to be written (a High job would run before
    // them and count the cache as it was).
    m_worker->post(this, [unread, ticket](NewsStore &store) {
                       if (!ticket.isCurrent())
                           return std::pair{qint64(-1), QString()};
                       const qint64 count = store.itemCount(unread);
                       return std::pair{count, store.readError()};
                   },
                   arrived, m_writesPending > 0 ? StoreWorker::Priority::Normal : StoreWorker::Priority::High,
                   [this, arrived, unread] { // no worker connection: count here
                       if (m_store)
                           arrived({checked(m_store->itemCount(unread)), m_store->readError()});
                   });
}

void NewsListModel::setNewSince(qint64 since)
{
    if (since == m_newSince)
        return;
    m_newSince = since;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {NewRole, Qt::AccessibleTextRole});
}

int NewsListModel::nextUnread(int from) const
{
    if (!m_store || m_count == 0)
        return -1;
    if (m_counting && !m_pageReader)
        ensureComplete(); // every row, not the first page
    // Reading down the list, the next unread row is most often a few rows on:
    // look through the next pages first (what the view shows next anyway).
    const int n = rowCount();
    const int nearby = std::min(n, NearbyRows);
    bool allHeld = true; // (a shared archive's rows not held are asked for, not read here)
    for (int step = 1; step <= nearby && allHeld; ++step) {
        const int r = (from + step) % n;
        const NewsItem *item = row(r);
        if (item && !item->read)
            return r;
        allHeld = item; // a row not held may be unread: the archive says, from here on
    }
    if (m_pageReader && !(nearby == n && allHeld && !m_counting)) {
        askNextUnread(from);
        return Asking;
    }
    if (nearby == n)
        return -1;
    ensureComplete();
    // Then ask the cache, not the pages: unread rows can be far away.
    ItemFilter unread = m_filter;
    unread.unreadOnly = true;
    return unreadRowAfter(from, checked(m_store->itemIds(unread)), nearby);
}

void NewsListModel::askNextUnread(int from) const
{
    ItemFilter unread = m_filter;
    unread.unreadOnly = true;
    const LatestRequest::Ticket ticket = m_unreadSearches.next();
    const LatestRequest::Ticket list = m_requests.current();
    auto *self = const_cast<NewsListModel *>(this);
    m_pageReader->post(self, [unread, ticket](NewsStore &store) {
                           std::pair<QList<qint64>, QString> found;
                           if (ticket.isCurrent()) {
                               found.first = store.itemIds(unread);
                               found.second = store.readError();
                           }
                           return found;
                       },
                       [self, from, ticket, list](const std::pair<QList<qint64>, QString> &found) {
                           if (!ticket.isCurrent() || !list.isCurrent())
                               return;
                           self->reportReadError(found.second);
                           if (!found.second.isEmpty())
                               return;
                           if (!self->m_complete) { // (rows past the ids known: answered when they are)
                               self->m_deferredUnread = DeferredUnread{from, found.first};
                               return;
                           }
                           Q_EMIT self->nextUnreadFound(self->unreadRowAfter(from, found.first, 0));
                       },
                       StoreWorker::Priority::High);
}

int NewsListModel::unreadRowAfter(int from, const QList<qint64> &unreadIds, int skip) const
{
    if (unreadIds.isEmpty())
        return -1;
    QSet<qint64> wanted(unreadIds.cbegin(), unreadIds.cend());
    // (A row being marked read is not unread, whatever the cache said.)
    for (auto pending = m_pendingMarks.cbegin(); pending != m_pendingMarks.cend(); ++pending) {
        if (pending->read == true)
            wanted.remove(pending.key());
    }
    // The full list may differ from the rows counted (an import in between):
    // then look through all of it, and only at rows the view has. Before the
    // full list arrives (a shared archive), the rows whose ids are known.
    const int n = rowCount();
    const int total = int(m_ids.size());
    if (total == 0)
        return -1;
    for (int step = total == n ? skip + 1 : 1; step <= total; ++step) {
        const int r = (from + step) % total;
        if (r < n && wanted.contains(m_ids.at(r)))
            return r;
    }
    return -1;
}
