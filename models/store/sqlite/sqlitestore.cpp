#include "models/store/sqlite/sqlitestore.h"

#include "models/store/fileorder.h"
#include "models/store/itemrow.h"
#include "models/store/newsstore.h"
#include "models/store/sqlite/cachefile.h"
#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteimportwriter.h"
#include "models/store/sqlite/sqliteindexwriter.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqliteschema.h"
#include "models/store/sqlite/sqltransaction.h"
#include "models/store/sqlite/statedatabase.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <queue>

using namespace Qt::StringLiterals;

static_assert(SqliteSchema::Version == NewsStore::SchemaVersion);

namespace {

QStringList jsonNames(const QString &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        names.append(value.toString());
    return names;
}

using Entry = std::pair<qint64, qint64>; // (sort_key, id) of a category stream

// The ids of a page of several ordered streams merged. An item's sort_key is
// unique to it, so equal keys from two streams are the same item.
QList<qint64> mergeStreams(const QList<QList<Entry>> &streams, qint64 limit, qint64 offset)
{
    qsizetype total = 0;
    for (const QList<Entry> &stream : streams)
        total += stream.size();
    using Head = std::pair<Entry, qsizetype>; // entry, stream
    std::priority_queue<Head> heads;
    QList<qsizetype> next(streams.size(), 0);
    for (qsizetype s = 0; s < streams.size(); ++s) {
        if (!streams.at(s).isEmpty())
            heads.push({streams.at(s).first(), s});
    }
    QList<qint64> ids;
    ids.reserve(limit < 0 ? total : limit);
    qint64 lastKey = -1;
    qint64 index = 0;
    while (!heads.empty() && (limit < 0 || index < offset + limit)) {
        const auto [entry, s] = heads.top();
        heads.pop();
        if (entry.first != lastKey) {
            if (index >= offset)
                ids.append(entry.second);
            ++index;
            lastKey = entry.first;
        }
        if (++next[s] < streams.at(s).size())
            heads.push({streams.at(s).at(next[s]), s});
    }
    return ids;
}

// While it lives, a long statement of the connection asks stop() now and
// then (SQLite's progress handler) and is interrupted when it says so: the
// statement then fails with SQLITE_INTERRUPT, and stopped() tells that apart
// from a failure.
class Abandonable
{
public:
    Abandonable(const QSqlDatabase &db, const std::function<bool()> &stop)
        : m_stop(stop)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (m_stop && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_connection = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_connection)
            sqlite3_progress_handler(m_connection, 10000, &Abandonable::ask, this);
    }
    ~Abandonable()
    {
        if (m_connection)
            sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(Abandonable)

    bool stopped() const { return m_stopped; }

private:
    static int ask(void *self)
    {
        auto *abandonable = static_cast<Abandonable *>(self);
        abandonable->m_stopped = abandonable->m_stopped || abandonable->m_stop();
        return abandonable->m_stopped ? 1 : 0;
    }

    const std::function<bool()> &m_stop;
    sqlite3 *m_connection = nullptr;
    bool m_stopped = false;
};

} // namespace

SqliteStore::SqliteStore() = default;

SqliteStore::~SqliteStore() = default;

QSqlDatabase SqliteStore::database() const
{
    return m_connection.database();
}

bool SqliteStore::isOpen() const
{
    return m_connection.isOpen();
}

void SqliteStore::close()
{
    m_connection.close();
}

StoreResult<QStringList> SqliteStore::open(const QString &path, int targetVersion, bool readOnly)
{
    m_path = path;
    m_planner.indexChanged();
    StoreResult<QStringList> result = openChecked(path, targetVersion, readOnly);
    m_connection.takeFailure(); // logged; the result says it for people
    if (!result.ok()) {
        qCWarning(lcStore).noquote() << "cannot open the cache:" << result.error();
        m_connection.close();
    }
    return result;
}

