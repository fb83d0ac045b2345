#include "models/importing/newsimporter.h"

#include "models/listing/categorysplitter.h"
#include "models/importing/importreader.h"
#include "models/listing/listingparser.h"
#include "models/store/newsstore.h"
#include "models/listing/preparedlisting.h"
#include "models/store/searchindex.h"
#include "models/store/sqltransaction.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Listing order: later files first, then position in file. A key per source;
// an item takes the largest of its sources.
constexpr qint64 PositionsPerFile = 16777216; // 2^24

// While importing, a connection's pages come from a larger cache and reads of
// the rest from a memory map (no copy through read()): inserting touches the
// cache's indexes (random content keys, titles) all over. Restored on leaving.
class ImportTuning
{
public:
    explicit ImportTuning(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            m_cacheSize = q.value(0).toInt();
        if (q.exec(u"PRAGMA mmap_size"_s) && q.next())
            m_mmapSize = q.value(0).toLongLong();
        q.exec(u"PRAGMA cache_size = -131072"_s);   // 128 MB
        q.exec(u"PRAGMA mmap_size = 4294967296"_s); // SQLite caps it at its build's limit
    }
    ~ImportTuning()
    {
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA cache_size = %1"_s.arg(m_cacheSize));
        q.exec(u"PRAGMA mmap_size = %1"_s.arg(m_mmapSize));
    }
    Q_DISABLE_COPY_MOVE(ImportTuning)

private:
    QSqlDatabase m_db;
    int m_cacheSize = -2000; // SQLite's defaults
    qint64 m_mmapSize = 0;
};

// The index that sorts items by title (schema 1, models/sql/001_initial.sql;
// tests compare the two).
const QString TitleIndex = u"CREATE INDEX IF NOT EXISTS items_by_title ON items(title_key, sort_key)"_s;

// Whether the index entry a queued row (alias `entry`: its sort_key and
// categories) describes is still right for its item (alias i).
QString entryIsCurrent(const QString &entry)
{
    return u"%1.sort_key = i.sort_key AND %1.categories = %2"_s.arg(entry, SearchIndex::categoriesSql(u"i.id"_s));
}

} // namespace

NewsImporter::NewsImporter(NewsStore &store)
    : m_store(store)
{
}

QStringList NewsImporter::sampleFiles()
{
    QStringList files;
    const QDir dir(u":/sample"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QSet<QString> NewsImporter::sampleVocabulary()
{
    static const QSet<QString> vocabulary = [] {
        QSet<QString> names;
        for (const QString &file : sampleFiles()) {
            for (const ParsedItem &item : ListingParser::parseFile(file).items) {
                if (CategorySplitter::isSingleName(item.categoryLine))
                    names.insert(item.categoryLine);
            }
        }
        return names;
    }();
    return vocabulary;
}

QStringList NewsImporter::collectFiles(const QStringList &paths, Diagnostics &diagnostics)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {u"*.txt"_s}, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.exists() || ImportReader::isResource(path)) {
            files.append(path);
        } else {
            diagnostics.append({path, 0, Diagnostic::Severity::Error, tr("no such file or folder")});
        }
    }
    files.removeDuplicates();
    return files;
}

bool NewsImporter::fail(ImportReport &report, const QString &what, const QString &error)
{
    if (report.error.isEmpty()) // the first error is the cause
        report.error = tr("Cache error while %1: %2").arg(what, error);
    return false;
}

