#include "models/store/postgres/pgimportwriter.h"

#include "models/store/postgres/pgconnection.h"
#include "models/store/postgres/pgschema.h"
#include "models/store/postgres/pgsearchtext.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QSet>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Listing order as the SQLite cache keeps it: later files first, then the
// position in the file; an item takes the largest key of its sources.
constexpr qint64 PositionsPerFile = PgSchema::PositionsPerFile;
// The advisory lock that importers' batches share and the removal of unused
// categories takes alone.
constexpr int CategoriesLock = 0x6e647331; // "nds1"
// How often a file's items are written again when another desktop removed
// some of them between their insert and their lock (see lockItems()).
constexpr int LinkTries = 5;
// Rows deleted from the staging table before it is truncated instead.
constexpr qint64 TruncateStagedAfter = 20000;
// A batch that deadlocked with another import's is written again this many
// times, after a pause of a random 50-250 ms times the try (the two imports
// do not meet again in step); it keeps its files for that up to ReplayItems
// items (a larger batch fails as before and the importer says so).
constexpr int DeadlockTries = 5;
// The batch's own settings (SET LOCAL: they end with it). The search text's
// trigram index takes new rows into its pending list, which the inserting
// statement merges into the index once it holds gin_pending_list_limit
// (4 MB by default), sorting what it merges in work_mem: a larger list merged
// with more memory touches each index page once for more rows (docs/
// PERFORMANCE.md, "Session 13"). Readers scan the list too; autovacuum and
// the next merge empty it.
constexpr auto BatchSettings = "SELECT set_config('work_mem', '64MB', true), "
                               "set_config('gin_pending_list_limit', '32MB', true)"_L1;
constexpr qint64 ReplayItems = 20000;

// THE PER-ITEM COLUMNS, in one place. Each is bound once per file (or part) as
// one text[] array and staged (the temporary table `staged`, one row per item
// of the file) through `expression` (%1: the array's element); `itemColumn`
// is the column of `items` it fills (none: it is only staged). A new per-item
// value is one more row here (and its column in the schema).
struct ItemColumn
{
    QLatin1StringView staged;
    QLatin1StringView type;       // the staged column's type
    QLatin1StringView expression; // from the array's text element %1
    QLatin1StringView itemColumn;
    QString (*value)(const PreparedItem &item, qint64 position);
};

const std::array<ItemColumn, 8> &itemColumns()
{
    static const std::array<ItemColumn, 8> columns{{
            {"k"_L1, "bytea"_L1, "decode(%1, 'hex')"_L1, "key"_L1,
             [](const PreparedItem &i, qint64) { return QString::fromLatin1(i.key.toHex()); }},
            {"t"_L1, "text"_L1, "%1"_L1, "title"_L1, [](const PreparedItem &i, qint64) { return i.title; }},
            {"s"_L1, "text"_L1, "%1"_L1, "summary"_L1, [](const PreparedItem &i, qint64) { return i.summary; }},
            {"tk"_L1, "text"_L1, "%1"_L1, "title_key"_L1,
             [](const PreparedItem &i, qint64) { return i.titleKey; }},
            {"p"_L1, "bigint"_L1, "%1::bigint"_L1, {}, // the position in the file (sources, sort_key)
             [](const PreparedItem &, qint64 position) { return QString::number(position); }},
            {"c"_L1, "jsonb"_L1, "%1::jsonb"_L1, {}, // the category line's names (sources)
             [](const PreparedItem &i, qint64) { return i.categories; }},
            // The search text, folded here (PgSearchText); the categories' part
            // is set again when linking adds others.
            {"f"_L1, "text"_L1, "%1"_L1, "search_text"_L1,
             [](const PreparedItem &i, qint64) { return PgSearchText::item(i.title, i.summary); }},
            {"fc"_L1, "text"_L1, "%1"_L1, "search_categories"_L1,
             [](const PreparedItem &i, qint64) { return PgSearchText::categories(i.categories); }},
    }};
    return columns;
}