StoreResult<QStringList> SqliteStore::openChecked(const QString &path, int targetVersion, bool readOnly)
{
    using Result = StoreResult<QStringList>;
    // A state database (or a backup of one) is never a cache, whatever --db says.
    if (StateDatabase::isStateFile(path)) {
        return Result::failure(tr("%1 is the state database of a newsdesk cache (your read and starred marks) or a "
                                  "backup of one, not a cache. newsdesk leaves it untouched; choose the cache itself "
                                  "with --db.")
                                       .arg(path),
                               StoreFailure::NotACache);
    }
    // Only a file that the state database beside it names as its cache (or
    // the default cache) is ever called damaged and set aside; anything else
    // whose content is not a cache is left untouched.
    const bool known = path == NewsStore::defaultPath() || StateDatabase::belongsTo(path);
    if (const CacheFile::Check file = CacheFile::inspect(path, known); !file.ok())
        return Result::failure(file.error, file.kind);
    if (!readOnly && !CacheFile::isWritable(path)) {
        return Result::failure(tr("The cache %1 may only be read: the file or its folder is read-only. "
                                  "Reading commands (list, categories, export) still work.")
                                       .arg(path),
                               StoreFailure::NotWritable);
    }
    if (QString error = m_connection.open(path, readOnly); !error.isEmpty())
        return Result::failure(error);
    // Nothing is written, beside the file either, before it is known to be a cache we may change.
    const SqliteSchema schema(m_connection, path);
    StoreFailure kind = StoreFailure::None;
    if (QString error = schema.incompatibility(kind); !error.isEmpty()) {
        if (kind != StoreFailure::Damaged || known)
            return Result::failure(error, kind);
        return Result::failure(tr("%1 is damaged, and newsdesk does not know it as its cache (no state database %2 "
                                  "beside it names it): it is left untouched. Move it away to start a new cache. (%3)")
                                       .arg(path, StateDatabase::pathFor(path), error),
                               StoreFailure::NotACache);
    }
    QStringList notices;
    if (!readOnly) {
        Result state = StateDatabase::prepare(path);
        if (!state.ok())
            return state;
        notices = state.takeValue();
    }
    // Held before ATTACH takes SQLite's locks (see SqliteConnection::open()).
    m_connection.holdFile(StateDatabase::pathFor(path));
    if (QString error = StateDatabase::attach(m_connection.database(), path, readOnly); !error.isEmpty())
        return Result::failure(error);
    {
        // (Not through m_connection: an older state database, only read, is no failure.)
        QSqlQuery q(m_connection.database());
        m_planner.setOrganised(q.exec(u"SELECT 1 FROM hidden_items, labels, notes LIMIT 0"_s));
    }
    if (readOnly) {
        const int version = schema.version();
        m_planner.setCurrentSchema(version >= 11);
        m_planner.forgetKeyOrder();
        m_mirror.detect(version >= 11);
        if (version < std::min(targetVersion, int(SqliteSchema::ReadableVersion))) {
            return Result::failure(tr("The cache %1 needs an update that this program may not write (it may only "
                                      "read the file). Open it once where it may be written.")
                                           .arg(path),
                                   StoreFailure::NotWritable);
        }
        return notices;
    }
    m_connection.applySettings();
    if (QString error = schema.migrate(targetVersion); !error.isEmpty()) {
        const StoreFailure damage = m_connection.failureIsDamage() ? damagedFile() : StoreFailure::Failed;
        if (damage == StoreFailure::StateDamaged)
            return Result::failure(stateDamage(error), damage);
        return Result::failure(error, damage);
    }
    prepareDerived(targetVersion);
    return notices;
}

void SqliteStore::prepareDerived(int targetVersion)
{
    // A new or migrated cache, or one whose mirror of the read marks another
    // program or a crash left behind, gets it built now (the reads work
    // without it, slower; the next write or count tries again), unless this
    // connection leaves that to another (the GUI thread's). The index of keys
    // in listing order is not built here (buildDerived()): no open, of the
    // command line's either, holds the write lock for seconds.
    m_planner.setCurrentSchema(targetVersion >= 11);
    m_planner.forgetKeyOrder();
    if (m_mirror.detect(targetVersion >= 11) && m_mirrorRebuilds && !m_mirror.ensure())
        qCWarning(lcStore).noquote() << "cannot build the mirror of the read marks:" << m_connection.takeFailure();
}

StoreResult<bool> SqliteStore::buildDerived(const std::function<bool()> &stop)
{
    if (!m_connection.isOpen())
        return StoreResult<bool>::failure(readFailure({}, false));
    if (m_planner.hasKeyOrder() || m_connection.isReadOnly())
        return true;
    // A caller that may wait also gives way to any connection of this
    // process that waits for the write lock meanwhile (an import, a mark),
    // and never waits for the lock itself: another writer has it, later.
    constexpr qint64 RecentWaitMs = 250;
    const std::function<bool()> giveWay = [&stop] {
        return stop && (stop() || SqliteConnection::lockWaitedWithin(RecentWaitMs));
    };
    if (giveWay())
        return false; // not even begun
    const SqliteConnection::WaitsForLocks noWait(m_connection, !stop);
    // One statement (SQLite builds an index in one write), interrupted as
    // soon as giveWay() says so (SQLite's progress handler): rolled back whole.
    const Abandonable abandonable(m_connection.database(), giveWay);
    QSqlQuery q(m_connection.database());
    if (q.exec(QueryPlanner::KeyOrderIndexSql))
        return true; // (the planner looks for it again, and finds it)
    if (abandonable.stopped() || (stop && SqliteError::code(q.lastError()) == SqliteError::Busy)) {
        qCDebug(lcStore) << "building items_by_key_order left for later:" << q.lastError().text();
        return false;
    }
    m_connection.failed(u"building the index of keys in listing order"_s, &q);
    return StoreResult<bool>::failure(writeFailure(m_connection.takeFailure()));
}

int SqliteStore::schemaVersion() const
{
    const int version = SqliteSchema(m_connection, m_path).version();
    m_connection.takeFailure();
    return version;
}

