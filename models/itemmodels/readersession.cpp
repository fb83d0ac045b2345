#include "models/itemmodels/readersession.h"

#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/importing/cacherecovery.h"
#include "models/store/storeworker.h"
#include "models/support/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int RecountDelayMs = 250;
} // namespace

ReaderSession::ReaderSession(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(this))
    , m_newsModel(new NewsListModel(this))
    , m_categoryModel(new CategoryModel(this))
    , m_recountTimer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
{
    m_newsModel->setObjectName(u"newsModel"_s);
    m_categoryModel->setObjectName(u"categoryModel"_s);
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(RecountDelayMs);
    connect(m_recountTimer, &QTimer::timeout, m_categoryModel, &CategoryModel::refresh);
    m_changeTimer->setInterval(ChangePollMs);
    connect(m_changeTimer, &QTimer::timeout, this, &ReaderSession::pollImports);
    connect(m_newsModel, &NewsListModel::stateChanged, this, &ReaderSession::stateChanged);
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
    return true;
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
    m_recountTimer->stop();
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

void ReaderSession::stateChanged()
{
    // Counts follow the read/starred filter; otherwise they cannot change.
    // Coalesced: reading with J through the list changes the state at every key.
    const ItemFilter &filter = m_newsModel->filter();
    if (filter.unreadOnly || filter.starredOnly)
        m_recountTimer->start();
}
