#include "models/store/newsstore.h"

#include "models/store/searchindex.h"
#include "models/store/sqlite/sqliteimportwriter.h"
#include "models/store/sqltransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <queue>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"newsdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// WHERE clause over `items i` for a filter, with its bound values.
struct Condition
{
    QStringList parts;
    QVariantList binds;

    QString sql() const { return parts.isEmpty() ? u"1"_s : parts.join(u" AND "_s); }
};

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u',');
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

// search is the filter's words as an FTS5 query and the condition on items_fts
// that takes them (NewsStore::searchParts); both empty without words.
Condition conditionFor(const ItemFilter &filter, const std::pair<QString, QString> &search)
{
    const auto &[words, match] = search;
    Condition c;
    if (!filter.categories.isEmpty()) {
        if (filter.match == ItemFilter::Match::Any) {
            c.parts.append(u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id IN "
                           u"(SELECT id FROM categories WHERE name IN (%1)))"_s
                                   .arg(placeholders(filter.categories.size())));
            for (const QString &name : filter.categories)
                c.binds.append(name);
        } else {
            for (const QString &name : filter.categories) {
                c.parts.append(u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id = "
                               u"(SELECT id FROM categories WHERE name = ?))"_s);
                c.binds.append(name);
            }
        }
    }
    if (!words.isEmpty()) {
        c.parts.append(u"i.sort_key IN (SELECT rowid FROM items_fts WHERE %1)"_s.arg(match));
        c.binds.append(words);
    }
    if (filter.unreadOnly)
        c.parts.append(u"NOT EXISTS (SELECT 1 FROM item_state st WHERE st.key = i.key AND st.read)"_s);
    if (filter.starredOnly)
        c.parts.append(u"EXISTS (SELECT 1 FROM item_state st WHERE st.key = i.key AND st.starred)"_s);
    if (!filter.ids.isEmpty())
        c.parts.append(u"i.id IN (%1)"_s.arg(idList(filter.ids)));
    if (!filter.sourceFile.isEmpty()) {
        c.parts.append(u"EXISTS (SELECT 1 FROM sources so WHERE so.item_id = i.id AND so.file_id = "
                       u"(SELECT id FROM files WHERE path = ?))"_s);
        c.binds.append(filter.sourceFile);
    }
    return c;
}

bool run(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    return query.exec();
}

QStringList jsonNames(const QString &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        names.append(value.toString());
    return names;
}

} // namespace

NewsStore::NewsStore()
    : m_connection(nextConnectionName())
{
}

NewsStore::~NewsStore()
{
    close();
}

QString NewsStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"newsdesk.sqlite"_s);
}

QSqlDatabase NewsStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool NewsStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void NewsStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool NewsStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool NewsStore::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_error.clear();
    m_prefixTerms.clear();
    m_prefixTermsVersion = -1;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)."));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the cache.").arg(info.absolutePath()));

    // The handles live in this block, so a failed open can remove the
    // connection (isOpen() false, no "still in use" warning).
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            error = tr("Cannot open the cache %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            // A file that is not SQLite fails on the first statement. Nothing
            // is written before the file is known to be a cache we may change.
            if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next()) {
                error = tr("%1 is not a newsdesk cache: %2").arg(path, q.lastError().text());
            } else if (error = incompatibility(q.value(0).toInt()); error.isEmpty()) {
                q.exec(u"PRAGMA journal_mode = WAL"_s);
                q.exec(u"PRAGMA synchronous = NORMAL"_s);
                q.exec(u"PRAGMA foreign_keys = OFF"_s);
                q.exec(u"PRAGMA temp_store = MEMORY"_s);
                // 16 MB of pages per connection: the window holds three (GUI, reader, import).
                q.exec(u"PRAGMA cache_size = -16384"_s);
            }
        }
    }
    if (!error.isEmpty()) {
        close();
        return fail(error);
    }
    if (!migrate(targetVersion)) {
        close();
        return false;
    }
    return true;
}

QString NewsStore::incompatibility(int tableCount) const
{
    const int current = schemaVersion();
    if (current < 0)
        return tr("%1 is not a newsdesk cache.").arg(m_path);
    if (current > SchemaVersion) {
        return tr("The cache %1 was written by a newer newsdesk (schema %2; this program knows up to %3). "
                  "Update newsdesk, or choose another cache with --db.")
                .arg(m_path).arg(current).arg(SchemaVersion);
    }
    // A file with tables but no version is not ours: refuse to touch it.
    if (current == 0 && tableCount > 0)
        return tr("%1 is an SQLite file but not a newsdesk cache.").arg(m_path);
    return {};
}

int NewsStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool NewsStore::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(tr("%1 is not a newsdesk cache.").arg(m_path));
    static const char *const steps[] = {":/newsdesk/sql/001_initial.sql", ":/newsdesk/sql/002_fts_prefix.sql",
                                        ":/newsdesk/sql/003_category_order.sql", ":/newsdesk/sql/004_category_counts.sql",
                                        ":/newsdesk/sql/005_fts_listing_order.sql", ":/newsdesk/sql/006_index_queue.sql",
                                        ":/newsdesk/sql/007_fts_hash_size.sql"};
    static_assert(std::size(steps) == SchemaVersion);

    for (int version = current + 1; version <= targetVersion; ++version) {
        QFile file(QString::fromLatin1(steps[version - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Internal error: migration %1 is missing.").arg(version));
        const QString script = QString::fromUtf8(file.readAll());

        SqlTransaction transaction(database());
        QSqlQuery q(database());
        for (const QString &statement : script.split(u";\n"_s, Qt::SkipEmptyParts)) {
            QString sql;
            for (const QString &line : statement.split(u'\n')) {
                if (!line.trimmed().startsWith(u"--"_s))
                    sql += line + u'\n';
            }
            if (sql.trimmed().isEmpty())
                continue;
            if (!q.exec(sql))
                return fail(tr("Cannot update the cache %1 to schema %2: %3")
                                    .arg(m_path).arg(version).arg(q.lastError().text()));
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !transaction.commit())
            return fail(tr("Cannot update the cache %1 to schema %2: %3")
                                .arg(m_path).arg(version).arg(database().lastError().text()));
    }
    return true;
}


QList<qint64> NewsStore::resolveCategories(const ItemFilter &filter, bool &none) const
{
    none = false;
    QHash<QString, qint64> known;
    {
        QSqlQuery q(database());
        q.prepare(u"SELECT name, id FROM categories WHERE name IN (%1)"_s.arg(placeholders(filter.categories.size())));
        QVariantList names;
        for (const QString &name : filter.categories)
            names.append(name);
        if (run(q, names)) {
            while (q.next())
                known.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    QList<qint64> categories;
    for (const QString &name : filter.categories) {
        if (known.contains(name) && !categories.contains(known.value(name)))
            categories.append(known.value(name));
        else if (!known.contains(name) && filter.match == ItemFilter::Match::All)
            none = true; // no item is in a category nobody has
    }
    if (categories.isEmpty())
        none = true;
    if (none || filter.match == ItemFilter::Match::Any || categories.size() < 2)
        return categories;

    // All: walk the smallest category, check the others per item.
    QHash<qint64, qint64> sizes;
    QSqlQuery q(database());
    q.exec(u"SELECT id, item_count FROM categories WHERE id IN (%1)"_s.arg(idList(categories)));
    while (q.next())
        sizes.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    std::stable_sort(categories.begin(), categories.end(),
                     [&](qint64 a, qint64 b) { return sizes.value(a) < sizes.value(b); });
    return categories;
}

namespace {

// The items of one category (and, optionally, of others too) that pass the
// rest of the filter, straight from item_categories' (category_id, sort_key,
// item_id) key: already in listing order.
QString categoryStream(const QString &select, qint64 category, const QList<qint64> &alsoIn, const Condition &rest)
{
    QString sql = u"SELECT "_s + select + u" FROM item_categories ic "_s;
    if (!rest.parts.isEmpty())
        sql += u"CROSS JOIN items i ON i.id = ic.item_id "_s;
    sql += u"WHERE ic.category_id = %1"_s.arg(category);
    for (qint64 other : alsoIn) {
        sql += u" AND EXISTS (SELECT 1 FROM item_categories x WHERE x.item_id = ic.item_id "
               u"AND x.category_id = %1)"_s.arg(other);
    }
    if (!rest.parts.isEmpty())
        sql += u" AND "_s + rest.sql();
    return sql;
}

QString limitClause(qint64 limit, qint64 offset)
{
    return limit < 0 ? QString() : u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
}

} // namespace

QString NewsStore::wordsQuery(const ItemFilter &filter) const
{
    // A last word typed as a prefix longer than the index's prefixes would make
    // FTS5 merge the hit lists of every term it starts in full before the first
    // hit comes out; spelled out as those terms, hits stream in order.
    const QString expression = filter.searchExpression();
    if (!expression.endsWith(u"\"*"_s))
        return expression;
    const qsizetype open = expression.lastIndexOf(u'"', expression.size() - 3);
    const QString prefix = expression.mid(open + 1, expression.size() - 3 - open);
    if (prefix.size() <= LongestIndexedPrefix)
        return expression;
    const QStringList terms = prefixTerms(prefix.toLower());
    if (terms.isEmpty() || terms.size() > MaxSpelledTerms)
        return expression; // FTS5 folds case itself; or too many terms to be worth it
    QStringList quoted;
    quoted.reserve(terms.size());
    for (const QString &term : terms)
        quoted.append(u'"' + term + u'"');
    const QString before = expression.left(open).trimmed();
    return (before.isEmpty() ? QString() : before + u" AND "_s) + u'(' + quoted.join(u" OR "_s) + u')';
}

QStringList NewsStore::prefixTerms(const QString &prefix) const
{
    QSqlQuery q(database());
    // Another connection's commit (an import) changes data_version; this
    // connection's own imports call indexChanged().
    if (q.exec(u"PRAGMA data_version"_s) && q.next() && q.value(0).toLongLong() != m_prefixTermsVersion) {
        m_prefixTermsVersion = q.value(0).toLongLong();
        m_prefixTerms.clear();
    }
    if (const QStringList *cached = m_prefixTerms.object(prefix))
        return *cached;
    QStringList terms;
    if (!q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_terms USING fts5vocab(main, items_fts, row)"_s))
        return terms;
    q.setForwardOnly(true);
    q.prepare(u"SELECT term FROM temp.items_terms WHERE term >= ? AND term < ?"_s);
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QString::fromUcs4(U"\U0010FFFF", 1))); // past every term that starts with prefix
    if (!q.exec())
        return terms;
    while (q.next() && terms.size() <= MaxSpelledTerms)
        terms.append(q.value(0).toString());
    m_prefixTerms.insert(prefix, new QStringList(terms));
    return terms;
}

void NewsStore::indexChanged()
{
    m_prefixTerms.clear();
}

std::unique_ptr<ImportWriter> NewsStore::importWriter()
{
    return std::make_unique<SqliteImportWriter>(database());
}

std::pair<QString, QString> NewsStore::searchParts(const ItemFilter &filter) const
{
    QString words = wordsQuery(filter);
    if (words.isEmpty())
        return {}; // no index query, so no look at the queue either
    return {std::move(words), indexMatch()};
}

bool NewsStore::hasStaleIndexEntries() const
{
    QSqlQuery q(database());
    return q.exec(u"SELECT EXISTS (SELECT 1 FROM index_queue WHERE sort_key IS NOT NULL)"_s) && q.next()
            && q.value(0).toBool();
}

QString NewsStore::indexMatch() const
{
    // While an import's entries wait in index_queue, the index still holds the
    // old entries of the queued items, under keys other items may hold now:
    // those hits are left out (the items themselves come back when the queue
    // is written).
    if (hasStaleIndexEntries())
        return u"items_fts MATCH ? AND NOT EXISTS "
               u"(SELECT 1 FROM index_queue q WHERE q.sort_key = items_fts.rowid)"_s; // index_queue_by_key
    return u"items_fts MATCH ?"_s;
}

std::optional<QString> NewsStore::indexQuery(const ItemFilter &filter) const
{
    // The index holds words and categories, nothing of reader state or files.
    if (filter.unreadOnly || filter.starredOnly || !filter.ids.isEmpty() || !filter.sourceFile.isEmpty())
        return std::nullopt;
    const QString words = wordsQuery(filter);
    if (words.isEmpty() && filter.categories.size() < 2)
        return std::nullopt; // one category: its kept count and key range are cheaper
    QStringList parts;
    if (!filter.categories.isEmpty()) {
        bool none = false;
        const QList<qint64> categories = resolveCategories(filter, none);
        if (none)
            return QString();
        parts.append(filter.match == ItemFilter::Match::Any ? SearchIndex::anyOf(categories)
                                                            : SearchIndex::allOf(categories));
    }
    if (!words.isEmpty())
        parts.append(words);
    return parts.join(u" AND "_s); // FTS5 wants an explicit AND after a group
}

std::optional<NewsStore::CountQuery> NewsStore::keptCount(const ItemFilter &filter) const
{
    const ItemFilter rest = filter.withoutCategories();
    if (const std::optional<QString> match = indexQuery(filter)) {
        if (match->isEmpty())
            return CountQuery{}; // nothing can pass
        if (!rest.isEmpty() || hasStaleIndexEntries())
            return std::nullopt;
        // Several categories alone: the sets of categories items hold are
        // few, and each knows its number of items.
        bool none = false;
        QStringList tests;
        QVariantList binds;
        for (qint64 id : resolveCategories(filter, none)) {
            tests.append(u"instr(' ' || categories || ' ', ?) > 0"_s);
            binds.append(QString(u' ' + SearchIndex::categoryToken(id) + u' '));
        }
        return CountQuery{u"SELECT coalesce(sum(item_count), 0) FROM category_sets WHERE "_s
                                  + tests.join(filter.match == ItemFilter::Match::Any ? u" OR "_s : u" AND "_s),
                          binds};
    }
    if (filter.isEmpty()) {
        // Every indexed item holds one set of categories (maybe none): the kept
        // sums spare a walk of a million index entries. Items an import has
        // queued but not indexed yet are counted apart.
        return CountQuery{u"SELECT (SELECT coalesce(sum(item_count), 0) FROM category_sets) "
                          u"+ (SELECT count(*) FROM index_queue WHERE sort_key IS NULL)"_s, {}};
    }
    if (filter.categories.size() == 1 && rest.isEmpty()) {
        bool none = false;
        const QList<qint64> categories = resolveCategories(filter, none);
        if (none)
            return CountQuery{};
        return CountQuery{u"SELECT item_count FROM categories WHERE id = ?"_s, {categories.first()}}; // kept by every import
    }
    return std::nullopt;
}

bool NewsStore::countIsKept(const ItemFilter &filter) const
{
    return keptCount(filter).has_value();
}

qint64 NewsStore::itemCount(const ItemFilter &filter) const
{
    QString sql;
    QVariantList binds;
    const ItemFilter rest = filter.withoutCategories();
    if (const std::optional<CountQuery> kept = keptCount(filter)) {
        if (kept->sql.isEmpty())
            return 0;
        sql = kept->sql;
        binds = kept->binds;
    } else if (const std::optional<QString> match = indexQuery(filter)) {
        sql = u"SELECT count(*) FROM items_fts WHERE "_s + indexMatch();
        binds = {*match};
    } else if (!filter.categories.isEmpty() && rest.sourceFile.isEmpty()) {
        bool none = false;
        const QList<qint64> categories = resolveCategories(filter, none);
        if (none)
            return 0;
        if (categories.size() == 1 || filter.match == ItemFilter::Match::All) {
            const Condition c = conditionFor(rest, searchParts(rest));
            sql = categoryStream(u"count(*)"_s, categories.first(), categories.mid(1), c);
            binds = c.binds;
        } else {
            // Any of several categories and reader state: merging their ordered
            // key ranges reads only their links.
            return idsByCategory(filter, -1, 0).size();
        }
    } else {
        const Condition c = conditionFor(filter, searchParts(filter));
        sql = u"SELECT count(*) FROM items i WHERE "_s + c.sql();
        binds = c.binds;
    }
    QSqlQuery q(database());
    q.prepare(sql);
    if (!run(q, binds) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<qint64> NewsStore::itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    const std::optional<QString> match =
            filter.sort == ItemFilter::Sort::Listing ? indexQuery(filter) : std::nullopt;
    if (match && match->isEmpty())
        return {};
    if (!match && filter.sourceFile.isEmpty() && filter.sort == ItemFilter::Sort::Listing
        && !filter.categories.isEmpty())
        return idsByCategory(filter, limit, offset);

    QString sql;
    QVariantList binds;
    if (match) {
        // The index is keyed by listing key: its hits come out in listing
        // order, a page is a walk of its first hits, nothing is sorted.
        sql = u"SELECT i.id FROM (SELECT rowid AS k FROM items_fts WHERE %1 ORDER BY rowid DESC%2) f "
              u"CROSS JOIN items i INDEXED BY items_by_listing ON i.sort_key = f.k ORDER BY f.k DESC"_s
                      .arg(indexMatch(), limitClause(limit, offset));
        binds = {*match};
    } else if (const Condition c = conditionFor(filter, searchParts(filter)); !filter.sourceFile.isEmpty()) {
        // The items of one file in that file's order.
        sql = u"SELECT i.id FROM sources so JOIN items i ON i.id = so.item_id "
              u"WHERE so.file_id = (SELECT id FROM files WHERE path = ?) AND "_s
                + c.sql() + u" ORDER BY so.position"_s + limitClause(limit, offset);
        binds = c.binds;
        binds.prepend(filter.sourceFile);
    } else {
        const QString order = filter.sort == ItemFilter::Sort::Title ? u"i.title_key, i.sort_key DESC"_s
                                                                     : u"i.sort_key DESC"_s;
        sql = u"SELECT i.id FROM items i WHERE "_s + c.sql() + u" ORDER BY "_s + order + limitClause(limit, offset);
        binds = c.binds;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    QList<qint64> ids;
    if (!run(q, binds))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> NewsStore::idsByCategory(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    // The items of a category come out of item_categories' primary key
    // already in listing order: no scan of every item, no sort. Several
    // categories: "all" walks the smallest and checks the others per item;
    // "any" merges one ordered stream per category.
    bool none = false;
    const QList<qint64> categories = resolveCategories(filter, none);
    if (none)
        return {};

    const Condition rest = conditionFor(filter.withoutCategories(), searchParts(filter));
    using Entry = std::pair<qint64, qint64>; // (sort_key, id)
    auto stream = [&](qint64 category, const QList<qint64> &alsoIn, qint64 streamLimit, qint64 streamOffset) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(categoryStream(u"ic.sort_key, ic.item_id"_s, category, alsoIn, rest)
                  + u" ORDER BY ic.sort_key DESC"_s + limitClause(streamLimit, streamOffset));
        QList<Entry> entries;
        if (run(q, rest.binds)) {
            while (q.next())
                entries.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        return entries;
    };

    QList<qint64> ids;
    if (categories.size() == 1 || filter.match == ItemFilter::Match::All) {
        const QList<Entry> entries = stream(categories.first(), categories.mid(1), limit, offset);
        ids.reserve(entries.size());
        for (const Entry &e : entries)
            ids.append(e.second);
        return ids;
    }

    // Any: merge the ordered streams. An item's sort_key is unique to it, so
    // equal keys from two streams are the same item. A page needs at most
    // offset + limit entries of each stream.
    const qint64 streamLimit = limit < 0 ? -1 : offset + limit;
    QList<QList<Entry>> streams;
    qsizetype total = 0;
    for (qint64 category : categories) {
        streams.append(stream(category, {}, streamLimit, 0));
        total += streams.constLast().size();
    }
    using Head = std::pair<Entry, qsizetype>; // entry, stream
    std::priority_queue<Head> heads;
    QList<qsizetype> next(streams.size(), 0);
    for (qsizetype s = 0; s < streams.size(); ++s) {
        if (!streams.at(s).isEmpty())
            heads.push({streams.at(s).first(), s});
    }
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

QList<NewsItem> NewsStore::items(const QList<qint64> &ids) const
{
    QList<NewsItem> result;
    if (ids.isEmpty())
        return result;

    QHash<qint64, NewsItem> byId;
    QHash<qint64, QStringList> categories;
    constexpr qsizetype Chunk = 2000;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QString list = idList(ids.mid(from, Chunk));
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.exec(u"SELECT i.id, i.title, i.summary, coalesce(st.read, 0), coalesce(st.starred, 0) "
               u"FROM items i LEFT JOIN item_state st ON st.key = i.key WHERE i.id IN (%1)"_s.arg(list));
        while (q.next()) {
            NewsItem item;
            item.id = q.value(0).toLongLong();
            item.title = q.value(1).toString();
            item.summary = q.value(2).toString();
            item.read = q.value(3).toBool();
            item.starred = q.value(4).toBool();
            byId.insert(item.id, item);
        }
        // Sources, newest file first; an item's categories are those of its
        // sources merged, in the order the newest source wrote them.
        q.exec(u"SELECT so.item_id, f.path, so.position, so.categories FROM sources so "
               u"JOIN files f ON f.id = so.file_id WHERE so.item_id IN (%1) "
               u"ORDER BY so.item_id, f.ordinal DESC, so.position"_s.arg(list));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            auto it = byId.find(id);
            if (it == byId.end())
                continue;
            it->sources.append({q.value(1).toString(), q.value(2).toInt()});
            for (const QString &name : jsonNames(q.value(3).toString())) {
                if (!it->categories.contains(name))
                    it->categories.append(name);
            }
        }
    }
    result.reserve(ids.size());
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

NewsItem NewsStore::item(qint64 id) const
{
    const QList<NewsItem> found = items({id});
    return found.isEmpty() ? NewsItem{} : found.first();
}

QList<CategoryCount> NewsStore::categoryCounts(const ItemFilter &filter, const std::function<bool()> &stop) const
{
    const ItemFilter facet = filter.withoutCategories();
    QString sql;
    QVariantList binds;
    if (facet.isEmpty()) {
        sql = u"SELECT name, item_count FROM categories"_s; // kept by every import
    } else if (const std::optional<QString> match = indexQuery(facet)) {
        // One count of the index per category: words and category together.
        QList<CategoryCount> result;
        QList<std::pair<qint64, QString>> categories;
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, name FROM categories"_s))
            return result;
        while (q.next())
            categories.append({q.value(0).toLongLong(), q.value(1).toString()});
        q.prepare(u"SELECT count(*) FROM items_fts WHERE "_s + indexMatch());
        for (const auto &[id, name] : std::as_const(categories)) {
            if (stop && stop())
                return {};
            q.bindValue(0, QString(SearchIndex::categoryTerm(id) + u" AND "_s + *match));
            if (!q.exec() || !q.next())
                return {};
            result.append({name, q.value(0).toLongLong()});
        }
        std::sort(result.begin(), result.end(), [](const CategoryCount &a, const CategoryCount &b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
        return result;
    } else {
        const Condition c = conditionFor(facet, searchParts(facet));
        sql = u"SELECT c.name, coalesce(n.count, 0) FROM categories c LEFT JOIN "
              u"(SELECT ic.category_id, count(*) AS count FROM items i "
              u"JOIN item_categories ic ON ic.item_id = i.id WHERE "_s
                + c.sql() + u" GROUP BY ic.category_id) n ON n.category_id = c.id"_s;
        binds = c.binds;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql + u" ORDER BY 2 DESC, 1"_s);
    QList<CategoryCount> result;
    if (!run(q, binds))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong()});
    return result;
}

QStringList NewsStore::categoryNames() const
{
    QStringList names;
    QSqlQuery q(database());
    q.exec(u"SELECT name FROM categories ORDER BY name"_s);
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

qint64 NewsStore::pendingIndexItems() const
{
    QSqlQuery q(database());
    return q.exec(u"SELECT count(*) FROM index_queue"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList NewsStore::sourceFiles() const
{
    QStringList paths;
    QSqlQuery q(database());
    q.exec(u"SELECT path FROM files ORDER BY ordinal DESC"_s);
    while (q.next())
        paths.append(q.value(0).toString());
    return paths;
}

bool NewsStore::setState(const char *column, const QString &itemCondition, const QVariantList &binds, bool value)
{
    const QString col = QString::fromLatin1(column);
    QSqlQuery q(database());
    // "WHERE true" lets SQLite parse ON CONFLICT after a SELECT (an upsert rule).
    q.prepare(u"INSERT INTO item_state(key, %1) SELECT i.key, %2 FROM items i WHERE %3 "
              u"ON CONFLICT(key) DO UPDATE SET %1 = excluded.%1"_s
                      .arg(col, value ? u"1"_s : u"0"_s, itemCondition));
    if (!run(q, binds)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool NewsStore::setRead(const QList<qint64> &ids, bool read)
{
    if (ids.isEmpty())
        return true;
    return setState("read", u"i.id IN (%1)"_s.arg(idList(ids)), {}, read);
}

bool NewsStore::setStarred(const QList<qint64> &ids, bool starred)
{
    if (ids.isEmpty())
        return true;
    return setState("starred", u"i.id IN (%1)"_s.arg(idList(ids)), {}, starred);
}

bool NewsStore::setReadWhere(const ItemFilter &filter, bool read)
{
    const Condition c = conditionFor(filter, searchParts(filter));
    return setState("read", c.sql(), c.binds, read);
}
