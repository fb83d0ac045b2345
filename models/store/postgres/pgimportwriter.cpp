#include "models/store/postgres/pgimportwriter.h"

#include "models/store/postgres/pgconnection.h"
#include "models/store/postgres/pgschema.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Listing order as the SQLite cache keeps it: later files first, then the
// position in the file; an item takes the largest key of its sources.
constexpr qint64 PositionsPerFile = PgSchema::PositionsPerFile;
// The advisory lock that importers' batches share and the removal of unused
// categories takes alone.
constexpr int CategoriesLock = 0x6e647331; // "nds1"

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

PgImportWriter::PgImportWriter(const PgConnection &connection)
    : m_connection(connection)
{
}

PgImportWriter::~PgImportWriter()
{
    if (m_batch)
        m_connection.rollback();
}

bool PgImportWriter::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection.database());
    if (m_connection.exec(q, sql, values))
        return true;
    m_error = m_connection.error();
    return false;
}

bool PgImportWriter::beginImport()
{
    // affected: the items the open file touched; released: those whose
    // sources went (dropped at the end when no file holds them).
    return run(u"CREATE TEMP TABLE IF NOT EXISTS affected (id bigint PRIMARY KEY)"_s)
            && run(u"CREATE TEMP TABLE IF NOT EXISTS released (id bigint PRIMARY KEY)"_s);
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
}

bool PgImportWriter::beginBatch()
{
    reset();
    if (!m_connection.begin()) {
        m_error = m_connection.error();
        return false;
    }
    m_batch = true;
    // (Shared with the other importers' batches: see removeUnusedCategories().)
    if (run(u"SELECT pg_advisory_xact_lock_shared(%1)"_s.arg(CategoriesLock)) && run(u"DELETE FROM affected"_s)
        && run(u"DELETE FROM released"_s))
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
    if (m_connection.commit())
        return true;
    m_error = m_connection.error();
    return false;
}

void PgImportWriter::rollbackBatch()
{
    if (std::exchange(m_batch, false))
        m_connection.rollback();
    reset();
}

std::optional<ImportWriter::Written> PgImportWriter::writeStaged()
{
    // (Every file was written when it came.)
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
        m_error = m_connection.error();
        return std::nullopt;
    }
    return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

// The file's old sources go; their items are released.
bool PgImportWriter::release(qint64 fileId)
{
    return run(u"INSERT INTO released SELECT item_id FROM sources WHERE file_id = ? ON CONFLICT DO NOTHING"_s,
               {fileId})
            && run(u"INSERT INTO affected SELECT item_id FROM sources WHERE file_id = ? ON CONFLICT DO NOTHING"_s,
                   {fileId})
            && run(u"DELETE FROM sources WHERE file_id = ?"_s, {fileId});
}

bool PgImportWriter::addNames(const QString &table, const QStringList &names)
{
    if (names.isEmpty())
        return true;
    QStringList sortedNames = names;
    sortedNames.sort();
    return run(u"INSERT INTO %1(name) SELECT n FROM jsonb_array_elements_text(?::jsonb) AS n ORDER BY n "
               u"ON CONFLICT DO NOTHING"_s.arg(table),
               {json(QJsonArray::fromStringList(sortedNames))});
}

