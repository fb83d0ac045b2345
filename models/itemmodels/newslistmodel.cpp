#include "models/itemmodels/newslistmodel.h"

#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/background.h"
#include "models/support/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

NewsListModel::NewsListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_pages.setMaxCost(MaxCachedPages);
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

void NewsListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pagesFetched = 0;
    const LatestRequest::Ticket ticket = m_requests.next();
    m_counting = false;
    if (!m_store || !m_store->isOpen()) {
        m_ids.clear();
        m_count = 0;
        m_complete = true;
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
                       reportReadError(counted.second);
                       if (ticket.isCurrent() && m_counting)
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
                       reportReadError(read.second);
                       if (ticket.isCurrent() && !m_complete)
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
        m_requests.supersede();
        beginResetModel();
        m_pages.clear();
        m_ids = checked(m_store->itemIds(m_filter, PageSize, 0));
        m_count = m_ids.size();
        const bool wasComplete = std::exchange(m_complete, true);
        endResetModel();
        Q_EMIT countReady();
        if (!wasComplete)
            Q_EMIT idsReady();
        return;
    }
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
        m_pages.clear();
        m_ids = std::move(ids);
        m_count = m_ids.size();
        m_complete = true;
        endResetModel();
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
    if (!items) {
        const qsizetype from = qsizetype(page) * PageSize;
        const QList<qint64> ids = (m_complete || from + PageSize <= m_ids.size())
                ? m_ids.mid(from, PageSize)
                : checked(m_store->itemIds(m_filter, PageSize, from)); // before the worker's list arrives
        auto fetched = std::make_unique<QList<NewsItem>>(checked(m_store->items(ids, RowTextLimit)));
        ++m_pagesFetched;
        // The store leaves out items that vanished since the ids were read;
        // keep rows aligned by filling the gaps with empty items.
        if (fetched->size() != ids.size()) {
            QList<NewsItem> aligned;
            aligned.reserve(ids.size());
            qsizetype k = 0;
            for (qint64 id : ids) {
                if (k < fetched->size() && fetched->at(k).id == id)
                    aligned.append(fetched->at(k++));
                else
                    aligned.append(NewsItem{id, {}, {}, {}, {}, true, false});
            }
            *fetched = std::move(aligned);
        }
        for (NewsItem &item : *fetched)
            applyPendingMarks(item);
        items = fetched.get();
        m_pages.insert(page, fetched.release());
    }
    const qsizetype at = row % PageSize;
    return at < items->size() ? &items->at(at) : nullptr;
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
        if (!item->categories.isEmpty())
            parts.append(item->categories.join(u", "_s));
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
    return names;
}

qint64 NewsListModel::idAt(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    if (row < m_ids.size())
        return m_ids.at(row);
    ensureComplete();
    return row < m_ids.size() ? m_ids.at(row) : 0;
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
            Q_EMIT wholeItemRead(item);
            return;
        }
    }
    applyPendingMarks(item);
    Q_EMIT wholeItemRead(item);
}

void NewsListModel::invalidateRows(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    int first = rows.first();
    int last = rows.first();
    for (int r : rows) {
        m_pages.remove(r / PageSize);
        first = std::min(first, r);
        last = std::max(last, r);
    }
    Q_EMIT dataChanged(index(first), index(last), {ReadRole, StarredRole, Qt::AccessibleTextRole});
}

bool NewsListModel::setRead(const QList<int> &rows, bool read)
{
    return writeState(rows, &NewsItem::read, read, &NewsStore::setRead);
}

bool NewsListModel::setStarred(const QList<int> &rows, bool starred)
{
    return writeState(rows, &NewsItem::starred, starred, &NewsStore::setStarred);
}

void NewsListModel::applyPendingMarks(NewsItem &item) const
{
    if (m_allReadPending > 0 && m_allReadList.isCurrent())
        item.read = true;
    if (const auto pending = m_pendingMarks.constFind(item.id); pending != m_pendingMarks.constEnd()) {
        if (pending->read)
            item.read = *pending->read;
        if (pending->starred)
            item.starred = *pending->starred;
    }
}

void NewsListModel::marksWritten(const QString &error, bool rowsShowThem)
{
    // Written, and the rows held show the marks already (they were set on
    // them, and laid over every page read since): nothing is read again.
    // Otherwise every row is read again from the cache (only the pages shown
    // are read again, when shown), with the marks still on their way laid
    // over it.
    if (!error.isEmpty())
        qCWarning(lcModels) << "a change of reader state was not written:" << error;
    if (!error.isEmpty() || !rowsShowThem) {
        m_pages.clear();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {ReadRole, StarredRole, Qt::AccessibleTextRole});
    }
    if (!error.isEmpty())
        Q_EMIT writeFailed(error);
    Q_EMIT stateChanged();
}

