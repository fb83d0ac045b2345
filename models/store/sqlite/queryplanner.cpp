#include "models/store/sqlite/queryplanner.h"

#include "models/store/label.h"
#include "models/store/sqlite/readmirror.h"
#include "models/store/sqlite/searchfunctions.h"
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

void addCategoryParts(SqlCondition &c, const ItemFilter &filter, const QString &uncategorised)
{
    if (filter.categories.isEmpty()) {
        if (filter.uncategorised)
            c.parts.append(uncategorised);
        return;
    }
    if (filter.match == ItemFilter::Match::Any) {
        const QString any = u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id IN "
                            u"(SELECT id FROM categories WHERE name IN (%1)))"_s
                                    .arg(placeholders(filter.categories.size()));
        c.parts.append(filter.uncategorised ? u"("_s + any + u" OR "_s + uncategorised + u")"_s : any);
        for (const QString &name : filter.categories)
            c.binds.append(name);
        return;
    }
    if (filter.uncategorised) {
        c.parts.append(u"0"_s); // in all of the categories and in none
        return;
    }
    for (const QString &name : filter.categories) {
        c.parts.append(u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id = "
                       u"(SELECT id FROM categories WHERE name = ?))"_s);
        c.binds.append(name);
    }
}

// Whether the labelled items (labelIds' items), walked in listing order, are
// expected to hold wanted items of the categories (their share of every
// item, kept in categories.item_count; all: of the smallest) before their
// end; true without categories. Twice wanted, for the other conditions.
bool walkFillsPage(const SqliteConnection &connection, const SqlStatement &labelIds, const QList<qint64> &categories,
                   bool all, qint64 wanted)
{
    if (categories.isEmpty())
        return true;
    QSqlQuery q(connection.database());
    qint64 labelled = 0;
    if (connection.run(q, u"SELECT count(*) FROM (SELECT 1 FROM item_labels WHERE label_id IN (%1) LIMIT %2)"_s
                                  .arg(labelIds.sql).arg(QueryPlanner::FewLabelledItems + 1), labelIds.binds)
        && connection.next(q))
        labelled = q.value(0).toLongLong();
    qint64 inCategories = 0;
    if (connection.run(q, u"SELECT %1(item_count) FROM categories WHERE id IN (%2)"_s
                                  .arg(all ? u"min"_s : u"sum"_s, QueryPlanner::idList(categories)))
        && connection.next(q))
        inCategories = q.value(0).toLongLong();
    qint64 total = 0;
    if (connection.run(q, u"SELECT coalesce(sum(item_count), 0) FROM category_sets"_s) && connection.next(q))
        total = q.value(0).toLongLong();
    return total <= 0 || double(labelled) * double(inCategories) / double(total) >= 2.0 * double(wanted);
}

} // namespace

QueryPlanner::QueryPlanner(const SqliteConnection &connection)
    : m_connection(connection), m_search(connection)
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

QueryPlanner::Part::Part(const QueryPlanner &planner, QString condition)
    : m_planner(planner)
{
    m_planner.m_part = std::move(condition);
}

QueryPlanner::Part::~Part()
{
    m_planner.m_part.clear();
}

QString QueryPlanner::addedAtSql() const
{
    // Schema 11: the item's arrival, 0 for an item stored before schema 11
    // (before any visit). An older cache: the first time one of the item's
    // files was imported.
    return m_current ? u"coalesce((SELECT a.added_at FROM item_arrivals a WHERE a.item_id = i.id), 0)"_s
                     : u"coalesce((SELECT min(f.imported_at) FROM sources so JOIN files f ON f.id = so.file_id "
                       u"WHERE so.item_id = i.id), 0)"_s;
}

QString QueryPlanner::uncategorisedSql() const
{
    return m_current ? u"EXISTS (SELECT 1 FROM uncategorised_items u WHERE u.item_id = i.id)"_s
                     : u"NOT EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id)"_s;
}

QString QueryPlanner::markSql(bool starred, bool on) const
{
    if (!starred)
        return on ? ReadMirror::isReadSql(m_mirror) : ReadMirror::isUnreadSql(m_mirror);
    // Starred items are few: "on" starts from them (item_state_starred, state schema 3).
    return on ? u"i.key IN (SELECT key FROM item_state WHERE starred)"_s
              : u"NOT EXISTS (SELECT 1 FROM item_state st WHERE st.key = i.key AND st.starred)"_s;
}