// Appends text to a PostgreSQL array literal as one quoted element.
void appendElement(QString &array, const QString &text)
{
    array.append(array.size() > 1 ? u",\""_s : u"\""_s);
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            array.append(u'\\');
        array.append(c);
    }
    array.append(u'"');
}

// The temporary table the items of one file (or part) are staged in.
QString stagedTable()
{
    QStringList columns;
    for (const ItemColumn &column : itemColumns())
        columns.append(column.staged + u' ' + column.type);
    return u"CREATE TEMP TABLE IF NOT EXISTS staged (%1)"_s.arg(columns.join(u", "_s));
}

// Staging: INSERT INTO staged SELECT <expressions> FROM unnest(<one array per column>).
QString stageStatement()
{
    QStringList names;
    QStringList expressions;
    QStringList arrays;
    for (const ItemColumn &column : itemColumns()) {
        names.append(column.staged);
        expressions.append(QString(column.expression).arg(u"u."_s + column.staged));
        arrays.append(u"?::text[]"_s);
    }
    return u"INSERT INTO staged(%1) SELECT %2 FROM unnest(%3) AS u(%1)"_s.arg(
            names.join(u", "_s), expressions.join(u", "_s), arrays.join(u", "_s));
}

// New items from what is staged (where, a condition on staged), in key order;
// sort_key from the file's base and the position, and added_at bound.
QString insertItemsStatement(const QString &where)
{
    QStringList targets;
    QStringList values;
    for (const ItemColumn &column : itemColumns()) {
        if (column.itemColumn.isEmpty())
            continue;
        targets.append(column.itemColumn);
        values.append(u"s."_s + column.staged);
    }
    return u"INSERT INTO items(%1, sort_key, added_at) SELECT %2, ?::bigint - s.p, ?::bigint FROM staged s %3 "
           u"ORDER BY s.k ON CONFLICT (key) DO NOTHING"_s.arg(targets.join(u", "_s), values.join(u", "_s), where);
}

} // namespace

// The rows of select (items `it`, with its id first) locked FOR NO KEY UPDATE
// in id order before an UPDATE of them: two imports updating the same items
// wait for each other in that order instead of deadlocking (an UPDATE ... FROM
// locks its rows in the order of its join). A condition on `it` in select is
// checked again on a row another import changed meanwhile. select names the
// items by id with = ANY(ARRAY(...)): a join alone lets the planner pick a
// hash join over every item (a temporary table's size is a guess), seconds
// per statement at 1,000,000 items.
QString PgImportWriter::lockedInIdOrder(const QString &select)
{
    return select + u" ORDER BY it.id FOR NO KEY UPDATE OF it"_s;
}

PgImportWriter::PgImportWriter(const PgConnection &connection)
    : m_connection(connection)
{
}

PgImportWriter::~PgImportWriter()
{
    if (m_batch)
        rollbackTransaction();
}

bool PgImportWriter::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection.database());
    return m_connection.exec(q, sql, values) || failed(q);
}

// The statement of q failed: its error, and whether it was a deadlock
// (40P01: the server ended this statement to let another import's go on).
// q is kept until its transaction is undone: a prepared statement cannot be
// freed in an aborted transaction (the server would keep it, and the driver
// says "Unable to free statement" on the person's terminal at each failure).
bool PgImportWriter::failed(QSqlQuery &q)
{
    m_error = m_connection.error();
    m_deadlock = m_deadlock || q.lastError().nativeErrorCode() == u"40P01"_s;
    m_failed.push_back(std::move(q));
    return false;
}

void PgImportWriter::rollbackTransaction()
{
    m_connection.rollback();
    m_failed.clear(); // (freed now that the transaction is over)
}

bool PgImportWriter::beginImport()
{
    // released: the items whose sources went with the open file's old
    // content (their listing key and categories are worked out again, and
    // they are dropped at the end when no file holds them); staged: the items
    // of the file (or part) being written.
    return makeTempTables();
}

bool PgImportWriter::makeTempTables()
{
    return run(u"CREATE TEMP TABLE IF NOT EXISTS released (id bigint PRIMARY KEY)"_s) && run(stagedTable());
}

