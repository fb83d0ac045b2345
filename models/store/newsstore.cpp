#include "models/store/newsstore.h"

#include "models/store/importwriter.h"
#include "models/store/postgres/pgaddress.h"
#include "models/store/postgres/pgstore.h"
#include "models/store/sqlite/cachefile.h"
#include "models/store/sqlite/cacheusers.h"
#include "models/store/sqlite/sqlitestore.h"
#include "models/store/sqlite/statedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

NewsStore::NewsStore()
    : m_backend(std::make_unique<SqliteStore>()) // closed until open()
    , m_users(std::make_unique<CacheUsers>())
{
}

NewsStore::~NewsStore() = default;

QString NewsStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"newsdesk.sqlite"_s);
}

bool NewsStore::open(const QString &path, int targetVersion)
{
    return openWith(path, targetVersion, false);
}

bool NewsStore::openReadOnly(const QString &path)
{
    return openWith(path, SchemaVersion, true);
}

bool NewsStore::openWith(const QString &path, int targetVersion, bool readOnly)
{
    close();
    m_path = path;
    m_readError.clear();
    m_readDamaged = false;
    // A shared archive (postgresql://...) or a cache file.
    if (isShared(path)) {
        m_backend = std::make_unique<PgStore>();
        StoreResult<QStringList> result = m_backend->open(path, targetVersion, readOnly);
        m_error = result.error();
        m_failure = result.kind();
        m_notices = result.takeValue();
        return result.ok();
    }
    m_backend = std::make_unique<SqliteStore>();
    m_backend->setMirrorRebuilds(m_mirrorRebuilds);
    // Before the first connection: nobody sets the cache aside from now on.
    // (A new cache's folder is made first, so that its lock file can be: the
    // first run's window holds the lock too. SQLite's open says why if it fails.)
    if (!readOnly)
        QDir().mkpath(QFileInfo(path).absolutePath());
    m_users->lockShared(path);
    StoreResult<QStringList> result = m_backend->open(path, targetVersion, readOnly);
    m_error = result.error();
    m_failure = result.kind();
    m_notices = result.takeValue();
    if (result.kind() == StoreFailure::NotACache)
        m_users->unlockAndForget(); // nothing is left beside a file that is not a cache
    else if (!result.ok())
        m_users->unlock(); // the caller may set a damaged cache aside now
    return result.ok();
}

bool NewsStore::isShared(const QString &location)
{
    return PgAddress::isAddress(location);
}

bool NewsStore::isWritable(const QString &path)
{
    // (A shared archive's server says what its roles may write.)
    return isShared(path) || CacheFile::isWritable(path);
}

QString NewsStore::setAside(const QString &path, QString &error, bool *inUse)
{
    CacheUsers users;
    switch (users.tryLockExclusive(path)) {
    case CacheUsers::Exclusive::Busy:
        if (inUse)
            *inUse = true;
        error = CacheUsers::inUse(path);
        return {};
    case CacheUsers::Exclusive::Failed:
        // A folder where no lock file can be made: no rename can be made there either.
        break;
    case CacheUsers::Exclusive::Locked:
        break;
    }
    return CacheFile::setAside(path, error); // users unlocks when it goes
}

bool NewsStore::markDamaged(const QString &path, const QString &error)
{
    return CacheFile::markDamaged(path, error);
}

QString NewsStore::statePath(const QString &path)
{
    return StateDatabase::pathFor(path);
}

void NewsStore::close()
{
    m_backend->close();
    m_users->unlock();
}

bool NewsStore::isOpen() const
{
    return m_backend->isOpen();
}

std::unique_ptr<ImportWriter> NewsStore::importWriter()
{
    return isOpen() ? m_backend->importWriter() : nullptr;
}

int NewsStore::schemaVersion() const
{
    return m_backend->schemaVersion();
}

bool NewsStore::done(const StoreResult<> &result)
{
    m_error = result.error();
    m_failure = result.kind();
    return result.ok();
}