bool QueryPlanner::onlyNothing(const ItemFilter &filter)
{
    return filter.uncategorised && filter.match == ItemFilter::Match::All && !filter.categories.isEmpty();
}

SqlCondition QueryPlanner::condition(const ItemFilter &filter, Use use, int tier) const
{
    SqlCondition c;
    addCategoryParts(c, filter, uncategorisedSql());
    addSearchParts(c, search(filter, use), tier);
    if (!filter.labels.isEmpty()) {
        const SqlCondition labelled = labelCondition(filter);
        c.parts += labelled.parts;
        c.binds += labelled.binds;
    }
    if (const QString hidden = hiddenSql(filter); !hidden.isEmpty())
        c.parts.append(hidden);
    if (filter.unreadOnly)
        c.parts.append(ReadMirror::isUnreadSql(m_mirror));
    if (filter.starredOnly)
        c.parts.append(markSql(true, true));
    if (filter.newSince > 0) {
        // (Items without an arrival are older than any visit: never new.)
        c.parts.append(m_current ? u"i.id IN (SELECT item_id FROM item_arrivals WHERE added_at > ?)"_s
                                 : addedAtSql() + u" > ?"_s);
        c.binds.append(filter.newSince);
    }
    if (!m_part.isEmpty())
        c.parts.append(m_part);
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

SearchPlan QueryPlanner::search(const ItemFilter &filter, Use use) const
{
    if (filter.search.isEmpty())
        return {};
    SearchPlan plan = m_search.plan(filter.search, use == Use::Count ? SearchPlanner::CountExpansion
                                                                     : SearchPlanner::PageExpansion);
    if (m_organised && !plan.selectsAll())
        plan.noteIds = noteMatches(filter.search);
    return plan;
}

QList<qint64> QueryPlanner::noteMatches(const QString &query) const
{
    // The notes are few: each is checked against the whole query, as the
    // item's own text is (newsdesk_match, the note as the title).
    QList<qint64> ids;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT i.id FROM notes n CROSS JOIN items i ON i.key = n.key "
                             u"WHERE newsdesk_match(?, n.text, '', '')"_s, {query}))
        return ids;
    while (m_connection.next(q))
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool QueryPlanner::hasRows(const QString &table, const QString &where) const
{
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)"_s.arg(table, where))
            && m_connection.next(q) && q.value(0).toBool();
}

QString QueryPlanner::hiddenSql(const ItemFilter &filter) const
{
    using Hidden = ItemFilter::Hidden;
    if (!m_organised)
        return filter.hidden == Hidden::Only ? u"0"_s : QString(); // nothing is hidden
    switch (filter.hidden) {
    case Hidden::Exclude:
        if (m_hiddenApart || !hasRows(u"hidden_items"_s, u"1"_s))
            return {};
        return u"NOT EXISTS (SELECT 1 FROM hidden_items h WHERE h.key = i.key)"_s;
    case Hidden::Only:
        return u"i.key IN (SELECT key FROM hidden_items WHERE NOT forgotten)"_s;
    case Hidden::Include:
        if (!hasRows(u"hidden_items"_s, u"forgotten"_s))
            return {};
        return u"NOT EXISTS (SELECT 1 FROM hidden_items h WHERE h.key = i.key AND h.forgotten)"_s;
    }
    return {};
}

bool QueryPlanner::hasKeyOrder() const
{
    if (!m_keyOrder) {
        // (Not through m_connection: a failure here only means without it.)
        QSqlQuery q(m_connection.database());
        m_keyOrder = q.exec(u"SELECT 1 FROM main.sqlite_schema WHERE type = 'index' AND name = 'items_by_key_order'"_s)
                && q.next();
    }
    return m_keyOrder;
}

QString QueryPlanner::itemsByKey() const
{
    return hasKeyOrder() ? u"items i INDEXED BY items_by_key_order"_s : u"items i"_s;
}

