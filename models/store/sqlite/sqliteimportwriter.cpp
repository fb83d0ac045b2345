#include "models/store/sqlite/sqliteimportwriter.h"

#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqliteimportquery.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Listing order: later files first, then position in file. A key per source;
// an item takes the largest of its sources.
constexpr qint64 PositionsPerFile = 16777216; // 2^24

} // namespace

SqliteImportWriter::SqliteImportWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_index(m_db, m_error)
{
}

SqliteImportWriter::~SqliteImportWriter()
{
    m_batch.reset(); // rolls back what was not committed
    restoreTuning();
}

QString SqliteImportWriter::titleIndexSql()
{
    static const QString sql = []() -> QString {
        const QString schema = u":/newsdesk/sql/001_initial.sql"_s;
        QFile file(schema);
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcStore) << "cannot read" << schema << ':' << file.errorString();
        static const QRegularExpression statement(u"CREATE INDEX (items_by_title ON [^;]+);"_s);
        const QRegularExpressionMatch match = statement.match(QString::fromUtf8(file.readAll()));
        if (!match.hasMatch())
            qCWarning(lcStore) << "no items_by_title in" << schema;
        return u"CREATE INDEX IF NOT EXISTS "_s + match.captured(1);
    }();
    return sql;
}

bool SqliteImportWriter::prepareTempTables()
{
    SqliteImportQuery q(m_db, m_error);
    return q.exec(u"CREATE TEMP TABLE IF NOT EXISTS staging (position INTEGER PRIMARY KEY, key BLOB NOT NULL, "
                  u"title TEXT NOT NULL, summary TEXT NOT NULL, title_key TEXT NOT NULL, categories TEXT NOT NULL)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS affected (id INTEGER PRIMARY KEY)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS delta (category_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"_s)
            && q.exec(SqliteIndexWriter::scratchTableSql());
}

bool SqliteImportWriter::beginImport()
{
    // The title index is made again after a bulk import; one a crash
    // interrupted is left to this import.
    if (!prepareTempTables() || !createTitleIndex())
        return false;
    tune();
    return true;
}

// While importing, the connection reads the cache file through a memory map
// (no copy through read(); the pages are the system's file cache, not the
// process's memory) and keeps a page cache of 16 MB (the connection's own
// size) for the pages it changes: inserting touches the cache's indexes
// (random content keys, titles) all over. A larger cache (128 MB until issue
// 13; 32 MB tried) was no faster with the map and was most of an import's own
// memory. Restored when the writer goes.
void SqliteImportWriter::tune()
{
    if (m_tuned)
        return;
    m_tuned = true;
    // (Without them an import is only slower: failures are logged, no more.)
    SqliteImportQuery q(m_db, m_error);
    if (q.exec(u"PRAGMA cache_size"_s) && q.next())
        m_cacheSize = q.value(0).toInt();
    if (q.exec(u"PRAGMA mmap_size"_s) && q.next())
        m_mmapSize = q.value(0).toLongLong();
    q.exec(u"PRAGMA cache_size = -16384"_s);    // 16 MB: the pages the import changes

    q.exec(u"PRAGMA mmap_size = 4294967296"_s); // SQLite caps it at its build's limit
}

void SqliteImportWriter::restoreTuning()
{
    if (!std::exchange(m_tuned, false))
        return;
    SqliteImportQuery q(m_db, m_error);
    q.exec(u"PRAGMA cache_size = %1"_s.arg(m_cacheSize));
    q.exec(u"PRAGMA mmap_size = %1"_s.arg(m_mmapSize));
}

std::optional<QList<std::pair<qint64, QString>>> SqliteImportWriter::storedFiles()
{
    SqliteImportQuery q(m_db, m_error);
    if (!q.exec(u"SELECT id, path FROM files"_s))
        return std::nullopt;
    QList<std::pair<qint64, QString>> files;
    while (q.next())
        files.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (q.stepFailed())
        return std::nullopt; // not a shorter list: the missing files would be taken as gone
    return files;
}

std::optional<QHash<QString, ImportWriter::KnownFile>> SqliteImportWriter::knownFiles()
{
    SqliteImportQuery q(m_db, m_error);
    if (!q.exec(u"SELECT path, id, size, mtime, hash FROM files"_s))
        return std::nullopt;
    QHash<QString, KnownFile> known;
    while (q.next()) {
        known.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                             q.value(3).toLongLong(), q.value(4).toByteArray()});
    }
    if (q.stepFailed())
        return std::nullopt; // not fewer files: the missing ones would be imported as new
    return known;
}