bool NewsImporter::prepareTempTables()
{
    QSqlQuery q(m_store.database());
    return q.exec(u"CREATE TEMP TABLE IF NOT EXISTS staging (position INTEGER PRIMARY KEY, key BLOB NOT NULL, "
                  u"title TEXT NOT NULL, summary TEXT NOT NULL, title_key TEXT NOT NULL, categories TEXT NOT NULL)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS affected (id INTEGER PRIMARY KEY)"_s)
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS delta (category_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"_s)
            // A chunk of index_queue being written to the index, with each item's new categories.
            && q.exec(u"CREATE TEMP TABLE IF NOT EXISTS reindex (id INTEGER PRIMARY KEY, sort_key INTEGER, "
                      u"categories TEXT, new_categories TEXT)"_s);
}

ImportReport NewsImporter::importPaths(const QStringList &paths)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, report.diagnostics);
    for (const Diagnostic &d : std::as_const(report.diagnostics))
        report.rejected.append(d.file);

    // The title index is made again after a bulk import (below); one a crash
    // interrupted left it to this one.
    if (QSqlQuery q(m_store.database()); !prepareTempTables() || !q.exec(TitleIndex)) {
        fail(report, tr("preparing the import"), m_store.database().lastError().text());
        return report;
    }

    const ImportTuning tuning(m_store.database());
    {
        QSqlQuery q(m_store.database());
        m_queued = q.exec(u"SELECT count(*) FROM index_queue"_s) && q.next() ? q.value(0).toLongLong() : 0;
    }

    if (!removeVanishedFiles(report)) {
        commitBatch(report); // what went well before stays
        return report;
    }

    // Vocabulary: the cache's, the sample's, then what each file teaches.
    CategorySplitter splitter(sampleVocabulary());
    QHash<QString, ImportReader::KnownFile> known;
    {
        QSqlQuery q(m_store.database());
        q.exec(u"SELECT name FROM vocabulary"_s);
        while (q.next())
            splitter.addKnown(q.value(0).toString());
        q.exec(u"SELECT path, id, size, mtime, hash FROM files"_s);
        while (q.next()) {
            known.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                 q.value(3).toLongLong(), q.value(4).toByteArray()});
        }
    }
    // (Gone after the loop: it may hold the next file, read ahead.)
    std::optional<ImportReader> reader(std::in_place, files, known, std::move(splitter));
    bool bulkDecided = false;

    for (qsizetype i = 0; i < files.size(); ++i) {
        if (m_progress && !m_progress(int(i), int(files.size()), files.at(i))) {
            report.cancelled = true;
            break;
        }
        std::optional<PreparedListing> file = reader->next();
        if (!file)
            break;
        // A bulk import writes titles without their index and sorts them into
        // a new one after the files (see BulkItems); decided at the first file
        // whose content changed (touched files alone are no bulk import).
        if (file->state == PreparedListing::State::Ready && !std::exchange(bulkDecided, true)
            && isBulk(files.mid(i), known)) {
            QSqlQuery q(m_store.database());
            if (!q.exec(u"DROP INDEX IF EXISTS items_by_title"_s)) {
                fail(report, tr("preparing the import"), q.lastError().text());
                break;
            }
        }
        if (importFile(*file, report) == Outcome::Failed)
            break;
        // A long import makes its items searchable as it goes, a batch at a time.
        if (m_queued >= IndexBatch && !(commitBatch(report) && updateIndex(report)))
            break;
    }
    reader.reset();
    // The files before a failing one stay imported.
    const bool committed = commitBatch(report);
    // The title index, after a bulk import.
    if (QSqlQuery q(m_store.database()); !q.exec(TitleIndex))
        fail(report, tr("indexing titles"), q.lastError().text());
    // Cancelled: the queue waits for the next import (the window starts one).
    if (committed && !report.cancelled)
        updateIndex(report);
    if (m_progress && !report.cancelled && report.error.isEmpty())
        m_progress(int(files.size()), int(files.size()), QString());
    report.itemsTotal = m_store.itemCount();
    return report;
}

bool NewsImporter::isBulk(const QStringList &files, const QHash<QString, ImportReader::KnownFile> &known) const
{
    // New files and files whose size changed, by their size: about 500 bytes
    // an item. (A file with a new time only is most often only touched.)
    QSet<QString> seen;
    qint64 bytes = 0;
    for (const QString &file : files) {
        const QString path = ImportReader::storedPath(file);
        if (seen.contains(path))
            continue;
        seen.insert(path);
        const qint64 size = QFileInfo(path).size();
        const auto k = known.constFind(path);
        if (k == known.constEnd() || k->size != size)
            bytes += size;
    }
    const qint64 items = (bytes + 499) / 500;
    return items >= m_bulkItems && items >= m_store.itemCount() / 2;
}

bool NewsImporter::removeVanishedFiles(ImportReport &report)
{
    QList<std::pair<qint64, QString>> vanished;
    {
        QSqlQuery q(m_store.database());
        q.exec(u"SELECT id, path FROM files"_s);
        while (q.next()) {
            const QString path = q.value(1).toString();
            if (!QFileInfo::exists(path))
                vanished.append({q.value(0).toLongLong(), path});
        }
    }
    for (const auto &[id, path] : std::as_const(vanished)) {
        if (!removeFile(id, path, report))
            return false;
    }
    return true;
}

