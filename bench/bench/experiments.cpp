#include "experiments.h"

#include "corpusgenerator.h"
#include "itemfilter.h"
#include "newsstore.h"
#include "samples.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Experiment
{
    QString name;
    QString sql;
    QVariantList binds;
    bool unordered = false; // ids in no particular order: order them in memory too
};

QString explain(const QSqlDatabase &db, const Experiment &e)
{
    QSqlQuery q(db);
    q.prepare(u"EXPLAIN QUERY PLAN "_s + e.sql);
    for (qsizetype i = 0; i < e.binds.size(); ++i)
        q.bindValue(int(i), e.binds.at(i));
    if (!q.exec())
        return u"(EXPLAIN failed: %1)"_s.arg(q.lastError().text());
    QHash<int, int> depth;
    QStringList lines;
    while (q.next()) {
        const int id = q.value(0).toInt();
        const int parent = q.value(1).toInt();
        const int d = depth.value(parent, -1) + 1;
        depth.insert(id, d);
        lines.append(QString(2 * d + 4, u' ') + q.value(3).toString());
    }
    return lines.join(u'\n');
}

} // namespace

Experiments::Experiments(const QString &cachePath, int runs, QTextStream &out)
    : m_cachePath(cachePath), m_runs(std::max(1, runs)), m_out(out)
{
}