std::optional<QStringList> SqliteImportWriter::vocabulary()
{
    SqliteImportQuery q(m_db, m_error);
    if (!q.exec(u"SELECT name FROM vocabulary"_s))
        return std::nullopt;
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    if (q.stepFailed())
        return std::nullopt;
    return names;
}

bool SqliteImportWriter::beginBatch()
{
    m_batch.emplace(m_db);
    if (m_batch->isActive())
        return true;
    m_error = SqliteError::describe(m_batch->lastError(), m_db.databaseName());
    m_batch.reset();
    return false;
}

bool SqliteImportWriter::commitBatch()
{
    if (!m_batch)
        return true;
    const bool committed = m_batch->commit();
    if (!committed)
        m_error = SqliteError::describe(m_batch->lastError(), m_db.databaseName());
    m_batch.reset();
    return committed;
}

void SqliteImportWriter::rollbackBatch()
{
    m_batch.reset();
}

std::optional<ImportWriter::Written> SqliteImportWriter::storeFile(const PreparedListing &file)
{
    return write(file, false);
}

std::optional<ImportWriter::Written> SqliteImportWriter::forgetFile(qint64 fileId, const QString &path)
{
    // A file that is gone is stored as one that holds no items, then its
    // record goes. The hash must not be a null QByteArray (NULL in a NOT NULL
    // column).
    PreparedListing file;
    file.path = path;
    file.fileId = fileId;
    file.hash = QByteArray("");
    return write(file, true);
}

bool SqliteImportWriter::touchFile(const PreparedListing &file)
{
    SqliteImportQuery q(m_db, m_error);
    return q.exec(u"UPDATE files SET size = ?, mtime = ? WHERE id = ?"_s, {file.size, file.mtime, file.fileId});
}

bool SqliteImportWriter::dropTitleIndex()
{
    SqliteImportQuery q(m_db, m_error);
    return q.exec(u"DROP INDEX IF EXISTS items_by_title"_s);
}

bool SqliteImportWriter::createTitleIndex()
{
    SqliteImportQuery q(m_db, m_error);
    return q.exec(titleIndexSql());
}

std::optional<qint64> SqliteImportWriter::queuedIndexItems()
{
    return m_index.queuedItems();
}

ImportWriter::Chunk SqliteImportWriter::writeIndexChunk(IndexPass pass, qint64 items)
{
    return m_index.writeChunk(pass, items);
}

bool SqliteImportWriter::removeUnusedCategories()
{
    return m_index.removeUnusedCategories();
}

std::optional<ImportWriter::Written> SqliteImportWriter::write(const PreparedListing &file, bool forget)
{
    SqliteImportQuery q(m_db, m_error);
    if (!stage(q, file))
        return std::nullopt;
    const std::optional<qint64> fileId = recordFile(q, file);
    if (!fileId)
        return std::nullopt;

    // Items this file held before, then replace its sources.
    if (!q.exec(u"DELETE FROM affected"_s, {})
        || !q.exec(u"INSERT OR IGNORE INTO affected SELECT item_id FROM sources WHERE file_id = ?"_s, {*fileId})
        || !q.exec(u"DELETE FROM sources WHERE file_id = ?"_s, {*fileId})
        || !q.exec(u"SELECT coalesce(max(id), 0), (SELECT ordinal FROM files WHERE id = ?) FROM items"_s, {*fileId})
        || !q.next())
        return std::nullopt;
    const qint64 maxId = q.value(0).toLongLong();
    const qint64 ordinal = q.value(1).toLongLong();

    // A new item's only source is this file, so its listing key is known now;
    // items the cache held before (id <= maxId) get theirs recomputed below.
    // Join order is forced (CROSS JOIN) where SQLite would otherwise scan a
    // whole table for each file: the temp tables have no statistics.
    const qint64 base = ordinal * PositionsPerFile + (PositionsPerFile - 1);
    if (!q.exec(u"INSERT INTO items(key, title, summary, title_key, sort_key) "
                u"SELECT key, title, summary, title_key, ? - position FROM staging WHERE true ORDER BY position "
                u"ON CONFLICT(key) DO NOTHING"_s, {base}))
        return std::nullopt;
    Written written;
    written.itemsNew = q.rowsAffected();

    // (Categories no item holds any more are removed by the index pass.)
    if (!linkSources(q, *fileId, maxId, written) || !recountCategories(q, maxId) || !dropUnheldItems(q, maxId)
        || !learn(q, file.learned))
        return std::nullopt;
    if (forget && !q.exec(u"DELETE FROM files WHERE id = ?"_s, {*fileId}))
        return std::nullopt;
    return written;
}