std::optional<QHash<QString, ImportWriter::KnownFile>> PgImportWriter::knownFiles()
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT path, id, size, mtime, hash FROM files"_s)) {
        m_error = m_connection.error();
        return std::nullopt;
    }
    QHash<QString, KnownFile> known;
    while (q.next()) {
        known.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                             q.value(3).toLongLong(), q.value(4).toByteArray()});
    }
    return known;
}

std::optional<QStringList> PgImportWriter::vocabulary()
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT name FROM vocabulary"_s)) {
        m_error = m_connection.error();
        return std::nullopt;
    }
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

void PgImportWriter::reset()
{
    m_stagedItems = 0;
    m_stagedFiles = 0;
    m_written = {};
    m_openFileId = 0;
    m_openOrdinal = 0;
    m_openPath.clear();
    m_nextPosition = 1;
    m_released = 0;
}

bool PgImportWriter::beginBatch()
{
    m_steps.clear();
    m_reportedSteps = 0;
    m_keptItems = 0;
    m_keeping = true;
    return openBatch();
}

bool PgImportWriter::openBatch()
{
    reset();
    m_deadlock = false;
    m_failed.clear(); // (no transaction is open: each can be freed)
    if (!m_connection.begin()) {
        m_error = m_connection.error();
        return false;
    }
    m_batch = true;
    // (Shared with the other importers' batches: see removeUnusedCategories().
    // The temporary tables again: a connection made again after one was
    // lost starts without them.)
    if (run(u"SELECT pg_advisory_xact_lock_shared(%1)"_s.arg(CategoriesLock)) && run(QString(BatchSettings))
        && makeTempTables() && run(u"DELETE FROM released"_s))
        return true;
    rollbackBatch();
    return false;
}

bool PgImportWriter::commitBatch()
{
    if (!m_batch)
        return true;
    m_batch = false;
    reset();
    m_steps.clear();
    const bool committed = m_connection.commit();
    m_failed.clear();
    if (committed)
        return true;
    m_error = m_connection.error();
    return false;
}

void PgImportWriter::rollbackBatch()
{
    if (std::exchange(m_batch, false))
        rollbackTransaction();
    reset();
    if (!m_replaying)
        m_steps.clear();
}

// Keeps a step of the open batch, to be given again after a deadlock.
void PgImportWriter::keep(Step step)
{
    if (m_replaying || !m_keeping)
        return;
    m_keptItems += step.file.items.size();
    if (m_keptItems > ReplayItems) {
        m_keeping = false;
        m_steps.clear();
        return;
    }
    m_steps.append(std::move(step));
}

// ok, or the batch written again when a deadlock ended it (replay()).
bool PgImportWriter::retried(bool ok)
{
    if (ok || !m_deadlock || m_replaying || !m_keeping)
        return ok;
    return replay();
}

// The server ended a statement of this batch for a deadlock with another
// import (40P01): the batch is undone and its steps given again in a new
// transaction, after a random pause; what writeStaged() reported before is
// not counted again.
bool PgImportWriter::replay()
{
    const QString firstError = m_error;
    for (int attempt = 1; attempt <= DeadlockTries; ++attempt) {
        qCInfo(lcStore).noquote() << m_connection.server() << "deadlocked with another import; writing the batch of"
                                  << m_steps.size() << "files again, try" << attempt;
        if (std::exchange(m_batch, false))
            rollbackTransaction();
        QThread::msleep(QRandomGenerator::global()->bounded(50, 250) * attempt);
        if (!openBatch())
            return false;
        m_replaying = true;
        bool ok = true;
        for (qsizetype i = 0; ok && i < m_steps.size(); ++i) {
            if (i == m_reportedSteps)
                writeStaged();
            ok = apply(m_steps.at(i));
        }
        if (ok && m_reportedSteps == m_steps.size())
            writeStaged();
        m_replaying = false;
        if (ok)
            return true;
        if (!m_deadlock)
            return false;
    }
    m_error = PgConnection::tr("The shared archive %1 kept meeting another import of the same items (a deadlock, "
                               "%2 times), and this file was not stored; importing it again in a moment stores it. "
                               "(%3)")
                      .arg(m_connection.server())
                      .arg(DeadlockTries)
                      .arg(firstError);
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

bool PgImportWriter::apply(const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Store:
        return storeOnce(step.file);
    case Step::Kind::Forget:
        return forgetOnce(step.fileId, step.path);
    case Step::Kind::Touch:
        return run(u"UPDATE files SET size = ?, mtime = ? WHERE id = ?"_s,
                   {step.file.size, step.file.mtime, step.file.fileId});
    }
    return false;
}