StoreFailure SqliteStore::damagedFile() const
{
    // The state database is small: every page of it is read. One that is not
    // attached (read-only, nothing marked yet) answers "unknown database".
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"PRAGMA state.quick_check(1)"_s) || !q.next())
        return SqliteConnection::isDamage(q.lastError()) ? StoreFailure::StateDamaged : StoreFailure::Damaged;
    if (q.value(0).toString() != u"ok"_s) {
        qCWarning(lcStore).noquote() << "the state database" << StateDatabase::pathFor(m_path)
                                     << "is damaged:" << q.value(0).toString();
        return StoreFailure::StateDamaged;
    }
    return StoreFailure::Damaged;
}

QString SqliteStore::stateDamage(const QString &databaseError) const
{
    return tr("The state database %1 (your read and starred marks) is damaged: %2. The cache %3 is not. newsdesk "
              "restores the state database from its newest backup the next time it opens the cache to write (for "
              "example newsdesk import, or the window).")
            .arg(StateDatabase::pathFor(m_path), databaseError, m_path);
}

QString SqliteStore::readFailure(const QString &databaseError, bool damaged) const
{
    if (databaseError.isEmpty())
        return tr("The cache %1 is not open.").arg(m_path);
    if (damaged)
        return tr("The cache %1 is damaged: %2").arg(m_path, databaseError);
    return tr("Cannot read the cache %1: %2").arg(m_path, databaseError);
}

QString SqliteStore::writeFailure(const QString &databaseError) const
{
    return tr("Cannot write the cache %1: %2").arg(m_path, databaseError);
}

qint64 SqliteStore::number(const SqlStatement &statement) const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, statement.sql, statement.binds))
        return 0;
    // No row is 0 (a category that went since it was looked up).
    return m_connection.next(q) ? q.value(0).toLongLong() : 0;
}

QList<qint64> SqliteStore::idColumn(const SqlStatement &statement) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    QList<qint64> ids;
    if (!m_connection.run(q, statement.sql, statement.binds))
        return ids;
    while (m_connection.next(q))
        ids.append(q.value(0).toLongLong());
    return ids;
}

QStringList SqliteStore::textColumn(const QString &sql) const
{
    QStringList texts;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, sql))
        return texts;
    while (m_connection.next(q))
        texts.append(q.value(0).toString());
    return texts;
}

bool SqliteStore::useMirror(bool rebuild) const
{
    rebuild = rebuild && m_mirrorRebuilds;
    const bool trusted = rebuild ? m_mirror.ensure() : m_mirror.isTrusted();
    if (!trusted && rebuild && m_connection.hasFailure())
        qCWarning(lcStore).noquote() << "the read marks' mirror stays untrusted:" << m_connection.takeFailure();
    m_planner.setMirror(trusted);
    return trusted;
}

StoreResult<bool> SqliteStore::countIsKept(const ItemFilter &filter) const
{
    return reading([&] {
        useMirror(false);
        return m_planner.keptCount(filter).has_value();
    });
}

StoreResult<qint64> SqliteStore::itemCount(const ItemFilter &filter) const
{
    return reading([&]() -> qint64 {
        useMirror(false);
        const QueryPlanner::Plan plan = m_planner.count(filter);
        switch (plan.kind) {
        case QueryPlanner::Plan::Kind::Nothing:
            return 0;
        case QueryPlanner::Plan::Kind::CategoryStreams:
            return idsByCategory(filter, -1, 0).size();
        case QueryPlanner::Plan::Kind::Statement:
            break;
        }
        return number(plan.statement);
    });
}

StoreResult<QList<qint64>> SqliteStore::itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    return reading([&]() -> QList<qint64> {
        useMirror(false);
        switch (filter.sort) {
        case ItemFilter::Sort::ReadState:
            return idsByMark(filter, false, limit, offset);
        case ItemFilter::Sort::Starred:
            return idsByMark(filter, true, limit, offset);
        case ItemFilter::Sort::Source:
            if (filter.sourceFile.isEmpty())
                prepareFileOrder();
            break;
        case ItemFilter::Sort::Listing:
        case ItemFilter::Sort::Title:
        case ItemFilter::Sort::BestMatch:
            break;
        }
        if (filter.sort == ItemFilter::Sort::BestMatch) {
            if (const int terms = m_planner.search(filter, QueryPlanner::Use::Page).positiveCount; terms > 0)
                return idsByTier(filter, terms, limit, offset);
        }
        return idsOf(filter, limit, offset, -1);
    });
}

QList<qint64> SqliteStore::idsOf(const ItemFilter &filter, qint64 limit, qint64 offset, int tier) const
{
    const QueryPlanner::Plan plan = m_planner.ids(filter, limit, offset, tier);
    switch (plan.kind) {
    case QueryPlanner::Plan::Kind::Nothing:
        return {};
    case QueryPlanner::Plan::Kind::CategoryStreams:
        return idsByCategory(filter, limit, offset, tier);
    case QueryPlanner::Plan::Kind::Statement:
        break;
    }
    return idColumn(plan.statement);
}

