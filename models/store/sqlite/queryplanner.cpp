#include "models/store/sqlite/queryplanner.h"

#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteconnection.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u',');
}

void addCategoryParts(SqlCondition &c, const ItemFilter &filter)
{
    if (filter.categories.isEmpty())
        return;
    if (filter.match == ItemFilter::Match::Any) {
        c.parts.append(u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id IN "
                       u"(SELECT id FROM categories WHERE name IN (%1)))"_s
                               .arg(placeholders(filter.categories.size())));
        for (const QString &name : filter.categories)
            c.binds.append(name);
        return;
    }
    for (const QString &name : filter.categories) {
        c.parts.append(u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id = "
                       u"(SELECT id FROM categories WHERE name = ?))"_s);
        c.binds.append(name);
    }
}

} // namespace

QueryPlanner::QueryPlanner(const SqliteConnection &connection)
    : m_connection(connection)
{
}

QString QueryPlanner::idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QString QueryPlanner::limitClause(qint64 limit, qint64 offset)
{
    return limit < 0 ? QString() : u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
}

QString QueryPlanner::categoryStream(const QString &select, qint64 category, const QList<qint64> &alsoIn,
                                     const SqlCondition &rest)
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

SqlCondition QueryPlanner::condition(const ItemFilter &filter) const
{
    // search is the filter's words as an FTS5 query and the condition on
    // items_fts that takes them; both empty without words.
    const auto [words, match] = searchParts(filter);
    SqlCondition c;
    addCategoryParts(c, filter);
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

QList<qint64> QueryPlanner::resolveCategories(const ItemFilter &filter, bool &none) const
{
    none = false;
    QHash<QString, qint64> known;
    {
        QSqlQuery q(m_connection.database());
        QVariantList names;
        for (const QString &name : filter.categories)
            names.append(name);
        if (m_connection.run(q, u"SELECT name, id FROM categories WHERE name IN (%1)"_s
                                        .arg(placeholders(filter.categories.size())), names)) {
            while (m_connection.next(q))
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
    QSqlQuery q(m_connection.database());
    if (m_connection.run(q, u"SELECT id, item_count FROM categories WHERE id IN (%1)"_s.arg(idList(categories)))) {
        while (m_connection.next(q))
            sizes.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    std::stable_sort(categories.begin(), categories.end(),
                     [&](qint64 a, qint64 b) { return sizes.value(a) < sizes.value(b); });
    return categories;
}

QString QueryPlanner::wordsQuery(const ItemFilter &filter) const
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

bool QueryPlanner::prefixTermsAreCurrent() const
{
    QSqlQuery q(m_connection.database());
    // Another connection's commit (an import) changes data_version; this
    // connection's own imports call indexChanged(). Without the version
    // nothing cached can be trusted.
    if (!m_connection.run(q, u"PRAGMA data_version"_s) || !m_connection.next(q)) {
        m_prefixTerms.clear();
        m_prefixTermsVersion = -1;
        return false;
    }
    if (q.value(0).toLongLong() != m_prefixTermsVersion) {
        m_prefixTermsVersion = q.value(0).toLongLong();
        m_prefixTerms.clear();
    }
    return true;
}

QStringList QueryPlanner::prefixTerms(const QString &prefix) const
{
    const bool current = prefixTermsAreCurrent();
    if (const QStringList *cached = current ? m_prefixTerms.object(prefix) : nullptr)
        return *cached;
    QSqlQuery q(m_connection.database());
    QStringList terms;
    if (!m_connection.run(q, u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_terms "
                             u"USING fts5vocab(main, items_fts, row)"_s))
        return terms;
    q.setForwardOnly(true);
    // The upper bound is past every term that starts with prefix.
    if (!m_connection.run(q, u"SELECT term FROM temp.items_terms WHERE term >= ? AND term < ?"_s,
                          {prefix, QString(prefix + QString::fromUcs4(U"\U0010FFFF", 1))}))
        return terms;
    while (m_connection.next(q) && terms.size() <= MaxSpelledTerms)
        terms.append(q.value(0).toString());
    // Only a complete answer is kept: a read that failed halfway is reported
    // by the caller and asked again next time.
    if (current && !m_connection.hasFailure())
        m_prefixTerms.insert(prefix, new QStringList(terms));
    return terms;
}

void QueryPlanner::indexChanged()
{
    m_prefixTerms.clear();
}

std::pair<QString, QString> QueryPlanner::searchParts(const ItemFilter &filter) const
{
    QString words = wordsQuery(filter);
    if (words.isEmpty())
        return {}; // no index query, so no look at the queue either
    return {std::move(words), indexMatch()};
}

bool QueryPlanner::hasStaleIndexEntries() const
{
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT EXISTS (SELECT 1 FROM index_queue WHERE sort_key IS NOT NULL)"_s)
            && m_connection.next(q) && q.value(0).toBool();
}

QString QueryPlanner::indexMatch() const
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

std::optional<QString> QueryPlanner::indexQuery(const ItemFilter &filter) const
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

std::optional<SqlStatement> QueryPlanner::keptCount(const ItemFilter &filter) const
{
    const ItemFilter rest = filter.withoutCategories();
    if (const std::optional<QString> match = indexQuery(filter)) {
        if (match->isEmpty())
            return SqlStatement{}; // nothing can pass
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
        return SqlStatement{u"SELECT coalesce(sum(item_count), 0) FROM category_sets WHERE "_s
                                    + tests.join(filter.match == ItemFilter::Match::Any ? u" OR "_s : u" AND "_s),
                            binds};
    }
    if (filter.isEmpty()) {
        // Every indexed item holds one set of categories (maybe none): the kept
        // sums spare a walk of a million index entries. Items an import has
        // queued but not indexed yet are counted apart.
        return SqlStatement{u"SELECT (SELECT coalesce(sum(item_count), 0) FROM category_sets) "
                            u"+ (SELECT count(*) FROM index_queue WHERE sort_key IS NULL)"_s, {}};
    }
    if (filter.categories.size() == 1 && rest.isEmpty()) {
        bool none = false;
        const QList<qint64> categories = resolveCategories(filter, none);
        if (none)
            return SqlStatement{};
        // Kept by every import.
        return SqlStatement{u"SELECT item_count FROM categories WHERE id = ?"_s, {categories.first()}};
    }
    return std::nullopt;
}

QueryPlanner::Plan QueryPlanner::count(const ItemFilter &filter) const
{
    using Kind = Plan::Kind;
    if (std::optional<SqlStatement> kept = keptCount(filter))
        return kept->sql.isEmpty() ? Plan{} : Plan{Kind::Statement, std::move(*kept)};
    if (const std::optional<QString> match = indexQuery(filter))
        return {Kind::Statement, {u"SELECT count(*) FROM items_fts WHERE "_s + indexMatch(), {*match}}};
    if (!filter.categories.isEmpty() && filter.sourceFile.isEmpty())
        return categoryCount(filter);
    const SqlCondition c = condition(filter);
    return {Kind::Statement, {u"SELECT count(*) FROM items i WHERE "_s + c.sql(), c.binds}};
}

QueryPlanner::Plan QueryPlanner::categoryCount(const ItemFilter &filter) const
{
    bool none = false;
    const QList<qint64> categories = resolveCategories(filter, none);
    if (none)
        return {};
    if (categories.size() == 1 || filter.match == ItemFilter::Match::All) {
        const SqlCondition c = condition(filter.withoutCategories());
        return {Plan::Kind::Statement,
                {categoryStream(u"count(*)"_s, categories.first(), categories.mid(1), c), c.binds}};
    }
    // Any of several categories and reader state: merging their ordered key
    // ranges reads only their links.
    return {Plan::Kind::CategoryStreams, {}};
}

QueryPlanner::Plan QueryPlanner::ids(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    using Kind = Plan::Kind;
    const std::optional<QString> match =
            filter.sort == ItemFilter::Sort::Listing ? indexQuery(filter) : std::nullopt;
    if (match && match->isEmpty())
        return {};
    if (!match && filter.sourceFile.isEmpty() && filter.sort == ItemFilter::Sort::Listing
        && !filter.categories.isEmpty())
        return {Kind::CategoryStreams, {}};
    if (match) {
        // The index is keyed by listing key: its hits come out in listing
        // order, a page is a walk of its first hits, nothing is sorted.
        return {Kind::Statement,
                {u"SELECT i.id FROM (SELECT rowid AS k FROM items_fts WHERE %1 ORDER BY rowid DESC%2) f "
                 u"CROSS JOIN items i INDEXED BY items_by_listing ON i.sort_key = f.k ORDER BY f.k DESC"_s
                         .arg(indexMatch(), limitClause(limit, offset)),
                 {*match}}};
    }
    const SqlCondition c = condition(filter);
    if (!filter.sourceFile.isEmpty()) {
        // The items of one file in that file's order.
        QVariantList binds = c.binds;
        binds.prepend(filter.sourceFile);
        return {Kind::Statement,
                {u"SELECT i.id FROM sources so JOIN items i ON i.id = so.item_id "
                 u"WHERE so.file_id = (SELECT id FROM files WHERE path = ?) AND "_s
                         + c.sql() + u" ORDER BY so.position"_s + limitClause(limit, offset),
                 binds}};
    }
    const QString order = filter.sort == ItemFilter::Sort::Title ? u"i.title_key, i.sort_key DESC"_s
                                                                 : u"i.sort_key DESC"_s;
    return {Kind::Statement,
            {u"SELECT i.id FROM items i WHERE "_s + c.sql() + u" ORDER BY "_s + order + limitClause(limit, offset),
             c.binds}};
}