QJsonObject Experiments::run()
{
    NewsStore store;
    if (!store.open(m_cachePath)) {
        m_out << "experiments: " << store.errorString() << Qt::endl;
        return {{u"error"_s, store.errorString()}};
    }
    QSqlDatabase db = store.database();

    // The listing order, and each id's position in it (what a model holding
    // the unfiltered ids has at hand).
    QList<qint64> listing;
    qint64 maxId = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(u"SELECT i.id FROM items i ORDER BY i.sort_key DESC"_s);
        while (q.next()) {
            listing.append(q.value(0).toLongLong());
            maxId = std::max(maxId, listing.constLast());
        }
    }
    std::vector<qint32> position(size_t(maxId + 1), -1);
    for (qsizetype i = 0; i < listing.size(); ++i)
        position[size_t(listing.at(i))] = qint32(i);

    // Categories, largest first, as the bench's filter cases pick them.
    QList<qint64> categoryIds;
    QStringList categoryNames;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT c.id, c.name FROM categories c JOIN item_categories ic ON ic.category_id = c.id "
               u"GROUP BY c.id ORDER BY count(*) DESC LIMIT 3"_s);
        while (q.next()) {
            categoryIds.append(q.value(0).toLongLong());
            categoryNames.append(q.value(1).toString());
        }
    }
    if (categoryIds.size() < 3) {
        m_out << "experiments: the cache has fewer than 3 categories" << Qt::endl;
        return {};
    }
    const QString one = categoryNames.at(1);
    const qint64 oneId = categoryIds.at(1);
    auto match = [](const QString &typed) {
        ItemFilter f;
        f.search = typed;
        return f.searchExpression();
    };
    const QString common = match(CorpusGenerator::commonWord());
    const QString veryCommon = match(CorpusGenerator::veryCommonWord());
    const QString ka = match(u"ka"_s);

    // A page of 128 ids from the middle of the listing.
    QStringList pageIds;
    for (qsizetype i = listing.size() / 2; i < listing.size() && pageIds.size() < 128; ++i)
        pageIds.append(QString::number(listing.at(i)));
    const QString page = pageIds.join(u',');

    const QString exists = u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id IN "
                           u"(SELECT id FROM categories WHERE name IN (%1)))"_s;
    const QString existsOne = u"EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id AND ic.category_id = "
                              u"(SELECT id FROM categories WHERE name = ?))"_s;
    const QString inFts = u"i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"_s;
    const QString countsOf = u"SELECT c.name, coalesce(n.count, 0) FROM categories c LEFT JOIN "
                             u"(SELECT ic.category_id, count(*) AS count FROM items i "
                             u"JOIN item_categories ic ON ic.item_id = i.id WHERE %1 GROUP BY ic.category_id) n "
                             u"ON n.category_id = c.id ORDER BY 2 DESC, 1"_s;

    const QList<Experiment> experiments{
        {u"list all (NewsStore::itemIds)"_s, u"SELECT i.id FROM items i WHERE 1 ORDER BY i.sort_key DESC"_s, {}},
        {u"count all (NewsStore::itemCount)"_s, u"SELECT count(*) FROM items i WHERE 1"_s, {}},

        {u"one category: NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + exists.arg(u"?"_s) + u" ORDER BY i.sort_key DESC"_s, {one}},
        {u"one category: driven by item_categories, sorted by SQL"_s,
         u"SELECT ic.item_id FROM item_categories ic CROSS JOIN items i ON i.id = ic.item_id "
         u"WHERE ic.category_id = ? ORDER BY i.sort_key DESC"_s, {oneId}},
        {u"one category: ids from the primary key, ordered in memory"_s,
         u"SELECT item_id FROM item_categories WHERE category_id = ?"_s, {oneId}, true},

        {u"three any: NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + exists.arg(u"?,?,?"_s) + u" ORDER BY i.sort_key DESC"_s,
         {categoryNames.at(0), categoryNames.at(1), categoryNames.at(2)}},
        {u"three any: ids from the primary key (with repeats), ordered in memory"_s,
         u"SELECT item_id FROM item_categories WHERE category_id IN (?, ?, ?)"_s,
         {categoryIds.at(0), categoryIds.at(1), categoryIds.at(2)}, true},

        {u"three all: NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + existsOne + u" AND "_s + existsOne + u" AND "_s + existsOne
                 + u" ORDER BY i.sort_key DESC"_s,
         {categoryNames.at(0), categoryNames.at(1), categoryNames.at(2)}},
        {u"three all: smallest category's keys probing the others, ordered in memory"_s,
         u"SELECT a.item_id FROM item_categories a "
         u"CROSS JOIN item_categories b ON b.category_id = ? AND b.item_id = a.item_id "
         u"CROSS JOIN item_categories c ON c.category_id = ? AND c.item_id = a.item_id WHERE a.category_id = ?"_s,
         {categoryIds.at(0), categoryIds.at(1), categoryIds.at(2)}, true},

        {u"search common: NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + inFts + u" ORDER BY i.sort_key DESC"_s, {common}},
        {u"search common: FTS rowids only, ordered in memory"_s,
         u"SELECT rowid FROM items_fts WHERE items_fts MATCH ?"_s, {common}, true},
        {u"search very common: NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + inFts + u" ORDER BY i.sort_key DESC"_s, {veryCommon}},
        {u"search very common: FTS rowids only, ordered in memory"_s,
         u"SELECT rowid FROM items_fts WHERE items_fts MATCH ?"_s, {veryCommon}, true},
        {u"search \"ka\": NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + inFts + u" ORDER BY i.sort_key DESC"_s, {ka}},
        {u"search \"ka\": FTS rowids only, ordered in memory"_s,
         u"SELECT rowid FROM items_fts WHERE items_fts MATCH ?"_s, {ka}, true},

        {u"search common in one category: NewsStore::itemIds"_s,
         u"SELECT i.id FROM items i WHERE "_s + exists.arg(u"?"_s) + u" AND "_s + inFts
                 + u" ORDER BY i.sort_key DESC"_s,
         {one, common}},
        {u"search common in one category: FTS rowids probing the category key, ordered in memory"_s,
         u"SELECT f.rowid FROM items_fts f WHERE items_fts MATCH ? AND EXISTS "
         u"(SELECT 1 FROM item_categories ic WHERE ic.category_id = ? AND ic.item_id = f.rowid)"_s,
         {common, oneId}, true},

        {u"category counts, no filter: NewsStore::categoryCounts"_s,
         u"SELECT c.name, coalesce(n.count, 0) FROM categories c LEFT JOIN "
         u"(SELECT category_id, count(*) AS count FROM item_categories GROUP BY category_id) n "
         u"ON n.category_id = c.id ORDER BY 2 DESC, 1"_s, {}},
        {u"category counts, common search: NewsStore::categoryCounts"_s, countsOf.arg(inFts), {common}},
        {u"category counts, common search: NewsStore::itemCount (the model's total)"_s,
         u"SELECT count(*) FROM items i WHERE "_s + inFts, {common}},
        {u"category counts, common search: FTS rowids joined to (item_id, category_id), no items table"_s,
         u"SELECT ic.category_id, count(*) FROM items_fts f CROSS JOIN item_categories ic ON ic.item_id = f.rowid "
         u"WHERE items_fts MATCH ? GROUP BY ic.category_id"_s, {common}},
        {u"category counts, common search: total from FTS alone"_s,
         u"SELECT count(*) FROM items_fts WHERE items_fts MATCH ?"_s, {common}},
        {u"category counts, very common search: NewsStore::categoryCounts"_s, countsOf.arg(inFts), {veryCommon}},
        {u"category counts, very common search: FTS rowids joined to (item_id, category_id)"_s,
         u"SELECT ic.category_id, count(*) FROM items_fts f CROSS JOIN item_categories ic ON ic.item_id = f.rowid "
         u"WHERE items_fts MATCH ? GROUP BY ic.category_id"_s, {veryCommon}},

        {u"page of 128: NewsStore::items, items part"_s,
         u"SELECT i.id, i.title, i.summary, coalesce(st.read, 0), coalesce(st.starred, 0) "
         u"FROM items i LEFT JOIN item_state st ON st.key = i.key WHERE i.id IN (%1)"_s.arg(page), {}},
        {u"page of 128: NewsStore::items, sources part"_s,
         u"SELECT so.item_id, f.path, so.position, so.categories FROM sources so "
         u"JOIN files f ON f.id = so.file_id WHERE so.item_id IN (%1) "
         u"ORDER BY so.item_id, f.ordinal DESC, so.position"_s.arg(page), {}},
        {u"page of 128: sources part, without ORDER BY (sorted in C++)"_s,
         u"SELECT so.item_id, so.file_id, so.position, so.categories FROM sources so WHERE so.item_id IN (%1)"_s.arg(page),
         {}},
    };

    QJsonArray results;
    m_out << u"\n== query experiments on %1 (%2 items; %3 runs each; median / worst)"_s.arg(m_cachePath)
                    .arg(listing.size())
                    .arg(m_runs)
          << Qt::endl;
    for (const Experiment &e : experiments) {
        Samples fetch, ordered;
        qint64 rows = 0;
        bool ok = true;
        for (int run = 0; run < m_runs && ok; ++run) {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(e.sql);
            for (qsizetype i = 0; i < e.binds.size(); ++i)
                q.bindValue(int(i), e.binds.at(i));
            if (!q.exec()) {
                m_out << "  " << e.name << ": " << q.lastError().text() << Qt::endl;
                ok = false;
                break;
            }
            QList<qint64> ids;
            while (q.next())
                ids.append(q.value(0).toLongLong());
            fetch.add(msSince(timer));
            rows = ids.size();
            if (e.unordered) {
                // Mark each id's listing position, then walk the positions.
                std::vector<quint8> marked(size_t(listing.size()), 0);
                for (qint64 id : std::as_const(ids)) {
                    if (id >= 0 && id <= maxId && position[size_t(id)] >= 0)
                        marked[size_t(position[size_t(id)])] = 1;
                }
                QList<qint64> inOrder;
                for (size_t p = 0; p < marked.size(); ++p) {
                    if (marked[p])
                        inOrder.append(listing.at(qsizetype(p)));
                }
                ordered.add(msSince(timer));
                rows = inOrder.size();
            }
        }
        const QString plan = explain(db, e);
        QJsonObject o{{u"name"_s, e.name}, {u"sql"_s, e.sql}, {u"rows"_s, rows}, {u"plan"_s, plan}};
        o.insert(u"fetch"_s, fetch.toJson());
        if (e.unordered)
            o.insert(u"fetch_and_order"_s, ordered.toJson());
        results.append(o);
        m_out << u"  %1: %2 rows, %3 / %4 ms"_s.arg(e.name)
                        .arg(rows)
                        .arg(fetch.median(), 0, 'f', 1)
                        .arg(fetch.worst(), 0, 'f', 1);
        if (e.unordered)
            m_out << u"; in listing order: %1 / %2 ms"_s.arg(ordered.median(), 0, 'f', 1).arg(ordered.worst(), 0, 'f', 1);
        m_out << Qt::endl << plan << Qt::endl;
    }
    return {{u"cache"_s, m_cachePath}, {u"items"_s, listing.size()}, {u"category"_s, one},
            {u"experiments"_s, results}};
}
