#include "models/store/sqlite/sqliteindexwriter.h"

#include "models/search/termset.h"
#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteimportquery.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t CategoryMark = 0xE000; // (SearchIndex::textSql())

QString titleSql()
{
    return SearchIndex::textSql(u"i.title"_s);
}

QString summarySql()
{
    return SearchIndex::textSql(u"i.summary"_s);
}

// Adds (sign empty) or takes away (sign "-") a chunk's items from the number
// of items per set of categories; %1 is reindex's column of the sets.
QString changeSetsSql(const QString &column, const QString &sign)
{
    return u"INSERT INTO category_sets(categories, item_count) SELECT %1, %2count(*) FROM reindex "
           u"WHERE %1 IS NOT NULL GROUP BY %1 "
           u"ON CONFLICT(categories) DO UPDATE SET item_count = item_count + excluded.item_count"_s.arg(column, sign);
}

} // namespace

QString SqliteIndexWriter::entryIsCurrentSql(const QString &entry)
{
    return u"%1.sort_key = i.sort_key AND %1.categories = %2"_s.arg(entry, SearchIndex::categoriesSql(u"i.id"_s));
}

SqliteIndexWriter::SqliteIndexWriter(QSqlDatabase db, QString &error)
    : m_db(std::move(db)), m_error(error)
{
}

QString SqliteIndexWriter::scratchTableSql()
{
    // A chunk of index_queue being written to the index, with each item's new categories.
    return u"CREATE TEMP TABLE IF NOT EXISTS reindex (id INTEGER PRIMARY KEY, sort_key INTEGER, "
           u"categories TEXT, new_categories TEXT)"_s;
}

std::optional<qint64> SqliteIndexWriter::queuedItems(const QSqlDatabase &db, QString &error)
{
    SqliteImportQuery q(db, error);
    if (!q.exec(u"SELECT count(*) FROM index_queue"_s) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// Two passes over the queue, in chunks of its own transaction each. First
// every old entry that changed goes (an unchanged one stays and its item
// leaves the queue); then every queued item gets its entry. All old entries go
// before any new one comes, because an item's new key may be another queued
// item's old one. Within a chunk both run in key order: FTS5 flushes its
// pending changes to a new segment whenever a rowid is not above the one before.
QStringList SqliteIndexWriter::removeStaleStatements(qint64 items)
{
    return {
        u"INSERT INTO reindex(id, sort_key, categories) SELECT item_id, sort_key, categories FROM index_queue "
        u"WHERE sort_key IS NOT NULL ORDER BY item_id LIMIT %1"_s.arg(items),
        u"DELETE FROM index_queue WHERE item_id IN (SELECT r.id FROM reindex r CROSS JOIN items i ON i.id = r.id "
        u"WHERE %1)"_s.arg(entryIsCurrentSql(u"r"_s)),
        u"DELETE FROM reindex WHERE id NOT IN (SELECT item_id FROM index_queue)"_s,
        u"INSERT INTO items_fts(items_fts, rowid, title, summary, categories) SELECT 'delete', r.sort_key, %1, %2, "
        u"r.categories FROM reindex r CROSS JOIN items i ON i.id = r.id ORDER BY r.sort_key"_s.arg(titleSql(),
                                                                                                    summarySql()),
        changeSetsSql(u"categories"_s, u"-"_s),
        u"UPDATE index_queue SET sort_key = NULL, categories = NULL WHERE item_id IN (SELECT id FROM reindex)"_s,
    };
}

QStringList SqliteIndexWriter::addQueuedStatements(qint64 items)
{
    return {
        u"INSERT INTO reindex(id) SELECT item_id FROM index_queue ORDER BY item_id LIMIT %1"_s.arg(items),
        u"UPDATE reindex SET new_categories = %1"_s.arg(SearchIndex::categoriesSql(u"reindex.id"_s)),
        u"INSERT INTO items_fts(rowid, title, summary, categories) SELECT i.sort_key, %1, %2, r.new_categories "
        u"FROM reindex r CROSS JOIN items i ON i.id = r.id ORDER BY i.sort_key"_s.arg(titleSql(), summarySql()),
        changeSetsSql(u"new_categories"_s, QString()),
        u"DELETE FROM index_queue WHERE item_id IN (SELECT id FROM reindex)"_s,
    };
}

ImportWriter::Chunk SqliteIndexWriter::writeChunk(ImportWriter::IndexPass pass, qint64 items)
{
    using Chunk = ImportWriter::Chunk;
    const QStringList statements = pass == ImportWriter::IndexPass::RemoveStale ? removeStaleStatements(items)
                                                                                 : addQueuedStatements(items);
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = SqliteError::describe(transaction.lastError(), m_db.databaseName());
        return Chunk::Failed;
    }
    SqliteImportQuery q(m_db, m_error);
    if (!q.exec(u"DELETE FROM reindex"_s) || !q.exec(statements.first()))
        return Chunk::Failed;
    if (q.rowsAffected() <= 0)
        return Chunk::PassDone; // (rolls back the empty chunk)
    if (pass == ImportWriter::IndexPass::AddQueued && !addTerms())
        return Chunk::Failed;
    for (const QString &sql : statements.mid(1)) {
        if (!q.exec(sql))
            return Chunk::Failed;
    }
    if (!q.exec(u"DELETE FROM category_sets WHERE item_count = 0"_s))
        return Chunk::Failed;
    if (!transaction.commit()) {
        m_error = SqliteError::describe(transaction.lastError(), m_db.databaseName());
        return Chunk::Failed;
    }
    return Chunk::Written;
}

bool SqliteIndexWriter::addTerms()
{
    // The words of the chunk's titles and summaries, as the index holds them
    // (textSql(): U+E000 is a space), added to the term list once per chunk,
    // in order (the list's key is the term).
    TermSet terms; // (SearchText::addTerms()'s words, without a string per word)
    {
        SqliteImportQuery q(m_db, m_error);
        q.setForwardOnly(); // (the texts of a whole chunk)
        if (!q.exec(u"SELECT i.title, i.summary FROM reindex r CROSS JOIN items i ON i.id = r.id"_s))
            return false;
        while (q.next()) {
            for (int column = 0; column < 2; ++column)
                terms.addTerms(q.value(column).toString().replace(QChar(CategoryMark), u' '));
        }
        if (q.stepFailed())
            return false;
    }
    QStringList sorted = terms.terms();
    if (sorted.isEmpty())
        return true;
    sorted.sort();
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
    SqliteImportQuery q(m_db, m_error);
    return q.exec(u"INSERT OR IGNORE INTO search_terms(term) SELECT value FROM json_each(?)"_s, {json});
}

bool SqliteIndexWriter::removeUnusedCategories()
{
    SqliteImportQuery q(m_db, m_error);
    return q.exec(u"DELETE FROM categories WHERE NOT EXISTS "
                  u"(SELECT 1 FROM item_categories ic WHERE ic.category_id = categories.id)"_s);
}