template <typename T>
T NewsStore::take(StoreResult<T> result) const
{
    m_error = result.error();
    m_failure = result.kind();
    m_readError = m_error;
    m_readDamaged = result.kind() == StoreFailure::Damaged;
    return result.takeValue();
}

qint64 NewsStore::itemCount(const ItemFilter &filter) const
{
    return take(m_backend->itemCount(filter));
}

bool NewsStore::countIsKept(const ItemFilter &filter) const
{
    return take(m_backend->countIsKept(filter));
}

QList<qint64> NewsStore::itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    return take(m_backend->itemIds(filter, limit, offset));
}

QList<NewsItem> NewsStore::items(const QList<qint64> &ids, qint64 textLimit) const
{
    return take(m_backend->items(ids, textLimit));
}

NewsItem NewsStore::item(qint64 id) const
{
    const QList<NewsItem> found = items({id});
    return found.isEmpty() ? NewsItem{} : found.first();
}

QList<CategoryCount> NewsStore::categoryCounts(const ItemFilter &filter, const std::function<bool()> &stop) const
{
    return take(m_backend->categoryCounts(filter, stop));
}

QStringList NewsStore::categoryNames() const
{
    return take(m_backend->categoryNames());
}

QString NewsStore::importStamp() const
{
    return take(m_backend->importStamp());
}

qint64 NewsStore::pendingIndexItems() const
{
    return take(m_backend->pendingIndexItems());
}

QStringList NewsStore::sourceFiles() const
{
    return take(m_backend->sourceFiles());
}

QStringList NewsStore::rememberedSources() const
{
    return take(m_backend->rememberedSources());
}

bool NewsStore::watchChanges(std::function<void()> changed)
{
    return isOpen() && m_backend->watchChanges(std::move(changed));
}

void NewsStore::setSessionPassword(const QString &location, const QString &password)
{
    QString error;
    if (const std::optional<PgAddress> address = PgAddress::parse(location, error))
        PgConnection::setPassword(*address, password);
}

void NewsStore::setTrialPassword(const QString &location, const QString &password)
{
    QString error;
    if (const std::optional<PgAddress> address = PgAddress::parse(location, error))
        PgConnection::setTrialPassword(*address, password);
}

bool NewsStore::rememberSources(const QStringList &paths)
{
    return done(m_backend->rememberSources(paths));
}

NewsStore::Build NewsStore::buildDerived(const std::function<bool()> &stop)
{
    const StoreResult<bool> result = m_backend->buildDerived(stop);
    m_error = result.error();
    m_failure = result.kind();
    if (!result.ok())
        return Build::Failed;
    return result.value() ? Build::Done : Build::Abandoned;
}

void NewsStore::indexChanged()
{
    m_backend->indexChanged();
}

bool NewsStore::setRead(const QList<qint64> &ids, bool read)
{
    return done(m_backend->setRead(ids, read));
}

bool NewsStore::setStarred(const QList<qint64> &ids, bool starred)
{
    return done(m_backend->setStarred(ids, starred));
}

bool NewsStore::setReadWhere(const ItemFilter &filter, bool read)
{
    return done(m_backend->setReadWhere(filter, read));
}

bool NewsStore::setMarkWhere(const ItemFilter &filter, MarkChange &change)
{
    StoreResult<QList<qint64>> result = m_backend->setMarkWhere(filter, change);
    m_error = result.error();
    m_failure = result.kind();
    change.ids = result.takeValue();
    return result.ok();
}

bool NewsStore::setMarks(const MarkChange &change, bool on)
{
    return done(m_backend->setMarks(change, on));
}

qint64 NewsStore::lastVisit() const
{
    return take(m_backend->lastVisit());
}

bool NewsStore::setLastVisit(qint64 msecsSinceEpoch)
{
    return done(m_backend->setLastVisit(msecsSinceEpoch));
}

QList<Label> NewsStore::labels() const
{
    return take(m_backend->labels());
}

QList<Label> NewsStore::labelCounts(const ItemFilter &filter) const
{
    return take(m_backend->labelCounts(filter));
}