std::optional<ImportWriter::Written> PgImportWriter::writeStaged()
{
    // (Every file was written when it came.)
    if (!m_replaying)
        m_reportedSteps = m_steps.size();
    const Written written = std::exchange(m_written, {});
    m_stagedItems = 0;
    m_stagedFiles = 0;
    return written;
}

// The file's record, new or updated by path (another desktop may have
// stored it since knownFiles()); its id and ordinal.
std::optional<std::pair<qint64, qint64>> PgImportWriter::recordFile(const PreparedListing &file)
{
    QSqlQuery q(m_connection.database());
    const QVariantList values = {file.path, file.size, file.mtime, file.hash, file.header,
                                 qint64(file.items.size()), QDateTime::currentMSecsSinceEpoch()};
    if (!m_connection.exec(q, u"INSERT INTO files(path, size, mtime, hash, ordinal, header, item_count, imported_at) "
                              u"VALUES (?, ?, ?, ?, nextval('file_ordinals'), ?, ?, ?) "
                              u"ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, "
                              u"hash = excluded.hash, header = excluded.header, item_count = excluded.item_count, "
                              u"imported_at = excluded.imported_at RETURNING id, ordinal"_s,
                           values)
        || !q.next()) {
        failed(q);
        return std::nullopt;
    }
    return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

// The file's old sources go; their items are released.
bool PgImportWriter::release(qint64 fileId)
{
    { // (freed before the next statement: after a failure of that one it could not be, see failed())
        QSqlQuery q(m_connection.database());
        if (!m_connection.exec(q, u"INSERT INTO released SELECT item_id FROM sources WHERE file_id = ? "
                                  u"ON CONFLICT DO NOTHING"_s,
                               {fileId})) {
            return failed(q);
        }
        m_released += std::max(0, q.numRowsAffected());
    }
    return run(u"DELETE FROM sources WHERE file_id = ?"_s, {fileId});
}

bool PgImportWriter::addNames(const QString &table, const QStringList &names)
{
    if (names.isEmpty())
        return true;
    if (table == u"categories"_s) // (with their search text)
        return run(PgSearchText::insertCategoriesSql(), PgSearchText::insertCategoriesValues(names));
    QStringList sortedNames = names;
    sortedNames.sort();
    QString array = u"{"_s;
    for (const QString &name : std::as_const(sortedNames))
        appendElement(array, name);
    array.append(u'}');
    return run(u"INSERT INTO %1(name) SELECT n FROM unnest(?::text[]) AS n ORDER BY n "
               u"ON CONFLICT DO NOTHING"_s.arg(table),
               {array});
}

// The items of a file (or part) into the staging table: one array per column.
bool PgImportWriter::stage(const PreparedListing &file)
{
    const auto &columns = itemColumns();
    std::array<QString, std::tuple_size_v<std::decay_t<decltype(columns)>>> arrays;
    arrays.fill(u"{"_s);
    for (const PreparedItem &item : file.items) {
        const qint64 position = m_nextPosition++;
        for (std::size_t c = 0; c < columns.size(); ++c)
            appendElement(arrays[c], columns[c].value(item, position));
    }
    QVariantList values;
    for (QString &array : arrays)
        values.append(std::move(array.append(u'}')));
    // (A large file's parts share one transaction: its deleted rows would stay
    // in the table until it commits, so a full table is truncated; TRUNCATE
    // makes a new file each time, too dear for every small file.)
    const bool truncate = m_stagedRows > TruncateStagedAfter;
    m_stagedRows = truncate ? 0 : m_stagedRows;
    m_stagedRows += file.items.size();
    return run(truncate ? u"TRUNCATE staged"_s : u"DELETE FROM staged"_s) && run(stageStatement(), values);
}

// New items (by content key) from what is staged without an item (all of it
// the first time).
bool PgImportWriter::insertItems(qint64 ordinal, bool missingOnly)
{
    QSqlQuery q(m_connection.database());
    const QString where = missingOnly ? u"WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.key = s.k)"_s : QString();
    if (!m_connection.exec(q, insertItemsStatement(where),
                           {ordinal * PositionsPerFile + PositionsPerFile - 1, QDateTime::currentMSecsSinceEpoch()})) {
        return failed(q);
    }
    m_written.itemsNew += q.numRowsAffected();
    return true;
}

// Locks (FOR KEY SHARE) every item the staged rows name, in key order, until
// the batch ends: another desktop's import that releases one of them then
// leaves it alone (removeReleased() skips locked items). An item another import
// removed after insertItems() found it is not there to lock: its row is
// written again, and locked. Whether all distinctKeys items are held.
std::optional<bool> PgImportWriter::lockItems(qint64 distinctKeys)
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT count(*) FROM (SELECT 1 FROM items WHERE key IN (SELECT k FROM staged) "
                              u"ORDER BY key FOR KEY SHARE OF items) AS held"_s)
        || !q.next()) {
        failed(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong() == distinctKeys;
}

// The items (new ones by content key) and the file's sources of them.
bool PgImportWriter::addItems(qint64 fileId, qint64 ordinal, const PreparedListing &file)
{
    if (file.part == 0)
        m_nextPosition = 1;
    if (!stage(file) || !insertItems(ordinal, false))
        return false;
    QSet<QByteArray> keys;
    for (const PreparedItem &item : file.items)
        keys.insert(item.key);
    for (int attempt = 1;; ++attempt) {
        const std::optional<bool> held = lockItems(keys.size());
        if (!held)
            return false;
        if (*held)
            break;
        qCInfo(lcStore).noquote() << m_connection.server() << "items of" << file.path
                                  << "were removed by another import while they were written: writing them again";
        if (attempt == LinkTries) {
            m_error = PgConnection::tr("The shared archive %1 kept removing items of %2 while they were written "
                                       "(another import); try again.")
                              .arg(m_connection.server(), file.path);
            qCWarning(lcStore).noquote() << m_error;
            return false;
        }
        if (!insertItems(ordinal, true))
            return false;
    }
    return link(fileId, ordinal);
}

// The file's sources of the staged items; each item linked gains the
// source's categories and, when the source lists it later than any before,
// its listing key (an item's categories are those of all its sources, its key
// the largest: a new source only adds). Set-wise from the rows inserted; the
// categories in item order, as every import writes them (two imports adding
// the same category to the same items wait for each other in one order).
bool PgImportWriter::link(qint64 fileId, qint64 ordinal)
{
    return run(u"WITH linked AS (INSERT INTO sources(file_id, position, item_id, categories) "
               u"SELECT ?::bigint, s.p, i.id, s.c FROM staged s JOIN items i ON i.key = s.k "
               u"RETURNING item_id, position, categories), "
               u"named AS (INSERT INTO item_categories(category_id, item_id) SELECT DISTINCT c.id, l.item_id "
               u"FROM linked l CROSS JOIN jsonb_array_elements_text(l.categories) AS n(name) "
               u"JOIN categories c ON c.name = n.name ORDER BY l.item_id, c.id ON CONFLICT DO NOTHING), "
               u"later AS (SELECT item_id, max(?::bigint - position) AS sort_key FROM linked GROUP BY item_id) "
               u"UPDATE items i SET sort_key = k.sort_key FROM (%1) k WHERE i.id = k.id"_s.arg(lockedInIdOrder(
                       u"SELECT it.id, l.sort_key FROM items it JOIN later l ON l.item_id = it.id "
                       u"WHERE it.id = ANY(ARRAY(SELECT item_id FROM later)) AND it.sort_key < l.sort_key"_s)),
               {fileId, ordinal * PositionsPerFile + PositionsPerFile - 1})
            && updateSearchCategories(u"SELECT i.id FROM staged s JOIN items i ON i.key = s.k"_s);
}

bool PgImportWriter::updateSearchCategories(const QString &idsSql)
{
    // Two statements: the second reads the categories after the locks of the
    // first were granted (another import's categories committed meanwhile too).
    return run(PgSearchText::lockForCategoriesSql(idsSql)) && run(PgSearchText::updateCategoriesSql(idsSql));
}

bool PgImportWriter::storeFile(const PreparedListing &file)
{
    keep({Step::Kind::Store, file, 0, {}});
    return retried(storeOnce(file));
}

bool PgImportWriter::storeOnce(const PreparedListing &file)
{
    const bool continued = file.part > 0;
    if (continued && (m_openFileId == 0 || m_openPath != file.path)) {
        m_error = u"part %1 of %2 came without the parts before it"_s.arg(file.part).arg(file.path);
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    if (!continued) {
        const std::optional<std::pair<qint64, qint64>> record = recordFile(file);
        if (!record || !release(record->first))
            return false;
        m_openFileId = record->first;
        m_openOrdinal = record->second;
        m_openPath = file.path;
    } else if (!run(u"UPDATE files SET item_count = item_count + ? WHERE id = ?"_s,
                    {qint64(file.items.size()), m_openFileId})) {
        return false;
    }
    if (!addNames(u"categories"_s, file.categories) || !addItems(m_openFileId, m_openOrdinal, file)
        || !addNames(u"vocabulary"_s, file.learned))
        return false;
    m_stagedItems += file.items.size();
    // (A later part counts as a file when none is staged: the importer asks
    // writeStaged() for what was written only when a file is, and a part's
    // new items would go uncounted.)
    if (!continued || m_stagedFiles == 0)
        ++m_stagedFiles;
    if (!file.lastPart)
        return true;
    m_openFileId = 0;
    m_openPath.clear();
    return finishFile();
}

bool PgImportWriter::forgetFile(qint64 fileId, const QString &path)
{
    keep({Step::Kind::Forget, {}, fileId, path});
    return retried(forgetOnce(fileId, path));
}

bool PgImportWriter::forgetOnce(qint64 fileId, const QString &path)
{
    if (m_openFileId != 0) {
        m_error = u"%1 was forgotten while %2 was given in parts"_s.arg(path, m_openPath);
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    ++m_stagedFiles;
    return release(fileId) && run(u"DELETE FROM files WHERE id = ?"_s, {fileId}) && finishFile();
}

bool PgImportWriter::touchFile(const PreparedListing &file)
{
    Step step{Step::Kind::Touch, file, 0, {}};
    step.file.items.clear(); // (only its size and time are written)
    keep(step);
    return retried(apply(step));
}

// The items the file released (its old content's) get their listing key and
// categories again from the sources they have left (another import linking
// one of them at the same time writes its categories too: both stay); those
// no file holds any more go (each person's marks stay, by key). The released
// items are looked up by index (= ANY(ARRAY(...))), never by reading every
// source.
bool PgImportWriter::finishFile()
{
    // Windows listening (PgConnection::listen) hear of the file when the batch commits.
    if (!run(u"SELECT pg_notify(?, '')"_s, {QString::fromUtf16(PgConnection::ChangesChannel)}))
        return false;
    if (std::exchange(m_released, 0) == 0)
        return true;
    const QString released = u"ANY(ARRAY(SELECT id FROM released))"_s;
    const QString keys = u"SELECT it.id, k.sort_key FROM items it JOIN (SELECT so.item_id, "
                         u"max(f.ordinal * %1 + %2 - so.position) AS sort_key FROM sources so JOIN files f "
                         u"ON f.id = so.file_id WHERE so.item_id = %3 GROUP BY so.item_id) k "
                         u"ON k.item_id = it.id WHERE it.id = %3 AND it.sort_key <> k.sort_key"_s.arg(PositionsPerFile)
                                 .arg(PositionsPerFile - 1)
                                 .arg(released);
    return run(u"UPDATE items i SET sort_key = k.sort_key FROM (%1) k WHERE i.id = k.id"_s.arg(lockedInIdOrder(keys)))
            && run(u"DELETE FROM item_categories WHERE item_id = %1"_s.arg(released))
            && run(u"INSERT INTO item_categories(category_id, item_id) SELECT DISTINCT c.id, so.item_id "
                   u"FROM sources so CROSS JOIN jsonb_array_elements_text(so.categories) AS n(name) "
                   u"JOIN categories c ON c.name = n.name WHERE so.item_id = %1 ORDER BY so.item_id, c.id "
                   u"ON CONFLICT DO NOTHING"_s.arg(released))
            && updateSearchCategories(u"SELECT id FROM released"_s)
            && removeReleased() && run(u"DELETE FROM released"_s);
}

// The released items no file holds go. Another desktop's import may be
// linking one of them in its open transaction (its sources not visible here
// yet): it holds the item FOR KEY SHARE (lockItems()). So the items are locked
// FOR UPDATE first, skipping those another import holds (they are being
// linked), and only then, in a statement of its own that sees every link
// committed meanwhile, are those still without a source deleted. A single
// DELETE ... WHERE NOT EXISTS would wait for the other import and then delete
// the item it had just linked (with its sources: ON DELETE CASCADE).
bool PgImportWriter::removeReleased()
{
    { // (freed before the next statement, as in release())
        QSqlQuery q(m_connection.database());
        if (!m_connection.exec(
                    q, u"WITH candidates AS (SELECT id FROM items WHERE id IN (SELECT id FROM released) "
                       u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)), "
                       u"locked AS (SELECT id FROM items WHERE id IN (SELECT id FROM candidates) "
                       u"ORDER BY key FOR UPDATE OF items SKIP LOCKED), "
                       u"kept AS (DELETE FROM released r WHERE NOT EXISTS "
                       u"(SELECT 1 FROM locked l WHERE l.id = r.id)) "
                       u"SELECT c.id FROM candidates c WHERE NOT EXISTS (SELECT 1 FROM locked l WHERE l.id = c.id)"_s)) {
            return failed(q);
        }
        // Those another import holds: if it is undone, the item is left
        // without a file, and removeUnusedCategories() looks at it again.
        while (q.next())
            m_heldElsewhere.insert(q.value(0).toLongLong());
    }
    return run(u"DELETE FROM items WHERE id IN (SELECT id FROM released) "
               u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s);
}

// While no batch of any importer is open: a batch may have found a category
// in place (and not linked its items to it yet) that no committed item holds;
// and an item that removeReleased() left because another import held it goes
// if that import was undone. Every batch holds the lock shared: this waits
// for the open ones to end only when it has such an item to look at; else,
// when other imports keep the archive busy, it leaves the categories to a
// later import.
bool PgImportWriter::removeUnusedCategories()
{
    if (m_batch)
        return true; // (the importer calls it between batches)
    if (!m_connection.begin()) {
        m_error = m_connection.error();
        return false;
    }
    const bool wait = !m_heldElsewhere.isEmpty();
    QSqlQuery q(m_connection.database());
    const QString lock = wait ? u"SELECT true FROM pg_advisory_xact_lock(%1)"_s : u"SELECT pg_try_advisory_xact_lock(%1)"_s;
    if (!m_connection.exec(q, lock.arg(CategoriesLock)) || !q.next()) {
        m_error = m_connection.error();
        rollbackTransaction();
        return false;
    }
    if (!q.value(0).toBool()) {
        qCInfo(lcStore).noquote() << m_connection.server()
                                  << "is busy with other imports: unused categories are left to a later import";
        rollbackTransaction();
        return true;
    }
    QStringList held;
    for (const qint64 id : std::as_const(m_heldElsewhere))
        held.append(QString::number(id));
    if (run(u"DELETE FROM items WHERE id = ANY(?::bigint[]) "
            u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s,
            {u"{%1}"_s.arg(held.join(u','))})
        && run(u"DELETE FROM categories c WHERE NOT EXISTS "
               u"(SELECT 1 FROM item_categories ic WHERE ic.category_id = c.id)"_s)
        && m_connection.commit()) {
        m_heldElsewhere.clear();
        return true;
    }
    m_error = m_connection.error();
    rollbackTransaction();
    return false;
}
