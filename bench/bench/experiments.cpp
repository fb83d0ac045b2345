#include "experiments.h"

#include "corpusgenerator.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "samples.h"
#include "tests/storeconnection.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <bit>
#include <functional>
#include <cmath>
#include <vector>

#ifdef NEWSDESK_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

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

// The same id stream through the C API on the connection Qt opened (what
// NewsStore could do through QSqlDriver::handle()). Empty when unavailable.
QList<qint64> rawIds(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, bool &ok)
{
    QList<qint64> ids;
    ok = false;
#ifdef NEWSDESK_BENCH_HAVE_SQLITE3
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return ids;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return ids;
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, int(i) + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, int(i) + 1, v.toLongLong());
        }
    }
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    ok = true;
#else
    Q_UNUSED(db);
    Q_UNUSED(sql);
    Q_UNUSED(binds);
#endif
    return ids;
}

// Ids in listing order from a bit set over listing positions.
QList<qint64> idsOf(const std::vector<quint64> &bits, const QList<qint64> &listing)
{
    qsizetype n = 0;
    for (quint64 w : bits)
        n += std::popcount(w);
    QList<qint64> ids;
    ids.reserve(n);
    for (size_t w = 0; w < bits.size(); ++w) {
        for (quint64 word = bits[w]; word; word &= word - 1)
            ids.append(listing.at(qsizetype(w * 64 + size_t(std::countr_zero(word)))));
    }
    return ids;
}

} // namespace

Experiments::Experiments(const QString &cachePath, int runs, QTextStream &out)
    : m_cachePath(cachePath), m_runs(std::max(1, runs)), m_out(out)
{
}