Label NewsStore::labelNamed(const QString &name) const
{
    // By its normalised name, among the person's labels (either store).
    const QString wanted = Label::normalisedName(name);
    const QList<Label> all = labels();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Label &l) { return l.name == wanted; });
    return found == all.cend() ? Label() : *found;
}

bool NewsStore::createLabel(Label &label)
{
    StoreResult<Label> result = m_backend->createLabel(label);
    if (result.ok())
        label = result.takeValue();
    return done(result.ok() ? StoreResult<>() : StoreResult<>::failure(result.error(), result.kind()));
}

bool NewsStore::setLabelOrder(const QList<qint64> &ids)
{
    return done(m_backend->setLabelOrder(ids));
}

bool NewsStore::setViewOrder(const QList<qint64> &ids)
{
    return done(m_backend->setViewOrder(ids));
}

bool NewsStore::updateLabel(const Label &label)
{
    return done(m_backend->updateLabel(label));
}

bool NewsStore::deleteLabel(qint64 id, MarkChange *carried)
{
    StoreResult<MarkChange> result = m_backend->deleteLabel(id);
    if (result.ok() && carried)
        *carried = result.takeValue();
    return done(result.ok() ? StoreResult<>() : StoreResult<>::failure(result.error(), result.kind()));
}

bool NewsStore::restoreLabel(const Label &label, const MarkChange &carried)
{
    return done(m_backend->restoreLabel(label, carried));
}

QString NewsStore::note(qint64 id) const
{
    return take(m_backend->note(id));
}

bool NewsStore::setNote(qint64 id, const QString &text)
{
    return done(m_backend->setNote(id, text));
}

qint64 NewsStore::hiddenKeyCount() const
{
    return take(m_backend->hiddenKeyCount());
}

qint64 NewsStore::forgetHidden(const ItemFilter &filter)
{
    StoreResult<qint64> result = m_backend->forgetHidden(filter);
    done(result.ok() ? StoreResult<>() : StoreResult<>::failure(result.error(), result.kind()));
    return result.ok() ? result.value() : -1;
}

QList<SavedView> NewsStore::savedViews() const
{
    return take(m_backend->savedViews());
}

SavedView NewsStore::savedView(const QString &name) const
{
    // By its normalised name, among the person's views (either store).
    const QString wanted = Label::normalisedName(name);
    const QList<SavedView> views = savedViews();
    const auto found = std::find_if(views.cbegin(), views.cend(), [&](const SavedView &v) { return v.name == wanted; });
    return found == views.cend() ? SavedView() : *found;
}

bool NewsStore::saveView(SavedView &view)
{
    StoreResult<SavedView> result = m_backend->saveView(view);
    if (result.ok())
        view = result.takeValue();
    return done(result.ok() ? StoreResult<>() : StoreResult<>::failure(result.error(), result.kind()));
}

bool NewsStore::deleteView(qint64 id)
{
    return done(m_backend->deleteView(id));
}

QList<SourceCount> NewsStore::sourceCounts() const
{
    return take(m_backend->sourceCounts());
}

StateSnapshot NewsStore::stateSnapshot() const
{
    return take(m_backend->stateSnapshot());
}

bool NewsStore::mergeState(const StateSnapshot &snapshot, StateMerge &merged)
{
    StoreResult<StateMerge> result = m_backend->mergeState(snapshot);
    merged = result.ok() ? result.takeValue() : StateMerge{};
    return done(result.ok() ? StoreResult<>() : StoreResult<>::failure(result.error(), result.kind()));
}

QStringList NewsStore::removedFiles() const
{
    return take(m_backend->removedFiles());
}

qint64 NewsStore::itemsOfFiles(const QStringList &paths, bool heldElsewhere) const
{
    return take(m_backend->itemsOfFiles(paths, heldElsewhere));
}

bool NewsStore::recordRemovedFiles(const QStringList &paths)
{
    return done(m_backend->recordRemovedFiles(paths));
}

bool NewsStore::liftRemovedFiles(const QStringList &paths)
{
    return done(m_backend->liftRemovedFiles(paths));
}