NewsImporter::Outcome NewsImporter::importFile(const PreparedListing &file, ImportReport &report)
{
    report.diagnostics += file.diagnostics;
    switch (file.state) {
    case PreparedListing::State::Skipped:
        report.skipped.append(file.path);
        return Outcome::Skipped;
    case PreparedListing::State::Touched:
        // Touched but not changed: remember the new time, keep the items.
        if (!store(file, report, Write::Touch))
            return Outcome::Failed;
        report.skipped.append(file.path);
        return Outcome::Skipped;
    case PreparedListing::State::Rejected:
        report.rejected.append(file.path);
        return Outcome::Rejected;
    case PreparedListing::State::Ready:
        break;
    }
    if (!store(file, report, Write::Store))
        return Outcome::Failed;
    return Outcome::Imported; // listed in the report when its batch commits
}

bool NewsImporter::store(const PreparedListing &file, ImportReport &report, Write what)
{
    // Files share a transaction for up to BatchMillis (one commit rewrites the
    // index pages of every file in it once).
    if (!m_batch && !beginBatch(report))
        return false;
    if (!write(file, report, what)) {
        // The failing file left part of itself in the transaction. It is
        // undone with the batch, and the batch's earlier files are written
        // again: they stay imported. (A savepoint per file would say the same
        // with less code, but copies every page a file changes, each time: 5%
        // of an import of a million items.)
        const QList<BatchFile> earlier = std::exchange(m_batchFiles, {});
        m_batch.reset(); // rolls back
        m_pending = {};
        bool redone = earlier.isEmpty();
        if (!redone && beginBatch(report)) {
            redone = std::all_of(earlier.cbegin(), earlier.cend(), [&](const BatchFile &done) {
                return write(done.file, report, done.what);
            });
            redone = redone && commitBatch(report);
            m_batch.reset();
            m_batchFiles.clear();
            m_pending = {};
        }
        if (!redone) {
            // (Another connection took the cache in between, say.) The next
            // import brings these files in: nothing recorded them as done.
            for (const BatchFile &lost : earlier) {
                if (lost.what != Write::Touch) {
                    report.diagnostics.append({lost.file.path, 0, Diagnostic::Severity::Error,
                                               tr("not imported: the import stopped at an error in %1")
                                                       .arg(file.path)});
                }
            }
        }
        QSqlQuery q(m_store.database());
        m_queued = q.exec(u"SELECT count(*) FROM index_queue"_s) && q.next() ? q.value(0).toLongLong() : 0;
        m_store.indexChanged();
        return false;
    }
    m_batchFiles.append({file, what});
    return m_batchTimer.elapsed() < BatchMillis || commitBatch(report);
}

