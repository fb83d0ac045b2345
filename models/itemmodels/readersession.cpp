#include "models/itemmodels/readersession.h"

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/importing/cacherecovery.h"
#include "models/store/postgres/pgaddress.h"
#include "models/store/storeworker.h"
#include "models/support/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QScopeGuard>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

ReaderSession::ReaderSession(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(this))
    , m_newsModel(new NewsListModel(this))
    , m_categoryModel(new CategoryModel(this))
    , m_labelModel(new LabelModel(this))
    , m_savedViewModel(new SavedViewModel(this))
    , m_sourceModel(new SourceModel(this))
    , m_changeTimer(new QTimer(this))
    , m_notifyDelay(new QTimer(this))
    , m_organiseRecount(new QTimer(this))
{
    m_newsModel->setObjectName(u"newsModel"_s);
    m_categoryModel->setObjectName(u"categoryModel"_s);
    m_labelModel->setObjectName(u"labelModel"_s);
    m_savedViewModel->setObjectName(u"savedViewModel"_s);
    m_sourceModel->setObjectName(u"sourceModel"_s);
    m_changeTimer->setInterval(ChangePollMs);
    connect(m_changeTimer, &QTimer::timeout, this, &ReaderSession::pollImports);
    m_notifyDelay->setSingleShot(true);
    m_notifyDelay->setInterval(NotifyDelayMs);
    connect(m_notifyDelay, &QTimer::timeout, this, &ReaderSession::pollImports);
    m_organiseRecount->setSingleShot(true);
    m_organiseRecount->setInterval(OrganiseRecountMs);
    connect(m_organiseRecount, &QTimer::timeout, this, &ReaderSession::recountOrganised);
    // In the same turn as the mark (a direct connection): the counts move with the rows.
    connect(m_newsModel, &NewsListModel::markShown, this, &ReaderSession::markShown);
    connect(m_categoryModel, &CategoryModel::countsChanged, this, &ReaderSession::countsChanged);
    connect(m_categoryModel, &CategoryModel::countsReady, this, &ReaderSession::categoryCountsReady);
    connect(m_newsModel, &NewsListModel::readFailed, this, &ReaderSession::reportReadFailure);
    connect(m_categoryModel, &CategoryModel::readFailed, this, &ReaderSession::reportReadFailure);
    connect(m_labelModel, &LabelModel::readFailed, this, &ReaderSession::reportReadFailure);
    connect(m_savedViewModel, &SavedViewModel::readFailed, this, &ReaderSession::reportReadFailure);
    connect(m_sourceModel, &SourceModel::readFailed, this, &ReaderSession::reportReadFailure);
    // The list paints the labels as the label model has them.
    connect(m_labelModel, &LabelModel::labelsChanged, this, &ReaderSession::labelsRead);
    connect(m_savedViewModel, &SavedViewModel::orderChanged, this, &ReaderSession::reorderViews);
    connect(m_labelModel, &LabelModel::orderChanged, this, &ReaderSession::reorderLabels);
    connect(m_newsModel, &NewsListModel::markApplied, this, &ReaderSession::markWritten);
    connect(m_newsModel, &NewsListModel::markFailed, this, &ReaderSession::markWritten);
}

