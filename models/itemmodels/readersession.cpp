#include "models/itemmodels/readersession.h"

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/importing/cacherecovery.h"
#include "models/store/storeworker.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

ReaderSession::ReaderSession(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(this))
    , m_newsModel(new NewsListModel(this))
    , m_categoryModel(new CategoryModel(this))
    , m_changeTimer(new QTimer(this))
{
    m_newsModel->setObjectName(u"newsModel"_s);
    m_categoryModel->setObjectName(u"categoryModel"_s);
    m_changeTimer->setInterval(ChangePollMs);
    connect(m_changeTimer, &QTimer::timeout, this, &ReaderSession::pollImports);
    // In the same turn as the mark (a direct connection): the counts move with the rows.
    connect(m_newsModel, &NewsListModel::markShown, this, &ReaderSession::markShown);
    connect(m_categoryModel, &CategoryModel::countsChanged, this, &ReaderSession::countsChanged);
    connect(m_categoryModel, &CategoryModel::countsReady, this, &ReaderSession::categoryCountsReady);
    connect(m_newsModel, &NewsListModel::readFailed, this, &ReaderSession::reportReadFailure);
    connect(m_categoryModel, &CategoryModel::readFailed, this, &ReaderSession::reportReadFailure);
}

ReaderSession::~ReaderSession()
{
    m_newsModel->setStore(nullptr);
    m_categoryModel->setStore(nullptr);
}

bool ReaderSession::openStore(const QString &path)
{
    m_setAsideAs.clear();
    m_damageError.clear();
    m_openError.clear();
    // The GUI thread never builds the mirror of the read marks (about 1 s at
    // 1,000,000 items): the worker's store or an import does.
    m_store.setMirrorRebuilds(false);
    if (m_store.open(path))
        return true;
    qCWarning(lcModels) << "cannot open the cache" << path << m_store.errorString();
    if (m_store.failure() != StoreFailure::Damaged)
        return false;
    // Nothing of this session is open yet (the worker opens after this): the
    // cache is set aside unless an import or another newsdesk holds it.
    const CacheRecovery::Result aside = CacheRecovery::setAside(path, m_store.errorString());
    if (aside.setAsideAs.isEmpty()) {
        qCWarning(lcModels).noquote() << aside.error;
        m_openError = m_store.errorString() + u' ' + CacheRecovery::describe(path, aside);
        return false;
    }
    m_damageError = m_store.errorString();
    m_setAsideAs = aside.setAsideAs;
    return m_store.open(path);
}

QStringList ReaderSession::rememberedSources() const
{
    const QStringList sources = m_store.rememberedSources();
    checkRead();
    return sources;
}

bool ReaderSession::open(const QString &path, const ItemFilter &filter)
{
    m_path = path;
    if (!openStore(path))
        return false;
    m_lastReadFailure.clear();
    m_total = m_store.itemCount();
    m_importStamp = m_store.importStamp();
    checkRead();
    // The visit before this one: what arrived since is new.
    m_previousVisit = m_store.lastVisit();
    checkRead();
    m_newsModel->setNewSince(m_previousVisit);
    m_changeTimer->start();
    // Filter first, then the store: the list is read once.
    m_newsModel->setFilter(filter);
    m_categoryModel->setFilter(filter);
    // Slow reads (category counts, the full id list of a large filter) go to
    // a second connection on a worker: never on this thread.
    m_worker->open(path);
    m_categoryModel->setWorker(m_worker);
    m_newsModel->setWorker(m_worker);
    // The counts first: the worker starts them at once, and the list's id
    // list (longer) follows them instead of holding them up.
    m_categoryModel->setStore(&m_store);
    m_newsModel->setStore(&m_store);
    recountUnread();
    Q_EMIT countsChanged();
    return true;
}

bool ReaderSession::recordVisit()
{
    if (!m_store.isOpen())
        return false;
    if (m_store.setLastVisit(QDateTime::currentMSecsSinceEpoch()))
        return true;
    qCWarning(lcModels).noquote() << "cannot record the visit:" << m_store.errorString();
    return false;
}

bool ReaderSession::isOpen() const
{
    return m_store.isOpen();
}

QString ReaderSession::errorString() const
{
    return m_openError.isEmpty() ? m_store.errorString() : m_openError;
}

const ItemFilter &ReaderSession::filter() const
{
    return m_newsModel->filter();
}