QList<qint64> SqliteStore::idsByMark(const ItemFilter &filter, bool starred, qint64 limit, qint64 offset) const
{
    // Unread (starred) first, then the rest, each part in listing order; a
    // part before the page is walked only as far as the page needs.
    ItemFilter listing = filter;
    listing.sort = ItemFilter::Sort::Listing;
    QList<qint64> ids;
    for (const bool first : {true, false}) {
        if (limit >= 0 && ids.size() >= limit)
            break;
        const bool on = starred ? first : !first; // read state: the unread (not read) part first
        const QueryPlanner::Part part(m_planner, m_planner.markSql(starred, on));
        const qint64 wanted = limit < 0 ? -1 : offset + limit - ids.size();
        const QList<qint64> found = idsOf(listing, wanted, 0, -1);
        if (m_connection.hasFailure())
            return {};
        if (found.size() <= offset) {
            offset -= found.size();
            continue;
        }
        ids += found.mid(offset);
        offset = 0;
    }
    return ids;
}

void SqliteStore::prepareFileOrder() const
{
    const QString now = stamp();
    if (m_connection.hasFailure() || now == m_fileOrderStamp)
        return;
    QSqlQuery q(m_connection.database());
    QList<OrderedFile> files;
    if (!m_connection.run(q, u"SELECT id, ordinal, path FROM files"_s))
        return;
    while (m_connection.next(q))
        files.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    sortBySwedishPath(files);
    if (!m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS file_order (rank INTEGER PRIMARY KEY, "
                             u"file_id INTEGER NOT NULL, ordinal INTEGER NOT NULL)"_s)
        || !m_connection.run(q, u"DELETE FROM temp.file_order"_s)
        || !q.prepare(u"INSERT INTO temp.file_order(rank, file_id, ordinal) VALUES (?, ?, ?)"_s)) {
        m_connection.failed(u"file order"_s, &q);
        return;
    }
    for (qsizetype rank = 0; rank < files.size(); ++rank) {
        if (!m_connection.rerun(q, {rank, files.at(rank).id, files.at(rank).ordinal}))
            return;
    }
    m_fileOrderStamp = now;
}

QList<qint64> SqliteStore::idsByTier(const ItemFilter &filter, int terms, qint64 limit, qint64 offset) const
{
    // Best match first: the items whose titles hold every positive term, then
    // those holding one fewer, and so on; each tier streams in listing order.
    // A tier before the page is walked only as far as the page needs.
    QList<qint64> ids;
    for (int tier = terms; tier >= 0 && (limit < 0 || ids.size() < limit); --tier) {
        const qint64 wanted = limit < 0 ? -1 : offset + limit - ids.size();
        const QList<qint64> found = idsOf(filter, wanted, 0, tier);
        if (m_connection.hasFailure())
            return {};
        if (found.size() <= offset) {
            offset -= found.size();
            continue;
        }
        ids += found.mid(offset);
        offset = 0;
    }
    return ids;
}