ReaderSession::~ReaderSession()
{
    // The models let go of the store first: what they write on the way is
    // still written (a read they ask for is dropped once the readers stop).
    m_newsModel->setStore(nullptr);
    m_categoryModel->setStore(nullptr);
    m_labelModel->setStore(nullptr);
    m_savedViewModel->setStore(nullptr);
    m_sourceModel->setStore(nullptr);
    // Both readers asked to end before either is waited for: a server that
    // does not answer holds quitting StoreWorker::ServerWaitMs once, not twice.
    if (m_pageReader)
        m_pageReader->stop();
    m_worker->stop();
    m_newsModel->setPageReader(nullptr);
    delete m_pageReader; // (owned; the worker, a child, goes with this session)
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
    qCWarning(lcModels) << "cannot open the cache" << PgAddress::withoutPassword(path) << m_store.errorString();
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
    if (isShared()) {
        startPageReader(path); // (it listens for other desktops' imports)
    } else {
        m_watching = m_store.watchChanges([this] { changeNotified(); });
    }
    m_changeTimer->start(m_watching ? WatchedPollMs : ChangePollMs);
    // Filter first, then the store: the list is read once.
    m_newsModel->setFilter(filter);
    m_categoryModel->setFilter(filter);
    m_labelModel->setFilter(filter);
    // Slow reads (category counts, the full id list of a large filter) go to
    // a second connection on a worker: never on this thread.
    m_worker->open(path);
    m_categoryModel->setWorker(m_worker);
    m_newsModel->setWorker(m_worker);
    m_labelModel->setWorker(m_worker);
    m_savedViewModel->setWorker(m_worker);
    m_sourceModel->setWorker(m_worker);
    // The counts first: the worker starts them at once, and the list's id
    // list (longer) follows them instead of holding them up.
    m_categoryModel->setStore(&m_store);
    m_labelModel->setStore(&m_store);
    m_newsModel->setStore(&m_store);
    m_savedViewModel->setStore(&m_store);
    m_sourceModel->setStore(&m_store);
    recountUnread();
    Q_EMIT countsChanged();
    return true;
}

bool ReaderSession::recordVisit()
{
    if (!m_store.isOpen())
        return false;
    if (isShared()) {
        // Written by the worker: a server that stopped answering holds no
        // window (quitting waits for it at most StoreWorker::ServerWaitMs).
        m_worker->write(this, [now = QDateTime::currentMSecsSinceEpoch()](NewsStore &store) {
                            return store.setLastVisit(now) ? QString() : store.errorString();
                        },
                        [](const QString &error) {
                            if (!error.isEmpty())
                                qCWarning(lcModels).noquote() << "cannot record the visit:" << error;
                        });
        return true;
    }
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
    m_labelModel->setFilter(filter);
    if (filter == m_newsModel->filter())
        return false;
    m_newsModel->setFilter(filter);
    return true;
}

void ReaderSession::startPageReader(const QString &path)
{
    // A shared archive's server may stop answering: after open() this
    // thread reads nothing of it. The list's pages, the poll and the totals
    // go to a worker of their own (never waiting behind a count), which
    // also listens for other desktops' imports (the notification comes on
    // its thread; a connection it makes again listens again).
    if (!m_pageReader) {
        m_pageReader = new StoreWorker;
        connect(m_pageReader, &StoreWorker::openFailed, this, [this](const QString &error) {
            m_polling = false;
            reportReadFailure(error);
        });
        connect(m_worker, &StoreWorker::openFailed, this, &ReaderSession::reportReadFailure);
    }
    m_pageReader->open(path);
    m_newsModel->setPageReader(m_pageReader);
    QPointer<ReaderSession> self(this); // (read on this thread only: the call below goes through the application)
    m_pageReader->post(this, [self](NewsStore &store) {
                           return store.watchChanges([self] {
                               QMetaObject::invokeMethod(QCoreApplication::instance(), [self] {
                                   if (self)
                                       self->changeNotified();
                               }, Qt::QueuedConnection);
                           });
                       },
                       [this](bool watching) {
                           m_watching = watching;
                           if (m_watching && m_lastReadFailure.isEmpty())
                               m_changeTimer->setInterval(WatchedPollMs);
                       },
                       StoreWorker::Priority::High);
}

void ReaderSession::refresh()
{
    m_lastReadFailure.clear();
    if (m_pageReader && m_store.isOpen()) {
        readTotalsOffThread();
    } else {
        m_total = m_store.isOpen() ? m_store.itemCount() : 0;
        if (m_store.isOpen())
            m_importStamp = m_store.importStamp();
        checkRead();
    }
    m_organiseRecount->stop(); // counted below
    m_categoryModel->refresh(); // counts first, as in open()
    m_labelModel->refresh();
    m_newsModel->refresh();
    m_savedViewModel->refresh();
    m_sourceModel->refresh();
    recountUnread();
    Q_EMIT countsChanged();
}

void ReaderSession::changeNotified()
{
    if (!m_notifyDelay->isActive())
        m_notifyDelay->start();
}