// The file's items in staging, and the category names they hold.
bool SqliteImportWriter::stage(SqliteImportQuery &q, const PreparedListing &file)
{
    if (!q.exec(u"DELETE FROM staging"_s, {})
        || !q.prepare(u"INSERT INTO staging(position, key, title, summary, title_key, categories) "
                      u"VALUES (?, ?, ?, ?, ?, ?)"_s))
        return false;
    int position = 0;
    for (const PreparedItem &item : file.items) {
        q.bind(0, ++position);
        q.bind(1, item.key);
        q.bind(2, item.title);
        q.bind(3, item.summary);
        q.bind(4, item.titleKey);
        q.bind(5, item.categories);
        if (!q.run())
            return false;
    }
    if (!q.prepare(u"INSERT OR IGNORE INTO categories(name) VALUES (?)"_s))
        return false;
    for (const QString &name : file.categories) {
        q.bind(0, name);
        if (!q.run())
            return false;
    }
    return true;
}

// The file's record, new or updated; its id.
std::optional<qint64> SqliteImportWriter::recordFile(SqliteImportQuery &q, const PreparedListing &file)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (file.fileId == 0) {
        if (!q.exec(u"INSERT INTO files(path, size, mtime, hash, ordinal, header, item_count, imported_at) "
                    u"VALUES (?, ?, ?, ?, (SELECT coalesce(max(ordinal), 0) + 1 FROM files), ?, ?, ?)"_s,
                    {file.path, file.size, file.mtime, file.hash, file.header, file.items.size(), now}))
            return std::nullopt;
        return q.lastInsertId().toLongLong();
    }
    if (!q.exec(u"UPDATE files SET size = ?, mtime = ?, hash = ?, header = ?, item_count = ?, imported_at = ? "
                u"WHERE id = ?"_s,
                {file.size, file.mtime, file.hash, file.header, file.items.size(), now, file.fileId}))
        return std::nullopt;
    return file.fileId;
}

// The file's sources; every item it touches queued for the index with the
// entry the index holds for it now (the full-text entry of an item is keyed by
// its listing key and holds its categories: SearchIndex); listing keys of
// items the cache held before recomputed.
bool SqliteImportWriter::linkSources(SqliteImportQuery &q, qint64 fileId, qint64 maxId, Written &written)
{
    const QString categories = SearchIndex::categoriesSql(u"i.id"_s);
    const bool linked =
            q.exec(u"INSERT INTO sources(file_id, position, item_id, categories) "
                   u"SELECT ?, s.position, i.id, s.categories FROM staging s JOIN items i ON i.key = s.key"_s, {fileId})
            && q.exec(u"INSERT OR IGNORE INTO affected SELECT item_id FROM sources WHERE file_id = ?"_s, {fileId})
            && q.exec(u"INSERT OR IGNORE INTO index_queue(item_id, sort_key, categories) SELECT i.id, i.sort_key, %1 "
                      u"FROM affected a CROSS JOIN items i ON i.id = a.id WHERE a.id <= ?"_s.arg(categories), {maxId});
    if (!linked)
        return false;
    written.queued += q.rowsAffected();
    if (!q.exec(u"INSERT OR IGNORE INTO index_queue(item_id) SELECT id FROM affected WHERE id > ?"_s, {maxId}))
        return false;
    written.queued += q.rowsAffected();
    return q.exec(u"UPDATE items SET sort_key = (SELECT max(f.ordinal * %1 + %2 - so.position) FROM sources so "
                  u"JOIN files f ON f.id = so.file_id WHERE so.item_id = items.id) "
                  u"WHERE id IN (SELECT id FROM affected WHERE id <= ?) "
                  u"AND EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s
                          .arg(PositionsPerFile).arg(PositionsPerFile - 1), {maxId});
}