QList<qint64> SqliteStore::idsByCategory(const ItemFilter &filter, qint64 limit, qint64 offset, int tier) const
{
    // The items of a category come out of item_categories' primary key
    // already in listing order: no scan of every item, no sort. Several
    // categories: "all" walks the smallest and checks the others per item;
    // "any" merges one ordered stream per category.
    bool none = false;
    const QList<qint64> categories =
            filter.categories.isEmpty() ? QList<qint64>() : m_planner.resolveCategories(filter, none);
    if ((none && !filter.uncategorised) || QueryPlanner::onlyNothing(filter))
        return {};

    const SqlCondition rest = m_planner.condition(filter.withoutCategories(), QueryPlanner::Use::Page, tier);
    auto stream = [&](qint64 category, const QList<qint64> &alsoIn, qint64 streamLimit, qint64 streamOffset) {
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        QList<Entry> entries;
        if (m_connection.run(q, QueryPlanner::categoryStream(u"ic.sort_key, ic.item_id"_s, category, alsoIn, rest)
                                        + u" ORDER BY ic.sort_key DESC"_s
                                        + QueryPlanner::limitClause(streamLimit, streamOffset),
                             rest.binds)) {
            while (m_connection.next(q))
                entries.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        return entries;
    };

    // The items of no category: their own table, in listing order too.
    auto uncategorised = [&](qint64 streamLimit, qint64 streamOffset) {
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        QList<Entry> entries;
        const QString join = rest.parts.isEmpty() ? QString() : u"CROSS JOIN items i ON i.id = u.item_id "_s;
        const QString sql = m_planner.hasCurrentSchema()
                ? u"SELECT u.sort_key, u.item_id FROM uncategorised_items u "_s + join + u"WHERE "_s + rest.sql()
                        + u" ORDER BY u.sort_key DESC"_s
                : u"SELECT i.sort_key, i.id FROM items i WHERE %1 AND %2 ORDER BY i.sort_key DESC"_s.arg(
                          m_planner.uncategorisedSql(), rest.sql());
        if (m_connection.run(q, sql + QueryPlanner::limitClause(streamLimit, streamOffset), rest.binds)) {
            while (m_connection.next(q))
                entries.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        return entries;
    };
    if (filter.uncategorised && categories.isEmpty()) {
        QList<qint64> ids;
        for (const Entry &e : uncategorised(limit, offset))
            ids.append(e.second);
        return ids;
    }

    if (!filter.uncategorised && (categories.size() == 1 || filter.match == ItemFilter::Match::All)) {
        QList<qint64> ids;
        const QList<Entry> entries = stream(categories.first(), categories.mid(1), limit, offset);
        ids.reserve(entries.size());
        for (const Entry &e : entries)
            ids.append(e.second);
        return ids;
    }
    // Any: a page needs at most offset + limit entries of each stream.
    const qint64 streamLimit = limit < 0 ? -1 : offset + limit;
    QList<QList<Entry>> streams;
    for (qint64 category : categories)
        streams.append(stream(category, {}, streamLimit, 0));
    if (filter.uncategorised)
        streams.append(uncategorised(streamLimit, 0));
    return mergeStreams(streams, limit, offset);
}

StoreResult<QList<NewsItem>> SqliteStore::items(const QList<qint64> &ids, qint64 textLimit) const
{
    if (ids.isEmpty())
        return QList<NewsItem>();
    return reading([&] {
        QHash<qint64, NewsItem> byId;
        constexpr qsizetype Chunk = 2000;
        for (qsizetype from = 0; from < ids.size(); from += Chunk)
            readItems(QueryPlanner::idList(ids.mid(from, Chunk)), textLimit, byId);
        QList<NewsItem> result;
        result.reserve(ids.size());
        for (qint64 id : ids) {
            if (const auto it = byId.constFind(id); it != byId.constEnd())
                result.append(*it);
        }
        return result;
    });
}

void SqliteStore::readItems(const QString &idList, qint64 textLimit, QHash<qint64, NewsItem> &byId) const
{
    const QString text = ItemRow::textColumns(textLimit);
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT i.id, %2, coalesce(st.read, 0), coalesce(st.starred, 0), %3 "
                             u"FROM items i LEFT JOIN item_state st ON st.key = i.key WHERE i.id IN (%1)"_s
                                     .arg(idList, text, m_planner.addedAtSql())))
        return;
    while (m_connection.next(q)) {
        NewsItem item = ItemRow::fromQuery(q, textLimit);
        byId.insert(item.id, item);
    }
    if (m_planner.isOrganised())
        readOrganised(idList, byId);
    // Sources, newest file first; an item's categories are those of its
    // sources merged, in the order the newest source wrote them.
    if (!m_connection.run(q, u"SELECT so.item_id, f.path, so.position, so.categories FROM sources so "
                             u"JOIN files f ON f.id = so.file_id WHERE so.item_id IN (%1) "
                             u"ORDER BY so.item_id, f.ordinal DESC, so.position"_s.arg(idList)))
        return;
    while (m_connection.next(q)) {
        const auto it = byId.find(q.value(0).toLongLong());
        if (it == byId.end())
            continue;
        it->sources.append({q.value(1).toString(), q.value(2).toInt()});
        for (const QString &name : jsonNames(q.value(3).toString())) {
            if (!it->categories.contains(name))
                it->categories.append(name);
        }
    }
}

StoreResult<QList<CategoryCount>> SqliteStore::categoryCounts(const ItemFilter &filter,
                                                              const std::function<bool()> &stop) const
{
    return reading([&]() -> QList<CategoryCount> {
        // On the worker: a mirror that cannot be trusted is built again here
        // (once), so that the counts after it are kept counts (not on a
        // connection that leaves it to others: mirrorRebuilds).
        useMirror(true);
        const ItemFilter facet = filter.withoutCategories();
        if (facet.isEmpty())
            return keptCategoryCounts();
        if (stop && stop())
            return {};
        SqlStatement statement;
        if (std::optional<SqlStatement> hits = m_planner.categoryCountsOfHits(facet))
            statement = std::move(*hits);
        else if (const std::optional<QString> match = m_planner.indexQuery(facet, QueryPlanner::Use::Count);
                 match && match->isEmpty())
            statement.sql = u"SELECT NULL, 0, 0 WHERE 0"_s; // no item can pass
        else
            statement = m_planner.categoryCountsOfItems(facet);
        return countsOfGroups(statement, stop);
    });
}

QList<CategoryCount> SqliteStore::keptCategoryCounts() const
{
    // Kept by every import and every mark (the mirror); without the mirror
    // (a connection that may only read, an older state database) the read
    // items are counted from the state database.
    QList<CategoryCount> result;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    const bool mirror = m_planner.usesMirror();
    const QString sql = mirror ? u"SELECT name, item_count, item_count - read_count FROM categories"_s
                               : u"SELECT c.name, c.item_count, c.item_count - coalesce(n.c, 0) FROM categories c "
                                 u"LEFT JOIN (SELECT ic.category_id, count(*) AS c FROM item_state st "
                                 u"CROSS JOIN items i ON i.key = st.key CROSS JOIN item_categories ic "
                                 u"INDEXED BY item_categories_by_item ON ic.item_id = i.id WHERE st.read "
                                 u"GROUP BY ic.category_id) n ON n.category_id = c.id"_s;
    if (!m_connection.run(q, sql + u" ORDER BY 2 DESC, 1"_s))
        return result;
    while (m_connection.next(q))
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    // The items of no category, from their own table (few, as a rule).
    const QString items = m_planner.hasCurrentSchema()
            ? u"uncategorised_items u CROSS JOIN items i ON i.id = u.item_id"_s
            : u"items i WHERE "_s + m_planner.uncategorisedSql();
    if (!m_connection.run(q, u"SELECT count(*), coalesce(sum(%1), 0) FROM %2"_s.arg(ReadMirror::isUnreadSql(mirror), items))
        || !m_connection.next(q))
        return {};
    if (const qint64 count = q.value(0).toLongLong(); count > 0)
        result.append({QString(), count, q.value(1).toLongLong()});
    return withoutHidden(result);
}

