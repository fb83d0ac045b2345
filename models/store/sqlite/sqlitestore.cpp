#include "models/store/sqlite/sqlitestore.h"

#include "models/store/newsstore.h"
#include "models/store/sqlite/cachefile.h"
#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteimportwriter.h"
#include "models/store/sqlite/sqliteindexwriter.h"
#include "models/store/sqlite/sqliteschema.h"
#include "models/store/sqlite/statedatabase.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

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
    if (readOnly) {
        if (schema.version() < std::min(targetVersion, int(SqliteSchema::ReadableVersion))) {
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
    return notices;
}

int SqliteStore::schemaVersion() const
{
    const int version = SqliteSchema(m_connection, m_path).version();
    m_connection.takeFailure();
    return version;
}

template <typename Read>
auto SqliteStore::reading(Read read) const -> StoreResult<std::invoke_result_t<Read>>
{
    using Value = std::invoke_result_t<Read>;
    m_connection.takeFailure(); // the failures of an earlier read were reported with it
    if (!m_connection.isOpen())
        return StoreResult<Value>::failure(readFailure({}));
    Value value = read();
    const bool damaged = m_connection.failureIsDamage();
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty()) {
        // SQLite's error does not say which file is damaged: the cache, or the state database its reads join.
        const StoreFailure kind = damaged ? damagedFile() : StoreFailure::Failed;
        if (kind == StoreFailure::StateDamaged)
            return StoreResult<Value>::failure(stateDamage(failure), kind);
        return StoreResult<Value>::failure(readFailure(failure, damaged), kind);
    }
    return value;
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

StoreResult<bool> SqliteStore::countIsKept(const ItemFilter &filter) const
{
    return reading([&] { return m_planner.keptCount(filter).has_value(); });
}

StoreResult<qint64> SqliteStore::itemCount(const ItemFilter &filter) const
{
    return reading([&]() -> qint64 {
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
    const QList<qint64> categories = m_planner.resolveCategories(filter, none);
    if (none)
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

    if (categories.size() == 1 || filter.match == ItemFilter::Match::All) {
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
    // With a limit, substr() and length() count characters (SQLite's, code
    // points): the text is cut in the database, so megabytes never become a
    // QString here.
    const QString text = textLimit < 0 ? u"i.title, i.summary, -1, -1"_s
                                       : u"substr(i.title, 1, %1), substr(i.summary, 1, %1), "
                                         u"length(i.title), length(i.summary)"_s.arg(textLimit);
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT i.id, %2, coalesce(st.read, 0), coalesce(st.starred, 0) "
                             u"FROM items i LEFT JOIN item_state st ON st.key = i.key WHERE i.id IN (%1)"_s
                                     .arg(idList, text)))
        return;
    const auto whole = [textLimit](const QVariant &length) {
        const qint64 characters = length.toLongLong();
        return textLimit >= 0 && characters > textLimit ? characters : -1;
    };
    while (m_connection.next(q)) {
        NewsItem item;
        item.id = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.summary = q.value(2).toString();
        item.wholeTitleLength = whole(q.value(3));
        item.wholeSummaryLength = whole(q.value(4));
        item.read = q.value(5).toBool();
        item.starred = q.value(6).toBool();
        byId.insert(item.id, item);
    }
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
        const ItemFilter facet = filter.withoutCategories();
        SqlStatement statement;
        if (facet.isEmpty()) {
            statement.sql = u"SELECT name, item_count FROM categories"_s; // kept by every import
        } else if (std::optional<SqlStatement> hits = m_planner.categoryCountsOfHits(facet)) {
            statement = std::move(*hits);
        } else if (const std::optional<QString> match = m_planner.indexQuery(facet, QueryPlanner::Use::Count)) {
            if (match->isEmpty())
                statement.sql = u"SELECT name, 0 FROM categories"_s; // no item can pass
            else
                return countsPerIndexedCategory(*match, stop);
        } else {
            const SqlCondition c = m_planner.condition(facet, QueryPlanner::Use::Count);
            statement.sql = u"SELECT c.name, coalesce(n.count, 0) FROM categories c LEFT JOIN "
                            u"(SELECT ic.category_id, count(*) AS count FROM items i "
                            u"JOIN item_categories ic ON ic.item_id = i.id WHERE "_s
                    + c.sql() + u" GROUP BY ic.category_id) n ON n.category_id = c.id"_s;
            statement.binds = c.binds;
        }
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        QList<CategoryCount> result;
        if (!m_connection.run(q, statement.sql + u" ORDER BY 2 DESC, 1"_s, statement.binds))
            return result;
        while (m_connection.next(q))
            result.append({q.value(0).toString(), q.value(1).toLongLong()});
        return result;
    });
}