bool ReaderSession::setFilter(const ItemFilter &filter)
{
    // The counts first (see open()), then the list. A failure met again
    // under the new filter is said again.
    m_lastReadFailure.clear();
    m_categoryModel->setFilter(filter);
    if (filter == m_newsModel->filter())
        return false;
    m_newsModel->setFilter(filter);
    return true;
}

void ReaderSession::refresh()
{
    m_lastReadFailure.clear();
    m_total = m_store.isOpen() ? m_store.itemCount() : 0;
    if (m_store.isOpen())
        m_importStamp = m_store.importStamp();
    checkRead();
    m_categoryModel->refresh(); // counts first, as in open()
    m_newsModel->refresh();
    recountUnread();
    Q_EMIT countsChanged();
}

void ReaderSession::pollImports()
{
    // Two reads on this thread: PRAGMA data_version, and the small files table
    // only when another connection committed. In WAL mode a read never waits
    // for a writer, so the window is not held up by an import elsewhere.
    if (!m_store.isOpen())
        return;
    const QString stamp = m_store.importStamp();
    if (m_store.lastReadFailed()) {
        checkRead();
        return;
    }
    if (stamp == m_importStamp)
        return;
    qCDebug(lcModels) << "the cache changed under the window:" << m_importStamp << "->" << stamp;
    m_importStamp = stamp;
    Q_EMIT importedElsewhere();
}

std::optional<qint64> ReaderSession::shownCount() const
{
    return m_newsModel->shownCount();
}

qint64 ReaderSession::pendingIndexItems() const
{
    if (!m_store.isOpen())
        return 0;
    const qint64 pending = m_store.pendingIndexItems();
    checkRead();
    return pending;
}

void ReaderSession::checkRead() const
{
    if (!m_store.lastReadFailed())
        return;
    // Through the event loop, as the models do: a read may happen in the middle of a caller's work.
    auto *self = const_cast<ReaderSession *>(this);
    QMetaObject::invokeMethod(self, [self, error = m_store.readError()] { self->reportReadFailure(error); },
                              Qt::QueuedConnection);
}

void ReaderSession::reportReadFailure(const QString &error)
{
    // A broken cache fails every page the list reads: one message, not one per page.
    if (error == m_lastReadFailure)
        return;
    m_lastReadFailure = error;
    qCWarning(lcModels).noquote() << "a read of the cache failed:" << error;
    Q_EMIT readFailed(error);
    // Damage met by this thread's reads (the list's pages, the counts): the
    // cache cannot be set aside under the open connections, so the next open does it.
    if (m_store.lastReadDamaged() && m_store.readError() == error && NewsStore::markDamaged(m_path, error))
        Q_EMIT damageFound(error);
}

bool ReaderSession::countsCoverTheCache() const
{
    ItemFilter facet = m_newsModel->filter().withoutCategories();
    facet.unreadOnly = false;
    return facet.isEmpty();
}

void ReaderSession::categoryCountsReady()
{
    // With nothing but categories (and unreadOnly) in the filter, "All
    // categories" is the cache: its recount (behind the marks' writes) is the
    // cache's unread number, and no count of its own is needed.
    if (countsCoverTheCache())
        setUnreadTotal(m_categoryModel->unreadTotal());
}

void ReaderSession::recountUnread()
{
    const LatestRequest::Ticket ticket = m_unreadCounts.next();
    if (!m_store.isOpen()) {
        setUnreadTotal(0);
        return;
    }
    if (countsCoverTheCache())
        return; // categoryCountsReady()
    ItemFilter unread;
    unread.unreadOnly = true;
    const auto arrived = [this, ticket](std::pair<qint64, QString> counted) {
        if (!counted.second.isEmpty())
            reportReadFailure(counted.second);
        else if (ticket.isCurrent()) // a mark since supersedes it
            setUnreadTotal(counted.first);
    };
    // Behind the marks still to be written: it confirms them.
    m_worker->post(this, [unread, ticket](NewsStore &store) {
                       if (!ticket.isCurrent())
                           return std::pair{qint64(0), QString()};
                       const qint64 count = store.itemCount(unread);
                       return std::pair{count, store.readError()};
                   },
                   arrived,
                   m_newsModel->hasPendingWrites() ? StoreWorker::Priority::Normal : StoreWorker::Priority::High,
                   [this, arrived, unread] { // no worker connection: count here
                       const qint64 count = m_store.itemCount(unread);
                       arrived({count, m_store.readError()});
                   });
}

