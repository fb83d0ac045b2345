#include "models/store/sqlite/sqliteimportwriter.h"

#include "models/store/sqlite/queryplanner.h"
#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqliteimportquery.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Listing order: later files first, then position in file. A key per source;
// an item takes the largest of its sources.
constexpr qint64 PositionsPerFile = QueryPlanner::ListingKeysPerFile;

} // namespace

SqliteImportWriter::SqliteImportWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_index(m_db, m_error)
{
    SqliteImportQuery q(m_db, m_error);
    m_current = q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() >= 11;
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
    // staged_items: the items of the staged files, in the order they came
    // (seq); staged_files: the staged files, whether their old sources go
    // (fresh: not a later part of a file) and whether the file is forgotten.
    // affected: the items a group touches; released: the items whose sources
    // went, until their file is whole.
    SqliteImportQuery q(m_db, m_error);
    return q.exec(u"CREATE TEMP TABLE IF NOT EXISTS staged_items (seq INTEGER PRIMARY KEY, "
                  u"file_id INTEGER NOT NULL, position INTEGER NOT NULL, key BLOB NOT NULL, title TEXT NOT NULL, "
                  u"summary TEXT NOT NULL, title_key TEXT NOT NULL, categories TEXT NOT NULL)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS staged_files (file_id INTEGER PRIMARY KEY, "
                      u"fresh INTEGER NOT NULL, forget INTEGER NOT NULL)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS affected (id INTEGER PRIMARY KEY)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS released (id INTEGER PRIMARY KEY)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS delta (category_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS read_delta (category_id INTEGER PRIMARY KEY, "
                      u"n INTEGER NOT NULL)"_s)
            && q.exec(SqliteIndexWriter::scratchTableSql());
}

bool SqliteImportWriter::beginImport()
{
    // The title index is made again after a bulk import; one a crash
    // interrupted is left to this import.
    if (!prepareTempTables() || !createTitleIndex() || !createKeyOrderWhileEmpty())
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
    resetStaging();
    m_batch.emplace(m_db);
    if (m_batch->isActive()) {
        // (What a rolled back batch staged went with it; a committed one left none.)
        SqliteImportQuery q(m_db, m_error);
        if (q.exec(u"DELETE FROM staged_items"_s) && q.exec(u"DELETE FROM staged_files"_s)
            && q.exec(u"DELETE FROM released"_s))
            return true;
        m_batch.reset();
        return false;
    }
    m_error = SqliteError::describe(m_batch->lastError(), m_db.databaseName());
    m_batch.reset();
    return false;
}

bool SqliteImportWriter::commitBatch()
{
    if (!m_batch)
        return true;
    if (!m_stagedFiles.isEmpty() && !writeStaged()) {
        rollbackBatch();
        return false;
    }
    const bool committed = m_batch->commit();
    if (!committed)
        m_error = SqliteError::describe(m_batch->lastError(), m_db.databaseName());
    m_batch.reset();
    resetStaging();
    return committed;
}

void SqliteImportWriter::rollbackBatch()
{
    m_batch.reset();
    resetStaging();
}

void SqliteImportWriter::resetStaging()
{
    m_stagedItems = 0;
    m_stagedFiles.clear();
    m_nextOrdinal.reset();
    m_openFileId = 0;
    m_openPath.clear();
    m_nextPosition = 1;
}

SqliteImportQuery *SqliteImportWriter::statement(Statement which)
{
    static const std::array<QString, size_t(Statement::Count)> sql = {
        u"INSERT INTO staged_items(file_id, position, key, title, summary, title_key, categories) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        u"INSERT INTO staged_files(file_id, fresh, forget) VALUES (?, ?, ?) "
        u"ON CONFLICT(file_id) DO UPDATE SET fresh = max(fresh, excluded.fresh)"_s,
        u"INSERT OR IGNORE INTO categories(name) VALUES (?)"_s,
        u"INSERT OR IGNORE INTO vocabulary(name) VALUES (?)"_s,
        u"INSERT INTO files(path, size, mtime, hash, ordinal, header, item_count, imported_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"UPDATE files SET size = ?, mtime = ?, hash = ?, header = ?, item_count = ?, imported_at = ? "
        u"WHERE id = ?"_s,
        u"UPDATE files SET item_count = item_count + ? WHERE id = ?"_s,
    };
    std::unique_ptr<SqliteImportQuery> &query = m_statements.at(size_t(which));
    if (!query) {
        auto prepared = std::make_unique<SqliteImportQuery>(m_db, m_error);
        if (!prepared->prepare(sql.at(size_t(which))))
            return nullptr;
        query = std::move(prepared);
    }
    return query.get();
}