QList<CategoryCount> SqliteStore::countsPerIndexedCategory(const QString &match,
                                                           const std::function<bool()> &stop) const
{
    // One count of the index per category: words and category together.
    QList<CategoryCount> result;
    QList<std::pair<qint64, QString>> categories;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT id, name FROM categories"_s))
        return result;
    while (m_connection.next(q))
        categories.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!q.prepare(u"SELECT count(*) FROM items_fts WHERE "_s + m_planner.indexMatch())) {
        m_connection.failed(u"statement"_s, &q);
        return {};
    }
    for (const auto &[id, name] : std::as_const(categories)) {
        if (stop && stop())
            return {};
        if (!m_connection.rerun(q, {QString(SearchIndex::categoryTerm(id) + u" AND ("_s + match + u')')}))
            return {};
        if (!m_connection.next(q))
            return {};
        result.append({name, q.value(0).toLongLong()});
    }
    std::sort(result.begin(), result.end(), [](const CategoryCount &a, const CategoryCount &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
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
    return reading([&] {
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
    });
}

void SqliteStore::indexChanged()
{
    m_planner.indexChanged();
}

std::unique_ptr<ImportWriter> SqliteStore::importWriter()
{
    return std::make_unique<SqliteImportWriter>(database());
}

StoreResult<> SqliteStore::setState(const char *column, const QString &itemCondition, const QVariantList &binds,
                                    bool value)
{
    const QString col = QString::fromLatin1(column);
    m_connection.takeFailure();
    QSqlQuery q(m_connection.database());
    // "WHERE true" lets SQLite parse ON CONFLICT after a SELECT (an upsert rule).
    const QString sql = u"INSERT INTO item_state(key, %1) SELECT i.key, %2 FROM items i WHERE %3 "
                        u"ON CONFLICT(key) DO UPDATE SET %1 = excluded.%1"_s
                                .arg(col, value ? u"1"_s : u"0"_s, itemCondition);
    if (!m_connection.run(q, sql, binds))
        return StoreResult<>::failure(writeFailure(m_connection.takeFailure()));
    return {};
}

StoreResult<> SqliteStore::setRead(const QList<qint64> &ids, bool read)
{
    if (ids.isEmpty())
        return {};
    return setState("read", u"i.id IN (%1)"_s.arg(QueryPlanner::idList(ids)), {}, read);
}

StoreResult<> SqliteStore::setStarred(const QList<qint64> &ids, bool starred)
{
    if (ids.isEmpty())
        return {};
    return setState("starred", u"i.id IN (%1)"_s.arg(QueryPlanner::idList(ids)), {}, starred);
}

StoreResult<> SqliteStore::setReadWhere(const ItemFilter &filter, bool read)
{
    m_connection.takeFailure();
    const SqlCondition c = m_planner.condition(filter, QueryPlanner::Use::Count); // may read (a search's terms)
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
        return StoreResult<>::failure(writeFailure(failure));
    return setState("read", c.sql(), c.binds, read);
}

StoreResult<QList<qint64>> SqliteStore::setMarkWhere(const ItemFilter &, MarkChange::Mark, bool)
{
    return StoreResult<QList<qint64>>::failure(writeFailure(u"not implemented yet"_s)); // TODO(issue 15)
}

StoreResult<> SqliteStore::setMarks(const MarkChange &, bool)
{
    return StoreResult<>::failure(writeFailure(u"not implemented yet"_s)); // TODO(issue 15)
}

StoreResult<qint64> SqliteStore::lastVisit() const
{
    return qint64(0); // TODO(issue 15)
}

StoreResult<> SqliteStore::setLastVisit(qint64)
{
    return {}; // TODO(issue 15)
}