// Category counts change by the links this file takes away and brings.
bool SqliteImportWriter::recountCategories(SqliteImportQuery &q, qint64 maxId)
{
    return q.exec(u"DELETE FROM delta"_s, {})
            && q.exec(u"INSERT INTO delta(category_id, n) SELECT ic.category_id, -count(*) FROM affected a "
                      u"CROSS JOIN item_categories ic ON ic.item_id = a.id WHERE a.id <= ? GROUP BY ic.category_id"_s,
                      {maxId})
            && q.exec(u"DELETE FROM item_categories WHERE item_id IN (SELECT id FROM affected WHERE id <= ?)"_s,
                      {maxId})
            && q.exec(u"INSERT OR IGNORE INTO item_categories(category_id, sort_key, item_id) "
                      u"SELECT c.id, i.sort_key, i.id FROM affected a CROSS JOIN items i ON i.id = a.id "
                      u"CROSS JOIN sources so ON so.item_id = a.id CROSS JOIN json_each(so.categories) j "
                      u"JOIN categories c ON c.name = j.value"_s, {})
            && q.exec(u"INSERT INTO delta(category_id, n) SELECT ic.category_id, count(*) FROM affected a "
                      u"CROSS JOIN item_categories ic ON ic.item_id = a.id GROUP BY ic.category_id "
                      u"ON CONFLICT(category_id) DO UPDATE SET n = n + excluded.n"_s, {})
            && q.exec(u"UPDATE categories SET item_count = item_count + "
                      u"(SELECT n FROM delta WHERE delta.category_id = categories.id) "
                      u"WHERE id IN (SELECT category_id FROM delta)"_s, {});
}

// Items no file holds any more lose their entry now, while their text is
// still here to say what to remove, and leave the queue and the cache (their
// reader state stays, keyed by content). Items whose key and categories this
// file left as they were leave the queue too: they keep their entry and need
// not wait (nor be hidden) for the index pass.
bool SqliteImportWriter::dropUnheldItems(SqliteImportQuery &q, qint64 maxId)
{
    return q.exec(u"INSERT INTO items_fts(items_fts, rowid, title, summary, categories) "
                  u"SELECT 'delete', q.sort_key, %1, %2, q.categories FROM affected a "
                  u"CROSS JOIN index_queue q ON q.item_id = a.id CROSS JOIN items i ON i.id = a.id "
                  u"WHERE a.id <= ? AND q.sort_key IS NOT NULL "
                  u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id) ORDER BY q.sort_key"_s
                          .arg(SearchIndex::textSql(u"i.title"_s), SearchIndex::textSql(u"i.summary"_s)), {maxId})
            && q.exec(u"INSERT INTO category_sets(categories, item_count) SELECT q.categories, -count(*) "
                      u"FROM affected a CROSS JOIN index_queue q ON q.item_id = a.id WHERE a.id <= ? "
                      u"AND q.sort_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id) "
                      u"GROUP BY q.categories "
                      u"ON CONFLICT(categories) DO UPDATE SET item_count = item_count + excluded.item_count"_s,
                      {maxId})
            && q.exec(u"DELETE FROM category_sets WHERE item_count = 0"_s, {})
            && q.exec(u"DELETE FROM index_queue WHERE item_id IN (SELECT q.item_id FROM affected a "
                      u"CROSS JOIN index_queue q ON q.item_id = a.id CROSS JOIN items i ON i.id = a.id WHERE a.id <= ? "
                      u"AND (NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id) OR %1))"_s
                              .arg(SqliteIndexWriter::entryIsCurrentSql(u"q"_s)), {maxId})
            && q.exec(u"DELETE FROM items WHERE id IN (SELECT id FROM affected WHERE id <= ?) "
                      u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s, {maxId});
}

// Names that stood alone on a category line teach the vocabulary.
bool SqliteImportWriter::learn(SqliteImportQuery &q, const QStringList &names)
{
    if (!q.prepare(u"INSERT OR IGNORE INTO vocabulary(name) VALUES (?)"_s))
        return false;
    for (const QString &name : names) {
        q.bind(0, name);
        if (!q.run())
            return false;
    }
    return true;
}