// The items (new ones by content key) and the file's sources of them.
bool PgImportWriter::addItems(qint64 fileId, qint64 ordinal, const PreparedListing &file)
{
    if (file.part == 0)
        m_nextPosition = 1;
    QJsonArray rows;
    for (const PreparedItem &item : file.items) {
        rows.append(QJsonObject{{u"k"_s, QString::fromLatin1(item.key.toHex())}, {u"t"_s, item.title},
                                {u"s"_s, item.summary}, {u"tk"_s, item.titleKey},
                                {u"p"_s, m_nextPosition++}, {u"c"_s, item.categories}});
    }
    const QString rowsJson = json(rows);
    const QString staged = u"jsonb_to_recordset(?::jsonb) AS s(k text, t text, s text, tk text, p bigint, c text)"_s;
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"INSERT INTO items(key, title, summary, title_key, sort_key, added_at) "
                              u"SELECT decode(s.k, 'hex'), s.t, s.s, s.tk, %2 - s.p, ?::bigint FROM %1 "
                              u"ORDER BY decode(s.k, 'hex') ON CONFLICT (key) DO NOTHING"_s
                                      .arg(staged)
                                      .arg(ordinal * PositionsPerFile + PositionsPerFile - 1),
                           {QDateTime::currentMSecsSinceEpoch(), rowsJson})) {
        m_error = m_connection.error();
        return false;
    }
    m_written.itemsNew += q.numRowsAffected();
    return run(u"INSERT INTO sources(file_id, position, item_id, categories) SELECT ?::bigint, s.p, i.id, s.c::jsonb "
               u"FROM %1 JOIN items i ON i.key = decode(s.k, 'hex')"_s.arg(staged),
               {fileId, rowsJson})
            && run(u"INSERT INTO affected SELECT i.id FROM %1 JOIN items i ON i.key = decode(s.k, 'hex') "
                   u"ON CONFLICT DO NOTHING"_s.arg(staged),
                   {rowsJson});
}

bool PgImportWriter::storeFile(const PreparedListing &file)
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
    if (!continued)
        ++m_stagedFiles;
    if (!file.lastPart)
        return true;
    m_openFileId = 0;
    m_openPath.clear();
    return finishFile();
}

bool PgImportWriter::forgetFile(qint64 fileId, const QString &path)
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
    return run(u"UPDATE files SET size = ?, mtime = ? WHERE id = ?"_s, {file.size, file.mtime, file.fileId});
}

// The items the file touched get their listing key and categories again;
// those no file holds any more go (each person's marks stay, by key).
bool PgImportWriter::finishFile()
{
    return run(u"UPDATE items i SET sort_key = k.sort_key FROM (SELECT so.item_id, "
               u"max(f.ordinal * %1 + %2 - so.position) AS sort_key FROM sources so JOIN files f ON f.id = so.file_id "
               u"WHERE so.item_id IN (SELECT id FROM affected) GROUP BY so.item_id) k "
               u"WHERE i.id = k.item_id AND i.sort_key <> k.sort_key"_s.arg(PositionsPerFile).arg(PositionsPerFile - 1))
            && run(u"DELETE FROM item_categories WHERE item_id IN (SELECT id FROM affected)"_s)
            && run(u"INSERT INTO item_categories(category_id, item_id) SELECT DISTINCT c.id, so.item_id "
                   u"FROM sources so CROSS JOIN jsonb_array_elements_text(so.categories) AS n(name) "
                   u"JOIN categories c ON c.name = n.name WHERE so.item_id IN (SELECT id FROM affected)"_s)
            && run(u"DELETE FROM items WHERE id IN (SELECT id FROM released) "
                   u"AND NOT EXISTS (SELECT 1 FROM sources so WHERE so.item_id = items.id)"_s)
            && run(u"DELETE FROM affected"_s) && run(u"DELETE FROM released"_s)
            // Windows listening (PgConnection::listen) hear it when the batch commits.
            && run(u"SELECT pg_notify(?, '')"_s, {QString::fromUtf16(PgConnection::ChangesChannel)});
}

// While no batch of any importer is open: a batch may have found a category
// in place (and not linked its items to it yet) that no committed item holds.
bool PgImportWriter::removeUnusedCategories()
{
    if (m_batch)
        return true; // (the importer calls it between batches)
    if (!m_connection.begin()) {
        m_error = m_connection.error();
        return false;
    }
    if (run(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(CategoriesLock))
        && run(u"DELETE FROM categories c WHERE NOT EXISTS "
               u"(SELECT 1 FROM item_categories ic WHERE ic.category_id = c.id)"_s)
        && m_connection.commit())
        return true;
    m_error = m_connection.error();
    m_connection.rollback();
    return false;
}