void ReaderSession::readTotalsOffThread()
{
    m_pageReader->post(this, [](NewsStore &store) {
                           Totals totals{store.itemCount(), {}, store.readError()};
                           if (totals.error.isEmpty()) {
                               totals.stamp = store.importStamp();
                               totals.error = store.readError();
                           }
                           return totals;
                       },
                       [this](const Totals &totals) {
                           if (!totals.error.isEmpty()) {
                               reportReadFailure(totals.error);
                               return;
                           }
                           m_importStamp = totals.stamp;
                           if (std::exchange(m_total, totals.items) != totals.items)
                               Q_EMIT countsChanged();
                       },
                       StoreWorker::Priority::High);
}

void ReaderSession::pollImports()
{
    if (!m_store.isOpen())
        return;
    if (m_pageReader) {
        if (std::exchange(m_polling, true))
            return; // (the last poll has not answered: a server that is slow, or does not answer)
        m_pageReader->post(this, [](NewsStore &store) {
                               QString stamp = store.importStamp();
                               return std::pair{std::move(stamp), store.readError()};
                           },
                           [this](const std::pair<QString, QString> &polled) {
                               m_polling = false;
                               importsPolled(polled.first, polled.second);
                           },
                           StoreWorker::Priority::High);
        return;
    }
    // Two reads on this thread: PRAGMA data_version, and the small files table
    // only when another connection committed. In WAL mode a read never waits
    // for a writer, so the window is not held up by an import elsewhere.
    const QString stamp = m_store.importStamp();
    importsPolled(stamp, m_store.readError());
}

void ReaderSession::importsPolled(const QString &stamp, const QString &error)
{
    if (!error.isEmpty()) {
        reportReadFailure(error);
        // A shared archive's lost connection: tried again soon (the next read connects).
        if (m_watching)
            m_changeTimer->setInterval(ChangePollMs);
        return;
    }
    if (m_watching)
        m_changeTimer->setInterval(WatchedPollMs);
    if (isShared() && !m_lastReadFailure.isEmpty() && m_lastReadFailure != m_retriedFailure) {
        // Read again: it works now (a connection made again).
        qCInfo(lcModels).noquote() << "the shared archive answers again after:" << m_lastReadFailure;
        m_retriedFailure = m_lastReadFailure;
        m_importStamp = stamp;
        Q_EMIT readsRecovered();
        return;
    }
    if (m_lastReadFailure.isEmpty())
        m_retriedFailure.clear();
    if (stamp == m_importStamp)
        return;
    qCDebug(lcModels) << "the cache changed under the window:" << m_importStamp << "->" << stamp;
    m_importStamp = stamp;
    Q_EMIT importedElsewhere();
}

ReaderSession::Trial ReaderSession::tryOpen(const QString &location, const QString &password)
{
    // The password typed is tried by this thread's connection only: the
    // connections already open keep the one that works until it did.
    NewsStore::setTrialPassword(location, password);
    const auto endTrial = qScopeGuard([&location] { NewsStore::setTrialPassword(location, {}); });
    NewsStore store;
    store.setMirrorRebuilds(false);
    Trial trial;
    trial.opened = store.open(location);
    if (trial.opened) {
        if (!password.isEmpty())
            NewsStore::setSessionPassword(location, password);
        return trial;
    }
    trial.error = store.errorString();
    trial.needsPassword = store.failure() == StoreFailure::Password;
    qCWarning(lcModels).noquote() << "cannot open" << PgAddress::withoutPassword(location) << trial.error;
    return trial;
}