void ReaderSession::setUnreadTotal(qint64 unread)
{
    if (unread == m_unreadTotal)
        return;
    m_unreadTotal = unread;
    Q_EMIT countsChanged();
}

namespace {

using Delta = CategoryModel::Delta;

Delta &operator+=(Delta &a, const Delta &b)
{
    a.count += b.count;
    a.unread += b.unread;
    return a;
}

// What the marked rows the list held change of the counts under the facet
// (the filter without categories and unreadOnly: a row passes it, and with
// starredOnly a star takes it in or out).
CategoryModel::Adjustment rowsAdjustment(const NewsListModel::MarkShown &shown, qint64 &cacheUnread)
{
    CategoryModel::Adjustment adjustment;
    const bool read = shown.mark == MarkChange::Mark::Read;
    for (const NewsListModel::MarkShown::Row &row : shown.rows) {
        const bool readAfter = read ? shown.on : row.read;
        const bool starredAfter = read ? row.starred : shown.on;
        const bool inBefore = !shown.filter.starredOnly || row.starred;
        const bool inAfter = !shown.filter.starredOnly || starredAfter;
        const Delta delta{qint64(inAfter) - qint64(inBefore),
                          qint64(inAfter && !readAfter) - qint64(inBefore && !row.read)};
        if (row.categories.isEmpty())
            adjustment.categories[QString()] += delta;
        for (const QString &name : row.categories)
            adjustment.categories[name] += delta;
        adjustment.all += delta;
        cacheUnread += qint64(!readAfter) - qint64(!row.read);
    }
    return adjustment;
}

} // namespace

CategoryModel::Adjustment ReaderSession::wholeFilterAdjustment(const NewsListModel::MarkShown &shown) const
{
    // Every item of the list's filter got the read mark: the categories the
    // list covers whole (all, or the checked ones when any of them will do)
    // are all read (unread); "All categories" moves by the list's unread.
    CategoryModel::Adjustment adjustment;
    const ItemFilter &filter = shown.filter;
    if (shown.mark != MarkChange::Mark::Read || (filter.unreadOnly && !shown.on))
        return adjustment;
    const auto cover = [&](const QString &name) {
        if (const std::optional<Delta> counts = m_categoryModel->countsOf(name))
            adjustment.categories[name] = Delta{0, (shown.on ? 0 : counts->count) - counts->unread};
    };
    const bool everyCategory = filter.categories.isEmpty() && !filter.uncategorised;
    if (everyCategory) {
        for (int row = 1; row < m_categoryModel->rowCount(); ++row)
            cover(m_categoryModel->index(row).data(CategoryModel::NameRole).toString());
        adjustment.all.unread = (shown.on ? 0 : m_categoryModel->totalCount()) - m_categoryModel->unreadTotal();
        return adjustment;
    }
    if (filter.match == ItemFilter::Match::Any || filter.categories.size() + (filter.uncategorised ? 1 : 0) <= 1) {
        for (const QString &name : filter.categories)
            cover(name);
        if (filter.uncategorised)
            cover(QString());
    }
    if (shown.shownUnreadBefore)
        adjustment.all.unread = shown.on ? -*shown.shownUnreadBefore : shown.shownBefore - *shown.shownUnreadBefore;
    return adjustment;
}

void ReaderSession::markShown(const NewsListModel::MarkShown &shown)
{
    // In the same turn as the rows: from their categories and their state
    // before the mark. Items the list held no row of (undo after a refresh)
    // are presumed to have had the other state; the recounts behind the
    // write (the category counts and the cache's unread) confirm it all.
    qint64 cacheUnread = 0;
    CategoryModel::Adjustment adjustment = rowsAdjustment(shown, cacheUnread);
    const bool read = shown.mark == MarkChange::Mark::Read;
    if (read && shown.unknown > 0) {
        const qint64 presumed = shown.on ? -shown.unknown : shown.unknown;
        cacheUnread += presumed;
        ItemFilter facet = shown.filter.withoutCategories();
        facet.unreadOnly = false;
        if (facet.isEmpty()) // every item passes the facet
            adjustment.all.unread += presumed;
    }
    if (shown.wholeFilter) {
        adjustment = wholeFilterAdjustment(shown);
        // The items that changed are the list's: "All categories" moved by
        // them, and so did the cache (0 when unknown: counted behind the write).
        cacheUnread = adjustment.all.unread;
    }
    m_categoryModel->adjust(adjustment);
    setUnreadTotal(std::max<qint64>(0, m_unreadTotal + cacheUnread));
    recountUnread();
}