bool NewsImporter::write(const PreparedListing &file, ImportReport &report, Write what)
{
    if (what == Write::Touch) {
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE files SET size = ?, mtime = ? WHERE id = ?"_s);
        q.addBindValue(file.size);
        q.addBindValue(file.mtime);
        q.addBindValue(file.fileId);
        return q.exec() || fail(report, tr("importing %1").arg(file.path), q.lastError().text());
    }
    const bool forgetFile = what == Write::Forget;
    QSqlDatabase db = m_store.database();
    const QString &path = file.path;
    qint64 fileId = file.fileId;
    QSqlQuery q(db);
    auto exec = [&](const QString &sql, const QVariantList &binds = {}) {
        q.prepare(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            q.bindValue(int(i), binds.at(i));
        return q.exec();
    };
    auto failed = [&] { return fail(report, tr("importing %1").arg(path), q.lastError().text()); };

    m_queuedInFile = 0;
    if (!exec(u"DELETE FROM staging"_s))
        return failed();
    q.prepare(u"INSERT INTO staging(position, key, title, summary, title_key, categories) VALUES (?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const PreparedItem &item : file.items) {
        q.bindValue(0, ++position);
        q.bindValue(1, item.key);
        q.bindValue(2, item.title);
        q.bindValue(3, item.summary);
        q.bindValue(4, item.titleKey);
        q.bindValue(5, item.categories);
        if (!q.exec())
            return failed();
    }
    q.prepare(u"INSERT OR IGNORE INTO categories(name) VALUES (?)"_s);
    for (const QString &name : file.categories) {
        q.bindValue(0, name);
        if (!q.exec())
            return failed();
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (fileId == 0) {
        if (!exec(u"INSERT INTO files(path, size, mtime, hash, ordinal, header, item_count, imported_at) "
                  u"VALUES (?, ?, ?, ?, (SELECT coalesce(max(ordinal), 0) + 1 FROM files), ?, ?, ?)"_s,
                  {path, file.size, file.mtime, file.hash, file.header, file.items.size(), now}))
            return failed();
        fileId = q.lastInsertId().toLongLong();
    } else if (!exec(u"UPDATE files SET size = ?, mtime = ?, hash = ?, header = ?, item_count = ?, imported_at = ? "
                     u"WHERE id = ?"_s,
                     {file.size, file.mtime, file.hash, file.header, file.items.size(), now, fileId})) {
        return failed();
    }

    // Items this file held before, then replace its sources.
    qint64 maxId = 0;
    qint64 ordinal = 0;
    if (!exec(u"DELETE FROM affected"_s)
        || !exec(u"INSERT OR IGNORE INTO affected SELECT item_id FROM sources WHERE file_id = ?"_s, {fileId})
        || !exec(u"DELETE FROM sources WHERE file_id = ?"_s, {fileId})
        || !exec(u"SELECT coalesce(max(id), 0), (SELECT ordinal FROM files WHERE id = ?) FROM items"_s, {fileId})
        || !q.next())
        return failed();
    maxId = q.value(0).toLongLong();
    ordinal = q.value(1).toLongLong();

    // A new item's only source is this file, so its listing key is known now;
    // items the cache held before (id <= maxId) get theirs recomputed below.
    // Join order is forced (CROSS JOIN) where SQLite would otherwise scan a
    // whole table for each file: the temp tables have no statistics.
    const qint64 base = ordinal * PositionsPerFile + (PositionsPerFile - 1);
    if (!exec(u"INSERT INTO items(key, title, summary, title_key, sort_key) "
              u"SELECT key, title, summary, title_key, ? - position FROM staging WHERE true ORDER BY position "
              u"ON CONFLICT(key) DO NOTHING"_s, {base}))
        return failed();
    const qint64 itemsNew = q.numRowsAffected(); // counted once the batch commits

    // The full-text entry of an item is keyed by its listing key and holds its
    // categories (SearchIndex): every item this file touches is queued for
    // updateIndex() with the entry the index holds for it now.
    const QString categories = SearchIndex::categoriesSql(u"i.id"_s);
    const bool ok =
            exec(u"INSERT INTO sources(file_id, position, item_id, categories) "
                    u"SELECT ?, s.position, i.id, s.categories FROM staging s JOIN items i ON i.key = s.key"_s, {fileId})
            && exec(u"INSERT OR IGNORE INTO affected SELECT item_id FROM sources WHERE file_id = ?"_s, {fileId})
            && exec(u"INSERT OR IGNORE INTO index_queue(item_id, sort_key, categories) SELECT i.id, i.sort_key, %1 "
                    u"FROM affected a CROSS JOIN items i ON i.id = a.id WHERE a.id <= ?"_s.arg(categories), {maxId})
            && countQueued(q)
            && exec(u"INSERT OR IGNORE INTO index_queue(item_id) SELECT id FROM affected WHERE id > ?"_s, {maxId})
            && countQueued(q)
            && exec(u"UPDATE items SET sort_key = (SELECT max(f.ordinal * %1 + %2 - so.position) FROM sources so "
                    u"JOIN files f ON f.id = so.file_id WHERE so.item_id = items.id) "
                    u"WHERE id IN (SELECT id FROM affected WHERE id <= ?) "
                    u"AND EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s
                            .arg(PositionsPerFile).arg(PositionsPerFile - 1), {maxId})
            // Category counts change by the links this file takes away and brings.
            && exec(u"DELETE FROM delta"_s)
            && exec(u"INSERT INTO delta(category_id, n) SELECT ic.category_id, -count(*) FROM affected a "
                    u"CROSS JOIN item_categories ic ON ic.item_id = a.id WHERE a.id <= ? GROUP BY ic.category_id"_s,
                    {maxId})
            && exec(u"DELETE FROM item_categories WHERE item_id IN (SELECT id FROM affected WHERE id <= ?)"_s, {maxId})
            && exec(u"INSERT OR IGNORE INTO item_categories(category_id, sort_key, item_id) "
                    u"SELECT c.id, i.sort_key, i.id FROM affected a CROSS JOIN items i ON i.id = a.id "
                    u"CROSS JOIN sources so ON so.item_id = a.id CROSS JOIN json_each(so.categories) j "
                    u"JOIN categories c ON c.name = j.value"_s)
            && exec(u"INSERT INTO delta(category_id, n) SELECT ic.category_id, count(*) FROM affected a "
                    u"CROSS JOIN item_categories ic ON ic.item_id = a.id GROUP BY ic.category_id "
                    u"ON CONFLICT(category_id) DO UPDATE SET n = n + excluded.n"_s)
            && exec(u"UPDATE categories SET item_count = item_count + "
                    u"(SELECT n FROM delta WHERE delta.category_id = categories.id) "
                    u"WHERE id IN (SELECT category_id FROM delta)"_s)
            // Items no file holds any more lose their entry now, while their
            // text is still here to say what to remove, and leave the queue.
            && exec(u"INSERT INTO items_fts(items_fts, rowid, title, summary, categories) "
                    u"SELECT 'delete', q.sort_key, %1, %2, q.categories FROM affected a "
                    u"CROSS JOIN index_queue q ON q.item_id = a.id CROSS JOIN items i ON i.id = a.id "
                    u"WHERE a.id <= ? AND q.sort_key IS NOT NULL "
                    u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id) ORDER BY q.sort_key"_s
                            .arg(SearchIndex::textSql(u"i.title"_s), SearchIndex::textSql(u"i.summary"_s)), {maxId})
            && exec(u"INSERT INTO category_sets(categories, item_count) SELECT q.categories, -count(*) FROM affected a "
                    u"CROSS JOIN index_queue q ON q.item_id = a.id WHERE a.id <= ? AND q.sort_key IS NOT NULL "
                    u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id) GROUP BY q.categories "
                    u"ON CONFLICT(categories) DO UPDATE SET item_count = item_count + excluded.item_count"_s, {maxId})
            && exec(u"DELETE FROM category_sets WHERE item_count = 0"_s)
            // Those items leave the queue, and so do items whose key and
            // categories this file left as they were: they keep their entry and
            // need not wait (nor be hidden) for updateIndex().
            && exec(u"DELETE FROM index_queue WHERE item_id IN (SELECT q.item_id FROM affected a "
                    u"CROSS JOIN index_queue q ON q.item_id = a.id CROSS JOIN items i ON i.id = a.id WHERE a.id <= ? "
                    u"AND (NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = a.id) OR %1))"_s
                            .arg(entryIsCurrent(u"q"_s)), {maxId})
            // Items no file holds any more leave the cache (their reader state stays, keyed by content).
            && exec(u"DELETE FROM items WHERE id IN (SELECT id FROM affected WHERE id <= ?) "
                    u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s, {maxId});
    // (Categories no item holds any more are removed by updateIndex().)
    if (!ok)
        return failed();

    q.prepare(u"INSERT OR IGNORE INTO vocabulary(name) VALUES (?)"_s);
    for (const QString &name : file.learned) {
        q.bindValue(0, name);
        if (!q.exec())
            return failed();
    }

    if (forgetFile && !exec(u"DELETE FROM files WHERE id = ?"_s, {fileId}))
        return failed();

    m_store.indexChanged(); // entries of vanished items went
    m_queued += m_queuedInFile;
    m_pending.itemsNew += itemsNew;
    (forgetFile ? m_pending.removed : m_pending.imported).append(path);
    return true;
}