QString ReaderSession::archiveName(const QString &location)
{
    if (!NewsStore::isShared(location))
        return {};
    const QUrl url(location);
    const QString who = url.userName().isEmpty() ? QString() : url.userName() + u'@';
    return who + url.host() + url.path();
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
    // A shared archive's lost connection: the poll's next read (soon) connects again.
    if (m_watching)
        m_changeTimer->start(ChangePollMs);
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

// A row's marks, before or after a mark.
struct RowState
{
    bool read = false;
    bool starred = false;
    bool hidden = false;
    QStringList labels;
};

RowState stateAfter(const NewsListModel::MarkShown &shown, const NewsListModel::MarkShown::Row &row)
{
    RowState after{row.read, row.starred, row.hidden, row.labels};
    switch (shown.mark) {
    case MarkChange::Mark::Read:
        after.read = shown.on;
        break;
    case MarkChange::Mark::Starred:
        after.starred = shown.on;
        break;
    case MarkChange::Mark::Hidden:
        after.hidden = shown.on;
        break;
    case MarkChange::Mark::Label:
        after.labels.removeAll(shown.labelName);
        if (shown.on && !shown.labelName.isEmpty())
            after.labels.append(shown.labelName);
        break;
    }
    return after;
}

// Whether a row of this state passes the facet (the filter without
// categories and unreadOnly; with labels when withLabels).
bool passesFacet(const ItemFilter &filter, const RowState &state, bool withLabels)
{
    if (filter.starredOnly && !state.starred)
        return false;
    if (state.hidden ? filter.hidden == ItemFilter::Hidden::Exclude : filter.hidden == ItemFilter::Hidden::Only)
        return false;
    if (!withLabels || filter.labels.isEmpty())
        return true;
    return std::any_of(state.labels.cbegin(), state.labels.cend(),
                       [&](const QString &name) { return filter.labels.contains(name); });
}

Delta rowDelta(bool inBefore, bool unreadBefore, bool inAfter, bool unreadAfter)
{
    return Delta{qint64(inAfter) - qint64(inBefore), qint64(inAfter && unreadAfter) - qint64(inBefore && unreadBefore)};
}

// What the marked rows the list held change of the counts under the facet:
// the categories', the labels' (their facet leaves out the label part) and
// the cache's unread number (hidden items are not counted).
CategoryModel::Adjustment rowsAdjustment(const NewsListModel::MarkShown &shown, qint64 &cacheUnread,
                                         QHash<QString, LabelModel::Delta> &labels)
{
    CategoryModel::Adjustment adjustment;
    for (const NewsListModel::MarkShown::Row &row : shown.rows) {
        const RowState before{row.read, row.starred, row.hidden, row.labels};
        const RowState after = stateAfter(shown, row);
        const Delta delta = rowDelta(passesFacet(shown.filter, before, true), !before.read,
                                     passesFacet(shown.filter, after, true), !after.read);
        if (row.categories.isEmpty())
            adjustment.categories[QString()] += delta;
        for (const QString &name : row.categories)
            adjustment.categories[name] += delta;
        adjustment.all += delta;
        cacheUnread += qint64(!after.read && !after.hidden) - qint64(!before.read && !before.hidden);
        const bool labelInBefore = passesFacet(shown.filter, before, false);
        const bool labelInAfter = passesFacet(shown.filter, after, false);
        QStringList names = before.labels;
        for (const QString &name : after.labels) {
            if (!names.contains(name))
                names.append(name);
        }
        for (const QString &name : std::as_const(names)) {
            const Delta d = rowDelta(labelInBefore && before.labels.contains(name), !before.read,
                                     labelInAfter && after.labels.contains(name), !after.read);
            labels[name].count += d.count;
            labels[name].unread += d.unread;
        }
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
    QHash<QString, LabelModel::Delta> labels;
    CategoryModel::Adjustment adjustment = rowsAdjustment(shown, cacheUnread, labels);
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
    if (shown.wholeFilter && shown.mark == MarkChange::Mark::Hidden)
        adjustment = wholeFilterHidden(shown, cacheUnread);
    m_categoryModel->adjust(adjustment);
    m_labelModel->adjust(labels);
    setUnreadTotal(std::max<qint64>(0, m_unreadTotal + cacheUnread));
    recountUnread();
}

CategoryModel::Adjustment ReaderSession::wholeFilterHidden(const NewsListModel::MarkShown &shown,
                                                           qint64 &cacheUnread) const
{
    // Every item of the list leaves the facet (hidden, or restored from the
    // Hidden view); what is not known here is counted behind the write.
    CategoryModel::Adjustment adjustment;
    const ItemFilter &filter = shown.filter;
    const bool leaves = filter.hidden == (shown.on ? ItemFilter::Hidden::Exclude : ItemFilter::Hidden::Only);
    if (!leaves || !shown.shownUnreadBefore)
        return adjustment;
    if (filter.unreadOnly)
        return adjustment; // (its rows read while shown stay in the cache as they were)
    // Every item of the list is in the facet ("All categories"), and of a
    // single category the list is the whole of it.
    const Delta gone{-shown.shownBefore, -*shown.shownUnreadBefore};
    adjustment.all = gone;
    if (filter.categories.size() + (filter.uncategorised ? 1 : 0) == 1)
        adjustment.categories.insert(filter.uncategorised ? QString() : filter.categories.first(), gone);
    const qint64 unread = *shown.shownUnreadBefore;
    cacheUnread = shown.on ? -unread : unread;
    return adjustment;
}

void ReaderSession::markWritten()
{
    // j, m, s pressed in a row write a mark each: the views and sources are
    // counted once, a moment after the last of them (restarted by each).
    m_organiseRecount->start();
}

void ReaderSession::recountOrganised()
{
    // A write still on its way restarts the pause when it is done.
    if (m_newsModel->hasPendingWrites())
        return;
    // Behind the writes (the worker runs them in order): the views' and the
    // sources' numbers as the marks left them.
    m_savedViewModel->recount();
    m_sourceModel->refresh();
}

void ReaderSession::setOrganiseRecountDelay(int ms)
{
    m_organiseRecount->setInterval(ms);
}

void ReaderSession::labelsRead()
{
    m_newsModel->setLabels(m_labelModel->labels());
    Q_EMIT labelsChanged();
}

template <typename T, typename Job, typename Done>
void ReaderSession::organiseWrite(const char *what, Job job, Done done, const std::function<void()> &failed)
{
    using Written = std::pair<T, QString>;
    auto run = [job](NewsStore &store) -> Written {
        T value{};
        const bool ok = job(store, value);
        return {std::move(value), ok ? QString() : store.errorString()};
    };
    auto finish = [this, what, done, failed](Written written) {
        if (!written.second.isEmpty()) {
            qCWarning(lcModels).noquote() << what << "was not written:" << written.second;
            Q_EMIT writeFailed(written.second);
            if (failed)
                failed();
            return;
        }
        done(std::move(written.first));
    };
    if (!m_store.isOpen()) {
        finish(Written{T{}, tr("No cache is open.")});
        return;
    }
    m_worker->write(this, [run](NewsStore &store) { return run(store); }, finish,
                    [this, run, finish] { // no worker connection: written here (not on a shared archive)
                        if (isShared())
                            finish(Written{T{}, m_worker->openError()});
                        else
                            finish(run(m_store));
                    });
}

void ReaderSession::createLabel(const Label &label)
{
    organiseWrite<Label>("a new label", [label](NewsStore &store, Label &created) {
        created = label;
        created.id = 0;
        return store.createLabel(created);
    }, [this](const Label &created) {
        m_labelModel->refresh();
        Q_EMIT labelCreated(created);
        Q_EMIT labelsChanged();
    });
}

void ReaderSession::updateLabel(const Label &label)
{
    organiseWrite<Label>("a change of a label", [label](NewsStore &store, Label &updated) {
        updated = label;
        return store.updateLabel(label);
    }, [this](const Label &updated) {
        // A rename: the label filter follows it (LabelModel), and so do the views' counts.
        m_labelModel->refresh();
        m_savedViewModel->recount();
        Q_EMIT labelUpdated(updated);
        Q_EMIT labelsChanged();
    });
}

void ReaderSession::deleteLabel(qint64 id)
{
    using Deleted = std::pair<Label, MarkChange>;
    organiseWrite<Deleted>("the deletion of a label", [id](NewsStore &store, Deleted &deleted) {
        // The label as it was (name, colour, position): what undo restores.
        const QList<Label> labels = store.labels();
        if (store.lastReadFailed())
            return false;
        const auto label = std::find_if(labels.cbegin(), labels.cend(), [id](const Label &l) { return l.id == id; });
        if (label != labels.cend())
            deleted.first = *label;
        deleted.first.id = id;
        return store.deleteLabel(id, &deleted.second);
    }, [this](const Deleted &deleted) {
        afterLabelMarks();
        Q_EMIT labelDeleted(deleted.first, deleted.second);
        Q_EMIT labelsChanged();
    });
}

void ReaderSession::restoreLabel(const Label &label, const MarkChange &carried)
{
    organiseWrite<bool>("a label restored", [label, carried](NewsStore &store, bool &) {
        return store.restoreLabel(label, carried);
    }, [this, label](bool) {
        afterLabelMarks();
        Q_EMIT labelRestored(label);
        Q_EMIT labelsChanged();
    });
}

void ReaderSession::afterLabelMarks()
{
    // Items gained or lost a label: the list's rows (their chips, and the
    // rows of a label filter), the labels, the views' numbers.
    m_labelModel->refresh();
    m_newsModel->refresh();
    m_categoryModel->refresh();
    m_savedViewModel->recount();
}

void ReaderSession::setNote(qint64 id, const QString &text)
{
    m_newsModel->showNote(id, text); // at once; the write follows
    organiseWrite<bool>("a note", [id, text](NewsStore &store, bool &) {
        return store.setNote(id, text);
    }, [this, id, text](bool) {
        m_newsModel->showNote(id, text);
        // A note is found by search: a list or views that search may change.
        if (m_newsModel->filter().hasSearch())
            m_newsModel->refresh();
        m_savedViewModel->recount();
        Q_EMIT noteSaved(id, text);
    });
}

void ReaderSession::saveView(const SavedView &view)
{
    organiseWrite<SavedView>("a saved view", [view](NewsStore &store, SavedView &saved) {
        saved = view;
        return store.saveView(saved);
    }, [this](const SavedView &saved) {
        m_savedViewModel->refresh();
        Q_EMIT viewSaved(saved);
        Q_EMIT viewsChanged();
    });
}

void ReaderSession::deleteView(qint64 id)
{
    organiseWrite<bool>("the deletion of a saved view", [id](NewsStore &store, bool &) {
        return store.deleteView(id);
    }, [this, id](bool) {
        m_savedViewModel->refresh();
        Q_EMIT viewDeleted(id);
        Q_EMIT viewsChanged();
    });
}

void ReaderSession::reorderViews(const QList<SavedView> &views)
{
    // Only the positions are written (a view renamed or edited meanwhile
    // keeps its change), in one transaction. The model shows the order
    // already: it is read again once the last of a run of moves is written
    // (a read between two would put the rows back a step), or after a
    // failure, to show the order kept.
    QList<qint64> ids;
    for (const SavedView &view : views)
        ids.append(view.id);
    ++m_viewOrderWrites;
    organiseWrite<bool>("the order of the saved views",
                        [ids](NewsStore &store, bool &) { return store.setViewOrder(ids); },
                        [this](bool) {
                            if (--m_viewOrderWrites == 0)
                                m_savedViewModel->refresh();
                            Q_EMIT viewsChanged();
                        },
                        [this] {
                            --m_viewOrderWrites;
                            m_savedViewModel->refresh();
                        });
}

void ReaderSession::reorderLabels(const QList<Label> &labels)
{
    // As the views (keys 1-9 follow the order shown at once).
    QList<qint64> ids;
    for (const Label &label : labels)
        ids.append(label.id);
    ++m_labelOrderWrites;
    organiseWrite<bool>("the order of the labels",
                        [ids](NewsStore &store, bool &) { return store.setLabelOrder(ids); },
                        [this](bool) {
                            if (--m_labelOrderWrites == 0)
                                m_labelModel->refresh();
                            Q_EMIT labelsChanged();
                        },
                        [this] {
                            --m_labelOrderWrites;
                            m_labelModel->refresh();
                        });
}

void ReaderSession::forgetHidden()
{
    organiseWrite<qint64>("forgetting the hidden items", [](NewsStore &store, qint64 &count) {
        ItemFilter hidden;
        hidden.hidden = ItemFilter::Hidden::Only;
        count = store.forgetHidden(hidden);
        return count >= 0;
    }, [this](qint64 count) {
        // The Hidden view, when it is the list, is empty now.
        if (m_newsModel->filter().hidden != ItemFilter::Hidden::Exclude)
            m_newsModel->refresh();
        m_categoryModel->refresh();
        m_savedViewModel->recount();
        m_sourceModel->refresh();
        Q_EMIT hiddenForgotten(count);
    });
}