QJsonObject Experiments::run()
{
    // The statements below are schema 4's and the alternatives that led to
    // schema 5 (the full-text index keyed by listing order): they need a cache
    // of schema 4, which they leave as it is.
    constexpr int ExperimentSchema = 4;
    NewsStore store;
    if (!store.open(m_cachePath, ExperimentSchema) || store.schemaVersion() != ExperimentSchema) {
        const QString error = store.isOpen()
                ? u"%1 has schema %2; the experiments compare the statements of schema %3 and need a cache of "
                  u"that schema (newsdesk-bench --keep at a commit before schema 5)"_s
                          .arg(m_cachePath).arg(store.schemaVersion()).arg(ExperimentSchema)
                : store.errorString();
        m_out << "experiments: " << error << Qt::endl;
        return {{u"error"_s, error}};
    }
    QSqlDatabase db = storeConnection(store);

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
    // The FTS5 query the search made of one typed word before issue 14 (a prefix).
    auto match = [](const QString &typed) { return u'"' + typed + u"\"*"_s; };
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
    // The C API for the id streams (no QVariant per row).
    QJsonArray raw;
    const QList<Experiment> streams{
        {u"raw C API: list all"_s, u"SELECT i.id FROM items i ORDER BY i.sort_key DESC"_s, {}},
        {u"raw C API: one category ids"_s, u"SELECT item_id FROM item_categories WHERE category_id = ?"_s, {oneId}},
        {u"raw C API: search common, FTS rowids"_s, u"SELECT rowid FROM items_fts WHERE items_fts MATCH ?"_s, {common}},
        {u"raw C API: search very common, FTS rowids"_s, u"SELECT rowid FROM items_fts WHERE items_fts MATCH ?"_s,
         {veryCommon}},
    };
    for (const Experiment &e : streams) {
        Samples t;
        qint64 rows = 0;
        bool ok = false;
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            rows = rawIds(db, e.sql, e.binds, ok).size();
            t.add(msSince(timer));
        }
        if (!ok)
            break;
        m_out << u"  %1: %2 rows, %3 / %4 ms"_s.arg(e.name).arg(rows).arg(t.median(), 0, 'f', 1).arg(t.worst(), 0, 'f', 1)
              << Qt::endl;
        QJsonObject o = t.toJson();
        o.insert(u"name"_s, e.name);
        o.insert(u"rows"_s, rows);
        raw.append(o);
    }

    // Category membership held in memory as one bit set per category over
    // listing positions: loaded once (a worker could do it after open and
    // after each import), then filters and counts are bit operations.
    QJsonObject memory;
    {
        QElapsedTimer load;
        load.start();
        const size_t words = size_t((listing.size() + 63) / 64);
        QHash<qint64, std::vector<quint64>> sets;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(u"SELECT category_id, item_id FROM item_categories"_s);
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            if (id < 0 || id > maxId || position[size_t(id)] < 0)
                continue;
            std::vector<quint64> &bits = sets[q.value(0).toLongLong()];
            if (bits.empty())
                bits.assign(words, 0);
            const auto p = size_t(position[size_t(id)]);
            bits[p / 64] |= quint64(1) << (p % 64);
        }
        const double loadMs = msSince(load);

        auto time = [&](const std::function<qsizetype()> &f, qsizetype &rows) {
            Samples t;
            for (int run = 0; run < m_runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                rows = f();
                t.add(msSince(timer));
            }
            return t;
        };
        qsizetype rowsOne = 0, rowsAny = 0, rowsAll = 0, rowsCounts = 0;
        const Samples oneT = time([&] { return idsOf(sets.value(oneId), listing).size(); }, rowsOne);
        const Samples anyT = time([&] {
            std::vector<quint64> bits(words, 0);
            for (qint64 c : std::as_const(categoryIds))
                for (size_t w = 0; w < words; ++w)
                    bits[w] |= sets[c][w];
            return idsOf(bits, listing).size();
        }, rowsAny);
        const Samples allT = time([&] {
            std::vector<quint64> bits(words, ~quint64(0));
            for (qint64 c : std::as_const(categoryIds))
                for (size_t w = 0; w < words; ++w)
                    bits[w] &= sets[c][w];
            return idsOf(bits, listing).size();
        }, rowsAll);
        // Faceted counts for a search: its hits as a bit set (from the FTS
        // rowids), then one AND and popcount per category.
        bool ok = false;
        const QList<qint64> hits = rawIds(db, u"SELECT rowid FROM items_fts WHERE items_fts MATCH ?"_s, {common}, ok);
        std::vector<quint64> hitBits(words, 0);
        for (qint64 id : hits) {
            if (id >= 0 && id <= maxId && position[size_t(id)] >= 0) {
                const auto p = size_t(position[size_t(id)]);
                hitBits[p / 64] |= quint64(1) << (p % 64);
            }
        }
        const Samples countsT = time([&] {
            qsizetype total = 0;
            for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
                qint64 n = 0;
                for (size_t w = 0; w < words; ++w)
                    n += std::popcount(it.value()[w] & hitBits[w]);
                total += n > 0 ? 1 : 0;
            }
            return total;
        }, rowsCounts);
        memory = {
            {u"load_ms"_s, std::round(loadMs * 1000) / 1000},
            {u"bytes"_s, qint64(sets.size() * words * sizeof(quint64))},
            {u"one"_s, oneT.toJson()},
            {u"three_any"_s, anyT.toJson()},
            {u"three_all"_s, allT.toJson()},
            {u"counts_for_common_search"_s, countsT.toJson()},
        };
        m_out << u"  in memory: category bit sets loaded in %1 ms (%2 MB); one category %3 ms (%4 rows), three any "
                 u"%5 ms (%6), three all %7 ms (%8), counts of %9 categories for a search %10 ms (median)"_s
                        .arg(loadMs, 0, 'f', 0)
                        .arg(double(sets.size() * words * sizeof(quint64)) / 1e6, 0, 'f', 1)
                        .arg(oneT.median(), 0, 'f', 2)
                        .arg(rowsOne)
                        .arg(anyT.median(), 0, 'f', 2)
                        .arg(rowsAny)
                        .arg(allT.median(), 0, 'f', 2)
                        .arg(rowsAll)
                        .arg(rowsCounts)
                        .arg(countsT.median(), 0, 'f', 2)
              << Qt::endl;
    }

    return {{u"cache"_s, m_cachePath}, {u"items"_s, listing.size()}, {u"category"_s, one},
            {u"experiments"_s, results}, {u"raw_c_api"_s, raw}, {u"in_memory"_s, memory}};
}