SqlStatement QueryPlanner::labelIds(const ItemFilter &filter) const
{
    QVariantList names;
    for (const QString &name : filter.labels)
        names.append(Label::normalisedName(name));
    return {u"SELECT id FROM labels WHERE name IN (%1)"_s.arg(placeholders(names.size())), names};
}

SqlCondition QueryPlanner::labelCondition(const ItemFilter &filter) const
{
    if (!m_organised)
        return {{u"0"_s}, {}};
    const SqlStatement ids = labelIds(filter);
    return {{u"EXISTS (SELECT 1 FROM item_labels il WHERE il.key = i.key AND il.label_id IN (%1))"_s.arg(ids.sql)},
            ids.binds};
}

SqlStatement QueryPlanner::labelledKeys(const ItemFilter &filter) const
{
    if (!m_organised)
        return {u"SELECT NULL AS key WHERE 0"_s, {}};
    const SqlStatement ids = labelIds(filter);
    if (filter.labels.size() == 1)
        return {u"SELECT key FROM item_labels WHERE label_id IN (%1)"_s.arg(ids.sql), ids.binds};
    return {u"SELECT DISTINCT key FROM item_labels WHERE label_id IN (%1)"_s.arg(ids.sql), ids.binds};
}

bool QueryPlanner::labelsAreFew(const ItemFilter &filter) const
{
    if (!m_organised)
        return true;
    const SqlStatement ids = labelIds(filter);
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT count(*) FROM (SELECT 1 FROM item_labels WHERE label_id IN (%1) LIMIT %2)"_s
                                       .arg(ids.sql).arg(FewLabelledItems + 1), ids.binds)
            && m_connection.next(q) && q.value(0).toLongLong() <= FewLabelledItems;
}

SqlStatement QueryPlanner::fromLabels(const ItemFilter &filter, const QString &select, Use use, int tier,
                                      const QString &join) const
{
    ItemFilter rest = filter;
    rest.labels.clear();
    const SqlStatement keys = labelledKeys(filter);
    const SqlCondition c = condition(rest, use, tier);
    return {u"SELECT %1 FROM (%2) l CROSS JOIN %3 ON i.key = l.key %4WHERE %5"_s.arg(select, keys.sql, itemsByKey(),
                                                                                     join, c.sql()),
            keys.binds + c.binds};
}

QueryPlanner::Plan QueryPlanner::idsFromLabels(const ItemFilter &filter, int tier, qint64 limit, qint64 offset) const
{
    if (filter.sort != ItemFilter::Sort::Title && filter.search.isEmpty() && limit >= 0) {
        ItemFilter rest = filter;
        rest.labels.clear();
        const SqlCondition c = condition(rest, Use::Page, tier);
        // (When the categories leave too few of the labelled items to fill
        // the page, the walk would check every one of them anyway, and the
        // sort of the few that pass costs less than the walk's order.)
        bool none = false;
        const QList<qint64> categories =
                filter.categories.isEmpty() || filter.uncategorised ? QList<qint64>() : resolveCategories(filter, none);
        if (!c.parts.isEmpty() && !none
            && walkFillsPage(m_connection, labelIds(filter), categories, filter.match == ItemFilter::Match::All,
                             limit + offset))
            return labelledInListingOrder(filter, c, limit, offset);
    }
    const SqlStatement s = fromLabels(filter, u"i.id"_s, Use::Page, tier);
    const QString order = filter.sort == ItemFilter::Sort::Title ? u" ORDER BY i.title_key, i.sort_key DESC"_s
                                                                 : u" ORDER BY i.sort_key DESC"_s;
    return {Plan::Kind::Statement, {s.sql + order + limitClause(limit, offset), s.binds}};
}

QueryPlanner::Plan QueryPlanner::labelledInListingOrder(const ItemFilter &filter, const SqlCondition &rest,
                                                        qint64 limit, qint64 offset) const
{
    // The labelled items' listing keys (each key to its sort_key through
    // items_by_key_order) become the IN list of a walk of items_by_listing:
    // SQLite keeps that list as a sorted B-tree and walks it newest first,
    // so the ORDER BY needs no sort, and the rest (a category, unread, ...)
    // is checked per item only until the page is full, not for every
    // labelled item before a sort. (An item's sort_key is unique to it.)
    const SqlStatement keys = labelledKeys(filter);
    const QString byKey = hasKeyOrder() ? u"items k INDEXED BY items_by_key_order"_s : u"items k"_s;
    return {Plan::Kind::Statement,
            {u"SELECT i.id FROM items i INDEXED BY items_by_listing WHERE i.sort_key IN "
             u"(SELECT k.sort_key FROM (%1) l CROSS JOIN %2 ON k.key = l.key) AND %3 ORDER BY i.sort_key DESC"_s
                     .arg(keys.sql, byKey, rest.sql())
                     + limitClause(limit, offset),
             keys.binds + rest.binds}};
}

