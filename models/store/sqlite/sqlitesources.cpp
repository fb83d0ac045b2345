#include "models/store/sqlite/sqlitesources.h"

#include "models/store/sqlite/readmirror.h"
#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/sqlite/sqlitestorereading.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// paths as one bound value (a JSON array), for `json_each(?)`.
QString jsonList(const QStringList &paths)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(paths)).toJson(QJsonDocument::Compact));
}

} // namespace

SqliteSources::SqliteSources(const SqliteConnection &connection)
    : m_connection(connection)
{
}

bool SqliteSources::stateHas(const QString &table) const
{
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT 1 FROM state.sqlite_master WHERE type = 'table' AND name = ?"_s, {table})
            && m_connection.next(q);
}

void SqliteSources::addPerFile(const QString &sql, QHash<qint64, qint64> &perFile) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, sql))
        return;
    while (m_connection.next(q))
        perFile[q.value(0).toLongLong()] += q.value(1).toLongLong();
}

QList<SourceCount> SqliteSources::counts(bool mirror) const
{
    // A file's items are its kept count (files.item_count: its positions, as
    // its list in its own order shows them); the read and the hidden ones are
    // found from the marks (read_items, or the state database by key), each
    // looked up in sources by item: a walk of the marks, never of the
    // million sources. (Hidden items are few.)
    QHash<qint64, qint64> read;
    addPerFile(mirror ? u"SELECT s.file_id, count(*) FROM read_items r CROSS JOIN sources s "
                        u"ON s.item_id = r.item_id GROUP BY s.file_id"_s
                      : u"SELECT s.file_id, count(*) FROM item_state st CROSS JOIN items i ON i.key = st.key "
                        u"CROSS JOIN sources s ON s.item_id = i.id WHERE st.read GROUP BY s.file_id"_s,
               read);
    QHash<qint64, qint64> hidden;
    QHash<qint64, qint64> hiddenRead;
    if (stateHas(u"hidden_items"_s)) {
        const QString hiddenItems = u"FROM state.hidden_items h CROSS JOIN items i ON i.key = h.key "
                                    u"CROSS JOIN sources s ON s.item_id = i.id"_s;
        addPerFile(u"SELECT s.file_id, count(*) %1 GROUP BY s.file_id"_s.arg(hiddenItems), hidden);
        addPerFile(u"SELECT s.file_id, count(*) %1 WHERE %2 GROUP BY s.file_id"_s
                           .arg(hiddenItems, ReadMirror::isReadSql(mirror)),
                   hiddenRead);
    }
    QList<SourceCount> counts;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT id, path, item_count FROM files ORDER BY path"_s))
        return counts;
    while (m_connection.next(q)) {
        const qint64 id = q.value(0).toLongLong();
        SourceCount count;
        count.path = q.value(1).toString();
        count.count = q.value(2).toLongLong() - hidden.value(id);
        count.unread = count.count - (read.value(id) - hiddenRead.value(id));
        counts.append(count);
    }
    return counts;
}

qint64 SqliteSources::itemsOfFiles(const QStringList &paths, bool heldElsewhere) const
{
    QSqlQuery q(m_connection.database());
    const QString elsewhere = heldElsewhere ? u"AND EXISTS (SELECT 1 FROM sources o WHERE o.item_id = s.item_id "
                                              u"AND o.file_id NOT IN f)"_s
                                            : QString();
    if (!m_connection.run(q, u"WITH f(id) AS (SELECT id FROM files WHERE path IN (SELECT value FROM json_each(?))) "
                             u"SELECT count(DISTINCT s.item_id) FROM sources s WHERE s.file_id IN f %1"_s.arg(elsewhere),
                          {jsonList(paths)})
        || !m_connection.next(q))
        return 0;
    return q.value(0).toLongLong();
}

QStringList SqliteSources::removedFiles() const
{
    QStringList paths;
    if (!stateHas(u"removed_files"_s))
        return paths;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, u"SELECT path FROM state.removed_files ORDER BY path"_s))
        return paths;
    while (m_connection.next(q))
        paths.append(q.value(0).toString());
    return paths;
}

bool SqliteSources::recordRemoved(const QStringList &paths) const
{
    QSqlQuery q(m_connection.database());
    const QString list = jsonList(paths);
    // (State schema 4 makes the table; this keeps an older one working.)
    return m_connection.run(q, u"CREATE TABLE IF NOT EXISTS state.removed_files (path TEXT PRIMARY KEY) "
                               u"WITHOUT ROWID"_s)
            && m_connection.run(q, u"INSERT OR IGNORE INTO state.removed_files(path) SELECT value FROM json_each(?)"_s,
                                {list})
            && m_connection.run(q, u"DELETE FROM state.sources WHERE path IN (SELECT value FROM json_each(?))"_s,
                                {list});
}

bool SqliteSources::liftRemoved(const QStringList &paths) const
{
    if (!stateHas(u"removed_files"_s))
        return !m_connection.hasFailure();
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"DELETE FROM state.removed_files WHERE path IN (SELECT value FROM json_each(?))"_s,
                            {jsonList(paths)});
}

// SqliteStore's part (sqlitestore.h): the reads through reading(), the writes
// naming the cache when they fail.

StoreResult<QList<SourceCount>> SqliteStore::sourceCounts() const
{
    return reading([&] { return SqliteSources(m_connection).counts(useMirror(false)); });
}

StoreResult<QStringList> SqliteStore::removedFiles() const
{
    return reading([&] { return SqliteSources(m_connection).removedFiles(); });
}

StoreResult<qint64> SqliteStore::itemsOfFiles(const QStringList &paths, bool heldElsewhere) const
{
    return reading([&] { return SqliteSources(m_connection).itemsOfFiles(paths, heldElsewhere); });
}

StoreResult<> SqliteStore::recordRemovedFiles(const QStringList &paths)
{
    m_connection.takeFailure();
    if (!SqliteSources(m_connection).recordRemoved(paths))
        return StoreResult<>::failure(writeFailure(m_connection.takeFailure()));
    return {};
}

StoreResult<> SqliteStore::liftRemovedFiles(const QStringList &paths)
{
    m_connection.takeFailure();
    if (!SqliteSources(m_connection).liftRemoved(paths))
        return StoreResult<>::failure(writeFailure(m_connection.takeFailure()));
    return {};
}