bool NewsImporter::beginBatch(ImportReport &report)
{
    m_batch.emplace(m_store.database());
    if (!m_batch->isActive()) {
        m_batch.reset();
        return fail(report, tr("importing"), m_store.database().lastError().text());
    }
    m_batchTimer.start();
    return true;
}

bool NewsImporter::commitBatch(ImportReport &report)
{
    if (!m_batch)
        return true;
    const bool committed = m_batch->commit();
    m_batch.reset();
    m_batchFiles.clear();
    Pending pending = std::exchange(m_pending, {});
    if (!committed)
        return fail(report, tr("importing"), m_store.database().lastError().text());
    report.imported += pending.imported;
    report.removed += pending.removed;
    report.itemsNew += pending.itemsNew;
    return true;
}

bool NewsImporter::removeFile(qint64 fileId, const QString &path, ImportReport &report)
{
    // A vanished file is stored as one that holds no items and forgotten. The hash must not be a null QByteArray (NULL in a NOT
    // NULL column).
    PreparedListing file;
    file.path = path;
    file.fileId = fileId;
    file.hash = QByteArray("");
    return store(file, report, Write::Forget);
}

bool NewsImporter::countQueued(const QSqlQuery &query)
{
    m_queuedInFile += std::max(query.numRowsAffected(), 0);
    return true;
}