bool NewsListModel::writeState(const QList<int> &rows, bool NewsItem::*field, bool value, StateWriter write)
{
    if (!m_store || rows.isEmpty())
        return false;
    const QList<qint64> ids = idsOfRows(rows);
    if (!m_worker) {
        if (!(m_store->*write)(ids, value))
            return false;
        invalidateRows(rows);
        Q_EMIT stateChanged();
        return true;
    }
    // Shown at once, written by the worker: while an import holds the cache's
    // write lock, the worker waits for it, not the GUI thread. Until it has
    // written them, the marks are laid over whatever the cache still says.
    const bool read = field == &NewsItem::read;
    for (qint64 id : ids) {
        PendingMark &mark = m_pendingMarks[id];
        ++mark.writes;
        (read ? mark.read : mark.starred) = value;
    }
    int first = rows.first();
    int last = rows.first();
    for (int r : rows) {
        if (QList<NewsItem> *page = m_pages.object(r / PageSize); page && r % PageSize < page->size())
            (*page)[r % PageSize].*field = value;
        first = std::min(first, r);
        last = std::max(last, r);
    }
    Q_EMIT dataChanged(index(first), index(last), {ReadRole, StarredRole, Qt::AccessibleTextRole});
    auto done = [this, ids](const QString &error) {
        for (qint64 id : ids) {
            if (auto mark = m_pendingMarks.find(id); mark != m_pendingMarks.end() && --mark->writes <= 0)
                m_pendingMarks.erase(mark);
        }
        marksWritten(error, true);
    };
    writeOnWorker([ids, value, write](NewsStore &store) {
                      return (store.*write)(ids, value) ? QString() : store.errorString();
                  },
                  done);
    return true;
}

void NewsListModel::writeOnWorker(const std::function<QString(NewsStore &)> &write,
                                  const std::function<void(const QString &)> &done)
{
    m_worker->write(this, write, done, [this, write, done] { // no worker connection: write here
        done(m_store ? write(*m_store) : tr("no cache"));
    });
}

bool NewsListModel::markAllRead()
{
    if (!m_store || m_count == 0)
        return false;
    if (!m_worker) {
        if (!m_store->setReadWhere(m_filter, true))
            return false;
        allMarkedRead();
        Q_EMIT stateChanged();
        return true;
    }
    // After the marks asked for before it (the worker writes in order), and
    // shown at once.
    ++m_allReadPending;
    m_allReadList = m_requests.current();
    const ItemFilter filter = m_filter;
    auto done = [this, list = m_allReadList](const QString &error) {
        --m_allReadPending;
        if (error.isEmpty() && m_filter.unreadOnly)
            allMarkedRead();
        // Rows of another list (the filter changed meanwhile) never had these marks laid over them.
        marksWritten(error, list.isCurrent());
    };
    writeOnWorker([filter](NewsStore &store) {
                      return store.setReadWhere(filter, true) ? QString() : store.errorString();
                  },
                  done);
    const QList<int> cached = m_pages.keys();
    for (int key : cached) {
        for (NewsItem &item : *m_pages.object(key))
            item.read = true;
    }
    Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {ReadRole, Qt::AccessibleTextRole});
    return true;
}

void NewsListModel::allMarkedRead()
{
    if (m_filter.unreadOnly) {
        refresh(); // nothing unread is left to show
    } else {
        m_pages.clear();
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ReadRole, Qt::AccessibleTextRole});
    }
}

int NewsListModel::nextUnread(int from) const
{
    if (!m_store || m_count == 0)
        return -1;
    if (m_counting)
        ensureComplete(); // every row, not the first page
    // Reading down the list, the next unread row is most often a few rows on:
    // look through the next pages first (what the view shows next anyway).
    const int n = rowCount();
    const int nearby = std::min(n, NearbyRows);
    for (int step = 1; step <= nearby; ++step) {
        const int r = (from + step) % n;
        if (const NewsItem *item = row(r); item && !item->read)
            return r;
    }
    if (nearby == n)
        return -1;
    ensureComplete();
    // Then ask the cache, not the pages: unread rows can be far away.
    ItemFilter unread = m_filter;
    unread.unreadOnly = true;
    const QList<qint64> unreadIds = checked(m_store->itemIds(unread));
    if (unreadIds.isEmpty())
        return -1;
    const QSet<qint64> wanted(unreadIds.cbegin(), unreadIds.cend());
    // The full list may differ from the rows counted (an import in between):
    // then look through all of it, and only at rows the view has.
    const int total = int(m_ids.size());
    for (int step = total == n ? nearby + 1 : 1; step <= total; ++step) {
        const int r = (from + step) % total;
        if (r < n && wanted.contains(m_ids.at(r)))
            return r;
    }
    return -1;
}
