#include "models/store/sqlite/readmirror.h"

#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/sqlite/sqltransaction.h"
#include "models/support/logging.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

ReadMirror::ReadMirror(const SqliteConnection &connection)
    : m_connection(connection)
{
}

bool ReadMirror::detect(bool cacheHasMirror)
{
    // (Unqualified: a read-only connection without a state database has temp
    // tables of these names. Not through m_connection: a missing table here
    // is an older state database, not a failure.)
    QSqlQuery q(m_connection.database());
    m_stateCurrent = q.exec(u"SELECT n FROM marks_generation"_s) && q.next();
    m_available = m_stateCurrent && cacheHasMirror;
    return m_available;
}

bool ReadMirror::isTrusted() const
{
    if (!m_available)
        return false;
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT (SELECT generation FROM main.read_mirror) IS "
                               u"(SELECT n FROM marks_generation)"_s)
            && m_connection.next(q) && q.value(0).toBool();
}

bool ReadMirror::rebuild() const
{
    qCInfo(lcStore).noquote() << "building the mirror of the read marks of" << m_connection.database().databaseName();
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"DELETE FROM main.read_items"_s)
            && m_connection.run(q, u"INSERT INTO main.read_items(item_id) SELECT i.id FROM state.item_state st "
                                   u"CROSS JOIN items i ON i.key = st.key WHERE st.read ORDER BY i.id"_s)
            && m_connection.run(q, u"UPDATE categories SET read_count = 0 WHERE read_count <> 0"_s)
            && m_connection.run(q, u"UPDATE categories SET read_count = n.c FROM "
                                   u"(SELECT ic.category_id AS id, count(*) AS c FROM main.read_items r "
                                   u"CROSS JOIN item_categories ic INDEXED BY item_categories_by_item "
                                   u"ON ic.item_id = r.item_id GROUP BY ic.category_id) n WHERE categories.id = n.id"_s)
            && stamp();
}

bool ReadMirror::ensure() const
{
    if (isTrusted())
        return true;
    if (!m_available || m_connection.isReadOnly() || m_connection.hasFailure())
        return false;
    SqlTransaction transaction(m_connection.database());
    if (!transaction.isActive())
        return m_connection.failed(u"begin (read marks' mirror)"_s);
    if (isTrusted())
        return true; // another connection built it meanwhile
    if (!rebuild())
        return false;
    if (!transaction.commit())
        return m_connection.failed(u"commit (read marks' mirror)"_s);
    return true;
}

bool ReadMirror::applyChange(bool on) const
{
    QSqlQuery q(m_connection.database());
    const QString rows = on ? u"INSERT INTO main.read_items(item_id) SELECT id FROM temp.mark_changed"_s
                            : u"DELETE FROM main.read_items WHERE item_id IN (SELECT id FROM temp.mark_changed)"_s;
    return m_connection.run(q, rows)
            && m_connection.run(q, u"UPDATE categories SET read_count = read_count %1 n.c FROM "
                                   u"(SELECT ic.category_id AS id, count(*) AS c FROM temp.mark_changed m "
                                   u"CROSS JOIN item_categories ic INDEXED BY item_categories_by_item "
                                   u"ON ic.item_id = m.id GROUP BY ic.category_id) n WHERE categories.id = n.id"_s
                                           .arg(on ? u"+"_s : u"-"_s))
            && stamp();
}

bool ReadMirror::stamp() const
{
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"UPDATE main.read_mirror SET generation = (SELECT n FROM state.marks_generation)"_s);
}

QString ReadMirror::isReadSql(bool mirror)
{
    return mirror ? u"EXISTS (SELECT 1 FROM read_items r WHERE r.item_id = i.id)"_s
                  : u"EXISTS (SELECT 1 FROM item_state st WHERE st.key = i.key AND st.read)"_s;
}

QString ReadMirror::isUnreadSql(bool mirror)
{
    return u"NOT "_s + isReadSql(mirror);
}