bool NewsImporter::updateIndex(ImportReport &report)
{
    // Two passes over the queue, in chunks of its own transaction each. First
    // every old entry that changed goes (an unchanged one stays and its item
    // leaves the queue); then every queued item gets its entry. All old
    // entries go before any new one comes, because an item's new key may be
    // another queued item's old one. Within a chunk both run in key order:
    // FTS5 flushes its pending changes to a new segment whenever a rowid is not
    // above the one before.
    const QString title = SearchIndex::textSql(u"i.title"_s);
    const QString summary = SearchIndex::textSql(u"i.summary"_s);
    const QString newCategories =
            u"UPDATE reindex SET new_categories = %1"_s.arg(SearchIndex::categoriesSql(u"reindex.id"_s));
    const QString addToSets = u"INSERT INTO category_sets(categories, item_count) SELECT %1, %2count(*) FROM reindex "
                              u"WHERE %1 IS NOT NULL GROUP BY %1 "
                              u"ON CONFLICT(categories) DO UPDATE SET item_count = item_count + excluded.item_count"_s;
    const QStringList removeOld = {
        u"INSERT INTO reindex(id, sort_key, categories) SELECT item_id, sort_key, categories FROM index_queue "
        u"WHERE sort_key IS NOT NULL ORDER BY item_id LIMIT %1"_s.arg(m_indexChunk),
        u"DELETE FROM index_queue WHERE item_id IN (SELECT r.id FROM reindex r CROSS JOIN items i ON i.id = r.id "
        u"WHERE %1)"_s.arg(entryIsCurrent(u"r"_s)),
        u"DELETE FROM reindex WHERE id NOT IN (SELECT item_id FROM index_queue)"_s,
        u"INSERT INTO items_fts(items_fts, rowid, title, summary, categories) SELECT 'delete', r.sort_key, %1, %2, "
        u"r.categories FROM reindex r CROSS JOIN items i ON i.id = r.id ORDER BY r.sort_key"_s.arg(title, summary),
        addToSets.arg(u"categories"_s, u"-"_s),
        u"UPDATE index_queue SET sort_key = NULL, categories = NULL WHERE item_id IN (SELECT id FROM reindex)"_s,
    };
    const QStringList addNew = {
        u"INSERT INTO reindex(id) SELECT item_id FROM index_queue ORDER BY item_id LIMIT %1"_s.arg(m_indexChunk),
        newCategories,
        u"INSERT INTO items_fts(rowid, title, summary, categories) SELECT i.sort_key, %1, %2, r.new_categories "
        u"FROM reindex r CROSS JOIN items i ON i.id = r.id ORDER BY i.sort_key"_s.arg(title, summary),
        addToSets.arg(u"new_categories"_s, QString()),
        u"DELETE FROM index_queue WHERE item_id IN (SELECT id FROM reindex)"_s,
    };
    QSqlDatabase db = m_store.database();
    for (const QStringList *pass : {&removeOld, &addNew}) {
        for (;;) {
            SqlTransaction transaction(db);
            QSqlQuery q(db);
            if (!transaction.isActive() || !q.exec(u"DELETE FROM reindex"_s) || !q.exec(pass->first()))
                return fail(report, tr("updating the search index"), q.lastError().text());
            if (q.numRowsAffected() <= 0)
                break;
            for (const QString &sql : pass->mid(1)) {
                if (!q.exec(sql))
                    return fail(report, tr("updating the search index"), q.lastError().text());
            }
            if (!q.exec(u"DELETE FROM category_sets WHERE item_count = 0"_s) || !transaction.commit())
                return fail(report, tr("updating the search index"), db.lastError().text());
            m_store.indexChanged();
            report.indexUpdated = true;
            if (m_progress && !m_progress(-1, -1, QString())) {
                report.cancelled = true;
                return true;
            }
        }
    }
    // Categories no item holds any more go once no queued entry can name them
    // (an id used again would make an old entry match the new category).
    {
        QSqlQuery q(db);
        if (!q.exec(u"DELETE FROM categories WHERE NOT EXISTS "
                    u"(SELECT 1 FROM item_categories ic WHERE ic.category_id = categories.id)"_s))
            return fail(report, tr("updating the search index"), q.lastError().text());
    }
    QSqlQuery q(db);
    m_queued = q.exec(u"SELECT count(*) FROM index_queue"_s) && q.next() ? q.value(0).toLongLong() : 0;
    return true;
}