void QueryPlanner::indexChanged()
{
    m_search.indexChanged();
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

void QueryPlanner::addIndexParts(SqlCondition &c, const SearchPlan &plan) const
{
    if (plan.nothing) {
        c.parts.append(u"0"_s);
        return;
    }
    if (!plan.positive.isEmpty()) {
        c.parts.append(u"i.sort_key IN (SELECT rowid FROM items_fts WHERE %1)"_s.arg(indexMatch()));
        c.binds.append(plan.candidates());
        return;
    }
    if (plan.selectsAll())
        return;
    // Every item is walked: those an import left waiting for the index are
    // left out, as the index's hits leave them out.
    c.parts.append(u"i.id NOT IN (SELECT item_id FROM index_queue)"_s);
    if (!plan.excluded.isEmpty()) {
        c.parts.append(u"i.sort_key NOT IN (SELECT rowid FROM items_fts WHERE %1)"_s.arg(indexMatch()));
        c.binds.append(plan.excluded);
    }
}

void QueryPlanner::addSearchParts(SqlCondition &c, const SearchPlan &plan, int tier) const
{
    // An item whose note alone passes the query passes too (notes are few:
    // their items' ids, SearchPlan::noteIds).
    SqlCondition text;
    addIndexParts(text, plan);
    addCheckParts(text, plan, -1);
    if (plan.noteIds.isEmpty() || text.parts.isEmpty()) {
        c.parts += text.parts;
    } else {
        c.parts.append(u"((%1) OR i.id IN (%2))"_s.arg(text.sql(), idList(plan.noteIds)));
    }
    c.binds += text.binds;
    SearchPlan tierOnly;
    tierOnly.positiveTerms = plan.positiveTerms;
    addCheckParts(c, tierOnly, tier);
}

void QueryPlanner::addCheckParts(SqlCondition &c, const SearchPlan &plan, int tier)
{
    if (!plan.check.isEmpty()) {
        c.parts.append(u"newsdesk_match(?, i.title, i.summary, %1)"_s
                               .arg(plan.checkCategories ? SearchFunctions::categoryNamesSql(u"i.id"_s) : u"''"_s));
        c.binds.append(plan.check);
    }
    if (tier >= 0) {
        c.parts.append(u"newsdesk_title_terms(?, i.title) = ?"_s);
        c.binds.append(plan.positiveTerms);
        c.binds.append(tier);
    }
}

std::optional<QString> QueryPlanner::candidateQuery(const ItemFilter &filter, const SearchPlan &plan) const
{
    // The index holds words and categories, nothing of reader state, files,
    // times, or the items of no category.
    if (filter.unreadOnly || filter.starredOnly || !filter.ids.isEmpty() || !filter.sourceFile.isEmpty()
        || filter.uncategorised || filter.newSince > 0 || !m_part.isEmpty() || !filter.labels.isEmpty()
        || !plan.noteIds.isEmpty())
        return std::nullopt;
    if (plan.nothing)
        return QString();
    const bool searching = !plan.selectsAll();
    if (searching && plan.positive.isEmpty())
        return std::nullopt; // every item is walked
    if (!searching && filter.categories.size() < 2)
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
    if (searching)
        parts.append(u'(' + plan.candidates() + u')');
    return parts.join(u" AND "_s); // FTS5 wants an explicit AND after a group
}

std::optional<QString> QueryPlanner::indexQuery(const ItemFilter &filter, Use use) const
{
    const SearchPlan plan = search(filter, use);
    std::optional<QString> match = candidateQuery(filter, plan);
    if (match && !match->isEmpty() && (!plan.check.isEmpty() || !hiddenSql(filter).isEmpty()))
        return std::nullopt; // rows to check
    return match;
}

std::optional<SqlStatement> QueryPlanner::categoryCountsOfHits(const ItemFilter &facet) const
{
    const SearchPlan plan = search(facet, Use::Count);
    const std::optional<QString> match = candidateQuery(facet, plan);
    if (!match || match->isEmpty())
        return std::nullopt;
    SqlCondition check;
    addCheckParts(check, plan, -1);
    if (const QString hidden = hiddenSql(facet); !hidden.isEmpty())
        check.parts.append(hidden);
    QVariantList binds = check.binds;
    binds.prepend(*match);
    return SqlStatement{u"SELECT ic.category_id, count(*), sum(%3) FROM items_fts "
                        u"CROSS JOIN items i INDEXED BY items_by_listing ON i.sort_key = items_fts.rowid "
                        u"LEFT JOIN item_categories ic INDEXED BY item_categories_by_item ON ic.item_id = i.id "
                        u"WHERE %1 AND %2 GROUP BY ic.category_id"_s
                                .arg(indexMatch(), check.sql(), ReadMirror::isUnreadSql(m_mirror)),
                        binds};
}

SqlStatement QueryPlanner::categoryCountsOfItems(const ItemFilter &facet) const
{
    if (!facet.labels.isEmpty()) {
        // Started from the labels' items, each looked up.
        const SqlStatement s =
                fromLabels(facet, u"ic.category_id, count(*), sum(%1)"_s.arg(ReadMirror::isUnreadSql(m_mirror)),
                           Use::Count, -1,
                           u"LEFT JOIN item_categories ic INDEXED BY item_categories_by_item ON ic.item_id = i.id "_s);
        return {s.sql + u" GROUP BY ic.category_id"_s, s.binds};
    }
    const SqlCondition c = condition(facet, Use::Count);
    return {u"SELECT ic.category_id, count(*), sum(%2) FROM items i "
            u"LEFT JOIN item_categories ic INDEXED BY item_categories_by_item ON ic.item_id = i.id "
            u"WHERE %1 GROUP BY ic.category_id"_s.arg(c.sql(), ReadMirror::isUnreadSql(m_mirror)),
            c.binds};
}

std::optional<SqlStatement> QueryPlanner::keptUnreadCount(const ItemFilter &filter) const
{
    ItemFilter rest = filter;
    rest.unreadOnly = false;
    if (!m_mirror || !filter.unreadOnly || !m_part.isEmpty())
        return std::nullopt;
    if (rest.isEmpty()) {
        std::optional<SqlStatement> all = keptCountOfAll(rest);
        if (!all || all->sql.isEmpty())
            return all;
        all->sql = u"SELECT ("_s + all->sql + u") - (SELECT count(*) FROM read_items)"_s;
        return all;
    }
    if (rest.categories.size() == 1 && !rest.uncategorised && rest.withoutCategories().isEmpty()) {
        bool none = false;
        const QList<qint64> categories = resolveCategories(rest, none);
        if (none)
            return SqlStatement{};
        return SqlStatement{u"SELECT item_count - read_count FROM categories WHERE id = ?"_s, {categories.first()}};
    }
    return std::nullopt;
}

std::optional<SqlStatement> QueryPlanner::keptCount(const ItemFilter &filter) const
{
    // Labels are walked; hidden items are few (or the count is walked): the
    // kept count of every item less the hidden items that pass the filter.
    if (!filter.labels.isEmpty())
        return std::nullopt;
    const QString hidden = hiddenSql(filter);
    const HiddenApart apart(*this);
    std::optional<SqlStatement> all = keptCountOfAll(filter);
    if (!all || all->sql.isEmpty() || hidden.isEmpty())
        return all;
    if (filter.hidden != ItemFilter::Hidden::Exclude || !m_part.isEmpty() || manyHidden())
        return std::nullopt;
    const SqlCondition c = condition(filter, Use::Count);
    all->sql = u"SELECT (%1) - (SELECT count(*) FROM hidden_items h CROSS JOIN items i ON i.key = h.key WHERE %2)"_s
                       .arg(all->sql, c.sql());
    all->binds += c.binds;
    return all;
}

bool QueryPlanner::manyHidden() const
{
    QSqlQuery q(m_connection.database());
    return !m_connection.run(q, u"SELECT count(*) FROM (SELECT 1 FROM hidden_items LIMIT %1)"_s.arg(FewHiddenItems + 1))
            || !m_connection.next(q) || q.value(0).toLongLong() > FewHiddenItems;
}

QueryPlanner::HiddenApart::HiddenApart(const QueryPlanner &planner)
    : m_planner(planner), m_was(planner.m_hiddenApart)
{
    m_planner.m_hiddenApart = true;
}

QueryPlanner::HiddenApart::~HiddenApart()
{
    m_planner.m_hiddenApart = m_was;
}

std::optional<SqlStatement> QueryPlanner::keptCountOfAll(const ItemFilter &filter) const
{
    if (onlyNothing(filter))
        return SqlStatement{};
    if (!m_part.isEmpty())
        return std::nullopt;
    if (filter.unreadOnly)
        return keptUnreadCount(filter);
    if (filter.uncategorised) {
        ItemFilter rest = filter;
        rest.uncategorised = false;
        if (rest.isEmpty() && m_current) // the items of no category are few, or the cache is small
            return SqlStatement{u"SELECT count(*) FROM uncategorised_items"_s, {}};
        return std::nullopt;
    }
    if (filter.hasSearch()) {
        // A search is always walked (unless a term matches nothing).
        if (search(filter, Use::Count).passesNothing())
            return SqlStatement{};
        return std::nullopt;
    }
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
    const SearchPlan plan = search(filter, Use::Count);
    if (plan.passesNothing())
        return {};
    if (!filter.labels.isEmpty())
        return {Kind::Statement, fromLabels(filter, u"count(*)"_s, Use::Count)};
    if (const std::optional<QString> match = candidateQuery(filter, plan)) {
        if (match->isEmpty())
            return {};
        const QString hidden = hiddenSql(filter);
        if (plan.check.isEmpty() && hidden.isEmpty())
            return {Kind::Statement, {u"SELECT count(*) FROM items_fts WHERE "_s + indexMatch(), {*match}}};
        // The index's candidates, each checked.
        SqlCondition check;
        addCheckParts(check, plan, -1);
        if (!hidden.isEmpty())
            check.parts.append(hidden);
        QVariantList binds = check.binds;
        binds.prepend(*match);
        return {Kind::Statement,
                {u"SELECT count(*) FROM items_fts CROSS JOIN items i INDEXED BY items_by_listing "
                 u"ON i.sort_key = items_fts.rowid WHERE "_s + indexMatch() + u" AND "_s + check.sql(),
                 binds}};
    }
    if ((!filter.categories.isEmpty() || filter.uncategorised) && filter.sourceFile.isEmpty())
        return categoryCount(filter);
    const SqlCondition c = condition(filter, Use::Count);
    return {Kind::Statement, {u"SELECT count(*) FROM items i WHERE "_s + c.sql(), c.binds}};
}

QueryPlanner::Plan QueryPlanner::categoryCount(const ItemFilter &filter) const
{
    if (onlyNothing(filter))
        return {};
    if (filter.uncategorised) {
        if (!filter.categories.isEmpty())
            return {Plan::Kind::CategoryStreams, {}}; // any of them, or none
        if (!m_current) {
            const SqlCondition c = condition(filter, Use::Count);
            return {Plan::Kind::Statement, {u"SELECT count(*) FROM items i WHERE "_s + c.sql(), c.binds}};
        }
        const SqlCondition c = condition(filter.withoutCategories(), Use::Count);
        return {Plan::Kind::Statement,
                {u"SELECT count(*) FROM uncategorised_items u CROSS JOIN items i ON i.id = u.item_id WHERE "_s + c.sql(),
                 c.binds}};
    }
    bool none = false;
    const QList<qint64> categories = resolveCategories(filter, none);
    if (none)
        return {};
    if (categories.size() == 1 || filter.match == ItemFilter::Match::All) {
        const SqlCondition c = condition(filter.withoutCategories(), Use::Count);
        return {Plan::Kind::Statement,
                {categoryStream(u"count(*)"_s, categories.first(), categories.mid(1), c), c.binds}};
    }
    // Any of several categories and reader state: merging their ordered key
    // ranges reads only their links.
    return {Plan::Kind::CategoryStreams, {}};
}

QueryPlanner::Plan QueryPlanner::indexWalk(const QString &match, const SqlCondition &rest, qint64 limit,
                                           qint64 offset) const
{
    // The index is keyed by listing key: its hits come out in listing order,
    // a page is a walk of its first hits (those that pass rest), nothing is
    // sorted.
    QVariantList binds = rest.binds;
    binds.prepend(match);
    if (rest.parts.isEmpty()) {
        return {Plan::Kind::Statement,
                {u"SELECT i.id FROM (SELECT rowid AS k FROM items_fts WHERE %1 ORDER BY rowid DESC%2) f "
                 u"CROSS JOIN items i INDEXED BY items_by_listing ON i.sort_key = f.k ORDER BY f.k DESC"_s
                         .arg(indexMatch(), limitClause(limit, offset)),
                 binds}};
    }
    // Checked hits: the index's order is consumed by the join (no sort), the
    // walk stops once the page is full.
    return {Plan::Kind::Statement,
            {u"SELECT i.id FROM items_fts CROSS JOIN items i INDEXED BY items_by_listing "
             u"ON i.sort_key = items_fts.rowid WHERE %1 AND %2 ORDER BY items_fts.rowid DESC%3"_s
                     .arg(indexMatch(), rest.sql(), limitClause(limit, offset)),
             binds}};
}

QueryPlanner::Plan QueryPlanner::ids(const ItemFilter &filter, qint64 limit, qint64 offset, int tier) const
{
    using Kind = Plan::Kind;
    const SearchPlan plan = search(filter, Use::Page);
    if (plan.passesNothing() || onlyNothing(filter))
        return {};
    // A label of few items: its items, sorted; else the listing (or the
    // category streams) walked, each item checked.
    if (!filter.labels.isEmpty() && filter.sourceFile.isEmpty() && filter.sort != ItemFilter::Sort::Source
        && labelsAreFew(filter))
        return idsFromLabels(filter, tier, limit, offset);
    // Best match, read state, starred: a part (tier) at a time, each in listing order (SqliteStore).
    const bool listing = filter.sort != ItemFilter::Sort::Title && filter.sort != ItemFilter::Sort::Source;
    if (listing && filter.sourceFile.isEmpty()) {
        if (const std::optional<QString> match = candidateQuery(filter, plan)) {
            if (match->isEmpty())
                return {};
            SqlCondition rest;
            addCheckParts(rest, plan, tier);
            if (const QString hidden = hiddenSql(filter); !hidden.isEmpty())
                rest.parts.append(hidden);
            return indexWalk(*match, rest, limit, offset);
        }
        SearchPlan text = plan; // a note passes: the index's first hits merged with the notes' few items
        text.noteIds.clear();   // ("hit OR note" would read and sort every hit: seconds at 1M)
        const std::optional<QString> match = tier < 0 && !plan.noteIds.isEmpty() ? candidateQuery(filter, text)
                                                                                  : std::nullopt;
        if (match && !match->isEmpty()) {
            SqlCondition rest;
            addCheckParts(rest, plan, -1);
            if (const QString hidden = hiddenSql(filter); !hidden.isEmpty())
                rest.parts.append(hidden);
            const Plan hits = indexWalk(*match, rest, limit < 0 ? -1 : limit + offset, 0);
            ItemFilter others = filter;
            others.search.clear();
            SqlCondition notes = condition(others, Use::Page);
            notes.parts.prepend(u"i.id IN (%1)"_s.arg(idList(plan.noteIds)));
            return {Kind::Statement,
                    {u"SELECT id FROM (SELECT h.id AS id, i.sort_key AS k FROM (%1) h CROSS JOIN items i ON i.id = h.id "
                     u"UNION SELECT i.id, i.sort_key FROM items i WHERE %2) ORDER BY k DESC%3"_s
                             .arg(hits.statement.sql, notes.sql(), limitClause(limit, offset)),
                     hits.statement.binds + notes.binds}};
        }
        if (!filter.categories.isEmpty() || filter.uncategorised)
            return {Kind::CategoryStreams, {}};
    }
    if (filter.sort == ItemFilter::Sort::Source && filter.sourceFile.isEmpty())
        return idsBySource(filter, limit, offset);
    const SqlCondition c = condition(filter, Use::Page, tier);
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
    if (filter.sort == ItemFilter::Sort::Title) {
        return {Kind::Statement,
                {u"SELECT i.id FROM items i WHERE "_s + c.sql() + u" ORDER BY i.title_key, i.sort_key DESC"_s
                         + limitClause(limit, offset),
                 c.binds}};
    }
    return idsInListingOrder(filter, c, limit, offset);
}

SqlStatement QueryPlanner::idSource(const ItemFilter &filter) const
{
    if (onlyNothing(filter) || search(filter, Use::Count).passesNothing())
        return {};
    if (!filter.labels.isEmpty())
        return fromLabels(filter, u"i.id"_s, Use::Count);
    ItemFilter plain = filter;
    plain.sort = ItemFilter::Sort::Listing;
    if (!filter.categories.isEmpty() && !filter.uncategorised && filter.sourceFile.isEmpty()) {
        bool none = false;
        const QList<qint64> categories = resolveCategories(filter, none);
        if (none)
            return {};
        const SqlCondition rest = condition(filter.withoutCategories(), Use::Count);
        if (categories.size() == 1 || filter.match == ItemFilter::Match::All)
            return {categoryStream(u"ic.item_id"_s, categories.first(), categories.mid(1), rest), rest.binds};
        SqlCondition c = rest;
        c.parts.prepend(u"i.id IN (SELECT ic.item_id FROM item_categories ic WHERE ic.category_id IN (%1))"_s
                                .arg(idList(categories)));
        return {u"SELECT i.id FROM items i WHERE "_s + c.sql(), c.binds};
    }
    const SqlCondition c = condition(filter, Use::Count);
    return {u"SELECT i.id FROM items i WHERE "_s + c.sql(), c.binds};
}

QueryPlanner::Plan QueryPlanner::idsInListingOrder(const ItemFilter &filter, const SqlCondition &c, qint64 limit,
                                                   qint64 offset) const
{
    // Only the items new since a time: when they are few, they are found by
    // their arrival (arrivals_by_time: the items are looked up by id, the
    // only way NOT INDEXED leaves) and sorted; else the listing is walked
    // until a page of them is found. Deciding costs a look at up to
    // FewNewItems entries of the index of times.
    QString from = u"items i"_s;
    if (filter.newSince > 0 && m_current) {
        constexpr qint64 FewNewItems = 20000;
        QSqlQuery q(m_connection.database());
        if (m_connection.run(q, u"SELECT count(*) FROM (SELECT 1 FROM item_arrivals INDEXED BY arrivals_by_time "
                                u"WHERE added_at > ? LIMIT %1)"_s.arg(FewNewItems), {filter.newSince})
            && m_connection.next(q)) {
            from = q.value(0).toLongLong() < FewNewItems ? u"items i NOT INDEXED"_s
                                                         : u"items i INDEXED BY items_by_listing"_s;
        }
    }
    return {Plan::Kind::Statement,
            {u"SELECT i.id FROM "_s + from + u" WHERE "_s + c.sql() + u" ORDER BY i.sort_key DESC"_s
                     + limitClause(limit, offset),
             c.binds}};
}

QueryPlanner::Plan QueryPlanner::idsBySource(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    // temp.file_order holds the files in the order of their paths (rank);
    // every item comes once, at the source its listing key comes from (its
    // newest), and the files' sources come out of their primary key in
    // position order: nothing is sorted.
    const SqlCondition c = condition(filter, Use::Page);
    return {Plan::Kind::Statement,
            {u"SELECT i.id FROM temp.file_order fo CROSS JOIN sources so ON so.file_id = fo.file_id "
             u"CROSS JOIN items i ON i.id = so.item_id WHERE i.sort_key = fo.ordinal * %1 + %2 - so.position "
             u"AND %3 ORDER BY fo.rank, so.position"_s
                     .arg(ListingKeysPerFile).arg(ListingKeysPerFile - 1).arg(c.sql())
                     + limitClause(limit, offset),
             c.binds}};
}