bool SqliteImportWriter::storeFile(const PreparedListing &file)
{
    const bool continued = file.part > 0;
    if (continued && (m_openFileId == 0 || m_openPath != file.path)) {
        m_error = u"part %1 of %2 came without the parts before it"_s.arg(file.part).arg(file.path);
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    // A file twice in one group (written again after a failure, say): the
    // group before it is written first.
    if (!continued && file.fileId != 0 && m_stagedFiles.contains(file.fileId) && !writeStaged())
        return false;
    const std::optional<qint64> fileId = continued ? countItems(m_openFileId, file) : recordFile(file);
    if (!fileId || !addNames(Statement::AddCategory, file.categories) || !stage(*fileId, !continued, false)
        || !stageItems(*fileId, file) || !addNames(Statement::Learn, file.learned))
        return false;
    m_openFileId = file.lastPart ? 0 : *fileId;
    m_openPath = file.lastPart ? QString() : file.path;
    return true;
}

bool SqliteImportWriter::forgetFile(qint64 fileId, const QString &path)
{
    // A file that is gone gives up its items, then its record goes.
    if (m_openFileId != 0) {
        m_error = u"%1 was forgotten while %2 was given in parts"_s.arg(path, m_openPath);
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    if (m_stagedFiles.contains(fileId) && !writeStaged())
        return false;
    return stage(fileId, true, true);
}

bool SqliteImportWriter::stage(qint64 fileId, bool fresh, bool forget)
{
    SqliteImportQuery *q = statement(Statement::StageFile);
    if (!q)
        return false;
    q->bind(0, fileId);
    q->bind(1, fresh);
    q->bind(2, forget);
    if (!q->run())
        return false;
    m_stagedFiles.insert(fileId);
    return true;
}

// The file's items, positions continuing from its earlier parts.
bool SqliteImportWriter::stageItems(qint64 fileId, const PreparedListing &file)
{
    SqliteImportQuery *q = statement(Statement::StageItem);
    if (!q)
        return false;
    if (file.part == 0)
        m_nextPosition = 1;
    for (const PreparedItem &item : file.items) {
        q->bind(0, fileId);
        q->bind(1, m_nextPosition++);
        q->bind(2, item.key);
        q->bind(3, item.title);
        q->bind(4, item.summary);
        q->bind(5, item.titleKey);
        q->bind(6, item.categories);
        if (!q->run())
            return false;
    }
    m_stagedItems += file.items.size();
    return true;
}

// A later part's items count for its file.
std::optional<qint64> SqliteImportWriter::countItems(qint64 fileId, const PreparedListing &part)
{
    SqliteImportQuery *q = statement(Statement::CountItems);
    if (!q)
        return std::nullopt;
    q->bind(0, part.items.size());
    q->bind(1, fileId);
    if (!q->run())
        return std::nullopt;
    return fileId;
}

// Category names the items hold; names that stood alone on a category line
// teach the vocabulary.
bool SqliteImportWriter::addNames(Statement which, const QStringList &names)
{
    if (names.isEmpty())
        return true;
    SqliteImportQuery *q = statement(which);
    if (!q)
        return false;
    for (const QString &name : names) {
        q->bind(0, name);
        if (!q->run())
            return false;
    }
    return true;
}

// The file's record, new or updated (a later part adds its items to the
// count); its id. New files take the next ordinal: later files sort first.
std::optional<qint64> SqliteImportWriter::recordFile(const PreparedListing &file)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (file.fileId == 0) {
        if (!m_nextOrdinal) {
            SqliteImportQuery q(m_db, m_error);
            if (!q.exec(u"SELECT coalesce(max(ordinal), 0) + 1 FROM files"_s) || !q.next())
                return std::nullopt;
            m_nextOrdinal = q.value(0).toLongLong();
        }
        SqliteImportQuery *q = statement(Statement::InsertFile);
        if (!q)
            return std::nullopt;
        const QVariantList values = {file.path, file.size, file.mtime, file.hash, *m_nextOrdinal,
                                     file.header, file.items.size(), now};
        for (qsizetype i = 0; i < values.size(); ++i)
            q->bind(int(i), values.at(i));
        if (!q->run())
            return std::nullopt;
        ++*m_nextOrdinal;
        return q->lastInsertId().toLongLong();
    }
    SqliteImportQuery *q = statement(Statement::UpdateFile);
    if (!q)
        return std::nullopt;
    const QVariantList values = {file.size, file.mtime, file.hash, file.header, file.items.size(), now,
                                 file.fileId};
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bind(int(i), values.at(i));
    if (!q->run())
        return std::nullopt;
    return file.fileId;
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

bool SqliteImportWriter::createKeyOrderWhileEmpty()
{
    // items_by_key_order is no part of the schema and no open builds it. An
    // empty cache gets it now (nothing to sort; the items written are kept
    // in it, as in any index); a cache of items without it gets it from the
    // window's worker when idle (NewsStore::buildDerived()), which gives way
    // to any writer: an import never holds the write lock for the seconds
    // building it over a million items takes. It is never dropped: other
    // connections name it in INDEXED BY.
    SqliteImportQuery q(m_db, m_error);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM items)"_s) || !q.next())
        return false;
    return q.value(0).toBool() || q.exec(QueryPlanner::KeyOrderIndexSql);
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

// The staged files are written together: the sources of each replace its
// old ones, new items come in with their listing keys, every item touched is
// queued for the index and gets its key and categories recomputed, and the
// items no file holds any more go (once their file is whole).
std::optional<ImportWriter::Written> SqliteImportWriter::writeStaged()
{
    Written written;
    if (m_stagedFiles.isEmpty())
        return written;
    SqliteImportQuery q(m_db, m_error);
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM items"_s) || !q.next())
        return std::nullopt;
    const qint64 maxId = q.value(0).toLongLong();
    // (Categories no item holds any more are removed by the index pass.)
    const bool whole = m_openFileId == 0;
    if (!replaceSources(q, maxId, written) || !queueAndRekey(q, maxId, written) || !recountCategories(q, maxId)
        || (whole && !dropUnheldItems(q)) || !dequeueCurrent(q)
        || !q.exec(u"DELETE FROM files WHERE id IN (SELECT file_id FROM staged_files WHERE forget)"_s)
        || !q.exec(u"DELETE FROM staged_items"_s) || !q.exec(u"DELETE FROM staged_files"_s))
        return std::nullopt;
    m_stagedItems = 0;
    m_stagedFiles.clear();
    return written;
}

// The staged files' old sources go (their items are released: dropped at the
// end if no file holds them any more), new items come in, the new sources
// link them. Listing order: later files first, then position in file; a new
// item's key is the largest of its sources (all of them staged: one a file
// before it in the group made new takes the larger key). Join order is
// forced (CROSS JOIN) where SQLite would otherwise scan a whole table: the
// temp tables have no statistics.
bool SqliteImportWriter::replaceSources(SqliteImportQuery &q, qint64 maxId, Written &written)
{
    const QString key = u"f.ordinal * %1 + %2 - s.position"_s.arg(PositionsPerFile).arg(PositionsPerFile - 1);
    if (!q.exec(u"DELETE FROM affected"_s)
        || !q.exec(u"INSERT OR IGNORE INTO released SELECT so.item_id FROM staged_files f "
                   u"CROSS JOIN sources so ON so.file_id = f.file_id WHERE f.fresh"_s)
        || !q.exec(u"INSERT OR IGNORE INTO affected SELECT so.item_id FROM staged_files f "
                   u"CROSS JOIN sources so ON so.file_id = f.file_id WHERE f.fresh"_s)
        || !q.exec(u"DELETE FROM sources WHERE file_id IN (SELECT file_id FROM staged_files WHERE fresh)"_s)
        || !q.exec(u"INSERT INTO items(key, title, summary, title_key, sort_key) "
                   u"SELECT s.key, s.title, s.summary, s.title_key, %1 FROM staged_items s "
                   u"CROSS JOIN files f ON f.id = s.file_id WHERE true ORDER BY s.seq "
                   u"ON CONFLICT(key) DO UPDATE SET sort_key = max(sort_key, excluded.sort_key) WHERE id > ?"_s
                           .arg(key),
                   {maxId})
        || !q.exec(u"SELECT coalesce(max(id), 0) FROM items"_s) || !q.next())
        return false;
    // (New items take the ids after maxId, in order.)
    written.itemsNew = q.value(0).toLongLong() - maxId;
    // The new items arrive now (item_arrivals).
    if (m_current && !q.exec(u"INSERT INTO item_arrivals(item_id, added_at) SELECT id, ? FROM items WHERE id > ?"_s,
                             {QDateTime::currentMSecsSinceEpoch(), maxId}))
        return false;
    // New items the person read before (in a cache deleted since, or in
    // another file that held them) join the mirror of the read marks.
    if (m_current && !q.exec(u"INSERT OR IGNORE INTO read_items(item_id) SELECT i.id FROM items i "
                             u"CROSS JOIN state.item_state st ON st.key = i.key WHERE i.id > ? AND st.read"_s,
                             {maxId}))
        return false;
    return q.exec(u"INSERT INTO sources(file_id, position, item_id, categories) "
                  u"SELECT s.file_id, s.position, i.id, s.categories FROM staged_items s "
                  u"CROSS JOIN items i ON i.key = s.key"_s)
            && q.exec(u"INSERT OR IGNORE INTO affected SELECT i.id FROM staged_items s "
                      u"CROSS JOIN items i ON i.key = s.key"_s);
}

// Every item touched queued for the index with the entry the index holds for
// it now (the full-text entry of an item is keyed by its listing key and
// holds its categories: SearchIndex); listing keys of items the cache held
// before (id <= maxId) recomputed.
bool SqliteImportWriter::queueAndRekey(SqliteImportQuery &q, qint64 maxId, Written &written)
{
    const QString categories = SearchIndex::categoriesSql(u"i.id"_s);
    if (!q.exec(u"INSERT OR IGNORE INTO index_queue(item_id, sort_key, categories) SELECT i.id, i.sort_key, %1 "
                u"FROM affected a CROSS JOIN items i ON i.id = a.id WHERE a.id <= ?"_s.arg(categories), {maxId}))
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

// Category counts (and their read counts, the mirror's) change by the links
// the staged files take away and bring; the items of no category are listed
// again.
bool SqliteImportWriter::recountCategories(SqliteImportQuery &q, qint64 maxId)
{
    const QString readLinks = u"INSERT INTO read_delta(category_id, n) SELECT ic.category_id, %1count(*) "
                              u"FROM affected a CROSS JOIN read_items r ON r.item_id = a.id "
                              u"CROSS JOIN item_categories ic ON ic.item_id = a.id WHERE a.id <= ? "
                              u"GROUP BY ic.category_id ON CONFLICT(category_id) DO UPDATE SET n = n + excluded.n"_s;
    const bool current = m_current;
    return q.exec(u"DELETE FROM delta"_s, {}) && q.exec(u"DELETE FROM read_delta"_s, {})
            && q.exec(u"INSERT INTO delta(category_id, n) SELECT ic.category_id, -count(*) FROM affected a "
                      u"CROSS JOIN item_categories ic ON ic.item_id = a.id WHERE a.id <= ? GROUP BY ic.category_id"_s,
                      {maxId})
            && (!current || q.exec(readLinks.arg(u"-"_s), {maxId}))
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
                      u"WHERE id IN (SELECT category_id FROM delta)"_s, {})
            && (!current || recountSchema11(q, readLinks));
}

// What schema 11 keeps per category and item: the read counts (the mirror's)
// and the items of no category.
bool SqliteImportWriter::recountSchema11(SqliteImportQuery &q, const QString &readLinks)
{
    return q.exec(readLinks.arg(QString()), {std::numeric_limits<qint64>::max()})
            && q.exec(u"UPDATE categories SET read_count = read_count + "
                      u"(SELECT n FROM read_delta WHERE read_delta.category_id = categories.id) "
                      u"WHERE id IN (SELECT category_id FROM read_delta)"_s, {})
            && q.exec(u"DELETE FROM uncategorised_items WHERE item_id IN (SELECT id FROM affected)"_s, {})
            && q.exec(u"INSERT INTO uncategorised_items(sort_key, item_id) SELECT i.sort_key, i.id FROM affected a "
                      u"CROSS JOIN items i ON i.id = a.id "
                      u"WHERE NOT EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = a.id)"_s, {});
}

// Items no file holds any more lose their entry now, while their text is
// still here to say what to remove, and leave the queue and the cache (their
// reader state stays, keyed by content).
bool SqliteImportWriter::dropUnheldItems(SqliteImportQuery &q)
{
    const QString unheld = u"NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = r.id)"_s;
    return q.exec(u"INSERT INTO items_fts(items_fts, rowid, title, summary, categories) "
                  u"SELECT 'delete', q.sort_key, %1, %2, q.categories FROM released r "
                  u"CROSS JOIN index_queue q ON q.item_id = r.id CROSS JOIN items i ON i.id = r.id "
                  u"WHERE q.sort_key IS NOT NULL AND %3 ORDER BY q.sort_key"_s
                          .arg(SearchIndex::textSql(u"i.title"_s), SearchIndex::textSql(u"i.summary"_s), unheld))
            && q.exec(u"INSERT INTO category_sets(categories, item_count) SELECT q.categories, -count(*) "
                      u"FROM released r CROSS JOIN index_queue q ON q.item_id = r.id "
                      u"WHERE q.sort_key IS NOT NULL AND %1 GROUP BY q.categories "
                      u"ON CONFLICT(categories) DO UPDATE SET item_count = item_count + excluded.item_count"_s
                              .arg(unheld))
            && q.exec(u"DELETE FROM category_sets WHERE item_count = 0"_s)
            && q.exec(u"DELETE FROM index_queue WHERE item_id IN (SELECT r.id FROM released r "
                      u"CROSS JOIN index_queue q ON q.item_id = r.id WHERE %1)"_s.arg(unheld))
            && (!m_current
                || (q.exec(u"DELETE FROM read_items WHERE item_id IN (SELECT r.id FROM released r WHERE %1)"_s.arg(unheld))
                    && q.exec(u"DELETE FROM uncategorised_items WHERE item_id IN (SELECT r.id FROM released r WHERE %1)"_s
                                      .arg(unheld))
                    && q.exec(u"DELETE FROM item_arrivals WHERE item_id IN (SELECT r.id FROM released r WHERE %1)"_s
                                      .arg(unheld))))
            && q.exec(u"DELETE FROM items WHERE id IN (SELECT r.id FROM released r WHERE %1)"_s.arg(unheld))
            && q.exec(u"DELETE FROM released"_s);
}

// Items whose key and categories the group left as they were leave the queue:
// they keep their entry and need not wait (nor be hidden) for the index pass.
// (Not those no file holds: their entry goes once their file is whole.)
bool SqliteImportWriter::dequeueCurrent(SqliteImportQuery &q)
{
    return q.exec(u"DELETE FROM index_queue WHERE item_id IN (SELECT q.item_id FROM affected a "
                  u"CROSS JOIN index_queue q ON q.item_id = a.id CROSS JOIN items i ON i.id = a.id "
                  u"WHERE %1 AND EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id))"_s
                          .arg(SqliteIndexWriter::entryIsCurrentSql(u"q"_s)));
}