QList<CategoryCount> SqliteStore::withoutHidden(QList<CategoryCount> counts) const
{
    // The hidden items (few, as a rule) are counted per category and taken off.
    if (m_planner.hiddenSql({}).isEmpty())
        return counts;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT c.name, count(*), sum(%1) FROM hidden_items h CROSS JOIN items i "
                             u"ON i.key = h.key LEFT JOIN item_categories ic INDEXED BY item_categories_by_item "
                             u"ON ic.item_id = i.id LEFT JOIN categories c ON c.id = ic.category_id "
                             u"GROUP BY ic.category_id"_s.arg(ReadMirror::isUnreadSql(m_planner.usesMirror()))))
        return {};
    QHash<QString, CategoryCount> hidden; // by name; a null name: no category
    while (m_connection.next(q))
        hidden.insert(q.value(0).toString(), {QString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    QList<CategoryCount> result;
    for (CategoryCount c : counts) {
        const CategoryCount off = hidden.value(c.name);
        c.count -= off.count;
        c.unread -= off.unread;
        if (!c.name.isNull() || c.count > 0)
            result.append(c);
    }
    std::stable_sort(result.begin(), result.end(), [](const CategoryCount &a, const CategoryCount &b) {
        if (a.name.isNull() != b.name.isNull())
            return b.name.isNull();
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return result;
}

QList<CategoryCount> SqliteStore::countsOfGroups(const SqlStatement &statement,
                                                 const std::function<bool()> &stop) const
{
    // Rows: category id (NULL: no category), count, unread. Every category is
    // listed, by count and name; the items of no category last, when there are any.
    QList<CategoryCount> result;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT id, name FROM categories"_s))
        return result;
    QHash<qint64, qsizetype> rowOf;
    while (m_connection.next(q)) {
        rowOf.insert(q.value(0).toLongLong(), result.size());
        result.append({q.value(1).toString(), 0, 0});
    }
    CategoryCount none;
    // One walk of the items that pass, abandoned when the counts are no longer wanted.
    const Abandonable abandonable(m_connection.database(), stop);
    const auto abandoned = [&] {
        if (!abandonable.stopped())
            return false;
        m_connection.takeFailure(); // the interruption, not a failure
        return true;
    };
    if (!m_connection.run(q, statement.sql, statement.binds)) {
        abandoned();
        return {};
    }
    while (m_connection.next(q)) {
        const CategoryCount counts{QString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        if (q.value(0).isNull()) {
            none = counts;
        } else if (const auto row = rowOf.constFind(q.value(0).toLongLong()); row != rowOf.constEnd()) {
            result[*row].count = counts.count;
            result[*row].unread = counts.unread;
        }
    }
    if (abandoned())
        return {};
    std::sort(result.begin(), result.end(), [](const CategoryCount &a, const CategoryCount &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    if (none.count > 0)
        result.append(none);
    return result;
}

StoreResult<QStringList> SqliteStore::categoryNames() const
{
    return reading([&] { return textColumn(u"SELECT name FROM categories ORDER BY name"_s); });
}

StoreResult<qint64> SqliteStore::pendingIndexItems() const
{
    // Through reading(): a failure names the cache, and damage is classed like any read's.
    return reading([&] { return number({u"SELECT count(*) FROM index_queue"_s, {}}); });
}

StoreResult<QStringList> SqliteStore::rememberedSources() const
{
    return reading([&] { return textColumn(u"SELECT path FROM state.sources ORDER BY added_at, path"_s); });
}

StoreResult<> SqliteStore::rememberSources(const QStringList &paths)
{
    m_connection.takeFailure();
    QSqlQuery q(m_connection.database());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!q.prepare(u"INSERT OR IGNORE INTO state.sources(path, added_at) VALUES (?, ?)"_s))
        return StoreResult<>::failure(writeFailure(q.lastError().text()));
    for (const QString &path : paths) {
        // Resources (the sample) as they are; files and folders absolute.
        const QString source = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
        if (!m_connection.rerun(q, {source, now}))
            return StoreResult<>::failure(writeFailure(m_connection.takeFailure()));
    }
    return {};
}

StoreResult<QStringList> SqliteStore::sourceFiles() const
{
    return reading([&] { return textColumn(u"SELECT path FROM files ORDER BY ordinal DESC"_s); });
}

StoreResult<QString> SqliteStore::importStamp() const
{
    return reading([&] { return stamp(); });
}

QString SqliteStore::stamp() const
{
    {
        const qint64 version = number({u"PRAGMA data_version"_s, {}});
        if (version == m_stampVersion)
            return m_stamp;
        QSqlQuery q(m_connection.database());
        if (!m_connection.run(q, u"SELECT count(*), coalesce(max(imported_at), 0), coalesce(max(ordinal), 0), "
                                 u"coalesce(sum(item_count), 0) FROM files"_s)
            || !m_connection.next(q)) {
            return QString();
        }
        QStringList values;
        for (int column = 0; column < 4; ++column)
            values.append(q.value(column).toString());
        m_stampVersion = version;
        m_stamp = values.join(u' ');
        return m_stamp;
    }
}

void SqliteStore::indexChanged()
{
    m_planner.indexChanged();
}

std::unique_ptr<ImportWriter> SqliteStore::importWriter()
{
    return std::make_unique<SqliteImportWriter>(database());
}

namespace {

// The items of ids, as a statement of their ids with one bound value (a
// JSON array: one value whatever the number of ids).
SqlStatement idSource(const QList<qint64> &ids)
{
    return {u"SELECT value FROM json_each(?)"_s, {QString(u'[' + QueryPlanner::idList(ids) + u']')}};
}

} // namespace

bool SqliteStore::mirrorPart(const std::function<bool()> &part)
{
    // A savepoint of its own: a fault of the cache's mirror (a damaged page, a
    // full disk) never takes the person's marks in the same transaction with it.
    if (m_connection.hasFailure())
        return false;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SAVEPOINT read_mirror"_s))
        return false;
    if (part())
        return m_connection.run(q, u"RELEASE read_mirror"_s);
    const QString failure = m_connection.takeFailure();
    qCWarning(lcStore).noquote() << "the mirror of the read marks could not be written; the marks are kept and the"
                                 << "mirror is built again later:" << failure;
    // (A rollback that fails is the write's failure: the connection has it.)
    if (m_connection.run(q, u"ROLLBACK TO read_mirror"_s))
        m_connection.run(q, u"RELEASE read_mirror"_s);
    return false;
}

StoreResult<> SqliteStore::checkExpected(const SqlStatement &items, qint64 expected)
{
    if (expected < 0)
        return {};
    const qint64 now = items.sql.isEmpty()
            ? 0
            : itemKeyCount(u"SELECT count(*) FROM (%1)"_s.arg(items.sql), items.binds);
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
        return StoreResult<>::failure(writeFailure(failure));
    if (now == expected)
        return {};
    qCInfo(lcStore) << "a change of" << expected << "items shown was refused: the filter holds" << now << "now";
    return StoreResult<>::failure(tr("The list changed before the change was written: it holds %Ln item(s) now, "
                                     "%1 were shown. Nothing was changed; look at the list and choose again.",
                                     nullptr, int(qMin<qint64>(now, INT_MAX)))
                                          .arg(QLocale().toString(expected)),
                                  StoreFailure::Outdated);
}

StoreResult<> SqliteStore::writeMark(MarkChange::Mark mark, bool on, const SqlStatement &items,
                                     QList<qint64> *changed, qint64 labelId, qint64 expected)
{
    // One transaction: the items whose mark changes, the marks in the state
    // database, the mirror of the read marks. (Across two WAL files the commit
    // is not atomic: the generation tells a mismatch, see ReadMirror.)
    SqlTransaction transaction(m_connection.database());
    if (!transaction.isActive())
        return StoreResult<>::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    if (StoreResult<> current = checkExpected(items, expected); !current.ok())
        return current;
    const bool read = mark == MarkChange::Mark::Read;
    // (A connection that may not rebuild it writes the marks alone: the
    // mirror stays untrusted until another connection builds it.)
    const bool trusted = m_mirror.isTrusted()
            || (m_mirrorRebuilds && m_mirror.isAvailable() && mirrorPart([this] { return m_mirror.rebuild(); }));
    m_planner.setMirror(trusted);
    QSqlQuery q(m_connection.database());
    const bool organised = mark == MarkChange::Mark::Label || mark == MarkChange::Mark::Hidden;
    const bool written =
            m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS mark_changed (id INTEGER PRIMARY KEY)"_s)
            && m_connection.run(q, u"DELETE FROM temp.mark_changed"_s)
            && (organised ? writeOrganised(mark, on, items, labelId) : writeReadOrStarred(read, on, items, trusted));
    // The mirror is cache: when its part fails, the marks are written all the
    // same, and the mirror, untrusted now, is built again later.
    if (written && trusted
        && !mirrorPart([this, read, on] { return read ? m_mirror.applyChange(on) : m_mirror.stamp(); }))
        m_planner.setMirror(false);
    if (written && changed) {
        // One value, not a row per item: 300,000 ids come as one text.
        if (m_connection.run(q, u"SELECT group_concat(id) FROM temp.mark_changed"_s) && m_connection.next(q)) {
            const QByteArray ids = q.value(0).toByteArray();
            changed->reserve(ids.count(',') + 1);
            qint64 id = 0;
            for (const char c : ids) {
                if (c == ',') {
                    changed->append(id);
                    id = 0;
                } else {
                    id = id * 10 + (c - '0');
                }
            }
            if (!ids.isEmpty())
                changed->append(id);
        }
    }
    q.finish();
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty() || !written) {
        if (changed)
            changed->clear();
        return StoreResult<>::failure(writeFailure(failure));
    }
    if (!transaction.commit()) {
        if (changed)
            changed->clear();
        return StoreResult<>::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    }
    return {};
}

bool SqliteStore::writeReadOrStarred(bool read, bool on, const SqlStatement &items, bool trusted)
{
    const QString column = read ? u"read"_s : u"starred"_s;
    QSqlQuery q(m_connection.database());
    return (items.sql.isEmpty() // no item can pass
            || m_connection.run(q, u"WITH p(id) AS (%1) INSERT OR IGNORE INTO temp.mark_changed(id) SELECT p.id "
                                   u"FROM p WHERE %2"_s.arg(items.sql, changes(read, on, trusted)),
                                items.binds))
            // In key order: the state database's pages are written in order.
            && m_connection.run(q, u"INSERT INTO state.item_state(key, %1) SELECT i.key, %2 FROM temp.mark_changed m "
                                   u"CROSS JOIN items i ON i.id = m.id WHERE true ORDER BY i.key "
                                   u"ON CONFLICT(key) DO UPDATE SET %1 = excluded.%1"_s
                                           .arg(column, on ? u"1"_s : u"0"_s));
}

QString SqliteStore::changes(bool read, bool on, bool mirror) const
{
    // Whether the mark of the item p.id differs from on (the mirror for read
    // marks; else the state database, through the item's key).
    if (read && mirror)
        return u"%1 EXISTS (SELECT 1 FROM read_items r WHERE r.item_id = p.id)"_s.arg(on ? u"NOT"_s : QString());
    return u"EXISTS (SELECT 1 FROM items i WHERE i.id = p.id AND %1)"_s.arg(m_planner.markSql(!read, !on));
}

StoreResult<> SqliteStore::setRead(const QList<qint64> &ids, bool read)
{
    m_connection.takeFailure();
    if (ids.isEmpty())
        return {};
    return writeMark(MarkChange::Mark::Read, read, idSource(ids), nullptr);
}

StoreResult<> SqliteStore::setStarred(const QList<qint64> &ids, bool starred)
{
    m_connection.takeFailure();
    if (ids.isEmpty())
        return {};
    return writeMark(MarkChange::Mark::Starred, starred, idSource(ids), nullptr);
}

StoreResult<> SqliteStore::setReadWhere(const ItemFilter &filter, bool read)
{
    StoreResult<QList<qint64>> result = setMarkWhere(filter, MarkChange{MarkChange::Mark::Read, read, {}});
    if (!result.ok())
        return StoreResult<>::failure(result.error(), result.kind());
    return {};
}

StoreResult<QList<qint64>> SqliteStore::setMarkWhere(const ItemFilter &filter, const MarkChange &change)
{
    const MarkChange::Mark mark = change.mark;
    const bool on = change.on;
    using Result = StoreResult<QList<qint64>>;
    m_connection.takeFailure();
    useMirror(false);
    if (QString refused = refusedMark(change); !refused.isEmpty())
        return Result::failure(refused);
    const SqlStatement source = m_planner.idSource(filter); // may read (a search's terms, category ids)
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
        return Result::failure(writeFailure(failure));
    QList<qint64> changed;
    const StoreResult<> written = writeMark(mark, on, source, &changed, change.labelId, change.expected);
    if (!written.ok())
        return Result::failure(written.error(), written.kind());
    return changed;
}

StoreResult<> SqliteStore::setMarks(const MarkChange &change, bool on)
{
    m_connection.takeFailure();
    if (change.ids.isEmpty())
        return {};
    if (QString refused = refusedMark(change); !refused.isEmpty())
        return StoreResult<>::failure(refused);
    return writeMark(change.mark, on, idSource(change.ids), nullptr, change.labelId);
}

StoreResult<qint64> SqliteStore::lastVisit() const
{
    return reading([&]() -> qint64 {
        if (!m_mirror.stateIsCurrent())
            return 0; // an older state database, only read: no visit recorded
        return number({u"SELECT coalesce(max(last_visit), 0) FROM visits"_s, {}});
    });
}

StoreResult<> SqliteStore::setLastVisit(qint64 msecsSinceEpoch)
{
    m_connection.takeFailure();
    SqlTransaction transaction(m_connection.database());
    if (!transaction.isActive())
        return StoreResult<>::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"DELETE FROM state.visits"_s)
        || !m_connection.run(q, u"INSERT INTO state.visits(last_visit) VALUES (?)"_s, {msecsSinceEpoch}))
        return StoreResult<>::failure(writeFailure(m_connection.takeFailure()));
    if (!transaction.commit())
        return StoreResult<>::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    return {};
}
