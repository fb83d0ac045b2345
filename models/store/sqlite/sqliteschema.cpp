#include "models/store/sqlite/sqliteschema.h"

#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqltransaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

using namespace Qt::StringLiterals;

SqliteSchema::SqliteSchema(const SqliteConnection &connection, const QString &path)
    : m_connection(connection), m_path(path)
{
}

int SqliteSchema::version() const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"PRAGMA user_version"_s) || !m_connection.next(q))
        return -1;
    return q.value(0).toInt();
}

QString SqliteSchema::incompatibility(StoreFailure &kind) const
{
    // A file that is not SQLite, or whose schema is damaged, fails on the first statement.
    kind = StoreFailure::Damaged;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT count(*) FROM sqlite_schema"_s) || !m_connection.next(q)) {
        if (SqliteConnection::isDamage(q.lastError()))
            return tr("The cache %1 is damaged: %2").arg(m_path, q.lastError().text());
        kind = StoreFailure::Failed;
        return tr("Cannot read the cache %1: %2").arg(m_path, q.lastError().text());
    }
    const int tableCount = q.value(0).toInt();
    const int current = version();
    if (current < 0)
        return tr("The cache %1 is damaged: its schema version cannot be read.").arg(m_path);
    kind = StoreFailure::Newer;
    if (current > Version) {
        return tr("The cache %1 was written by a newer newsdesk (schema %2; this program knows up to %3). "
                  "Update newsdesk, or choose another cache with --db.")
                .arg(m_path).arg(current).arg(Version);
    }
    // A file with tables but no version is not ours: refuse to touch it.
    kind = StoreFailure::NotACache;
    if (current == 0 && tableCount > 0) {
        return tr("%1 is an SQLite database of another program, not a newsdesk cache. newsdesk leaves it "
                  "untouched; choose another cache with --db.")
                .arg(m_path);
    }
    // The file says what it is (schema 9 on); an older cache has no id but newsdesk's tables.
    if (!m_connection.run(q, u"PRAGMA application_id"_s) || !m_connection.next(q))
        return tr("Cannot read the cache %1: %2").arg(m_path, m_connection.takeFailure());
    const int id = q.value(0).toInt();
    if (id == StateId) {
        return tr("%1 is the state database of a newsdesk cache (your read and starred marks), not a cache. "
                  "newsdesk leaves it untouched; choose the cache itself with --db.")
                .arg(m_path);
    }
    if ((id != 0 && id != CacheId) || (id == 0 && current > 0 && !hasCacheTables())) {
        return tr("%1 is an SQLite database of another program, not a newsdesk cache. newsdesk leaves it "
                  "untouched; choose another cache with --db.")
                .arg(m_path);
    }
    kind = StoreFailure::None;
    return {};
}

bool SqliteSchema::hasCacheTables() const
{
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT count(*) FROM main.sqlite_schema WHERE type = 'table' "
                               u"AND name IN ('files', 'items', 'categories')"_s)
            && m_connection.next(q) && q.value(0).toInt() == 3;
}

QStringList SqliteSchema::statements(const QString &script)
{
    QStringList result;
    for (const QString &statement : script.split(u";\n"_s, Qt::SkipEmptyParts)) {
        QString sql;
        for (const QString &line : statement.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                sql += line + u'\n';
        }
        if (!sql.trimmed().isEmpty())
            result.append(sql);
    }
    return result;
}

QString SqliteSchema::migrate(int targetVersion) const
{
    const int current = version();
    if (current < 0)
        return tr("%1 is not a newsdesk cache.").arg(m_path);
    if (current >= targetVersion)
        return {}; // the usual open takes no write lock
    // Every step runs under one write lock (an IMMEDIATE transaction: another
    // process that opens the cache now waits its turn), and the version is
    // read again inside it: a process that waited finds the steps done and
    // runs none of them twice ("table files already exists"). The cache is
    // updated to targetVersion or not at all.
    const QSqlDatabase db = m_connection.database();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return tr("Cannot update the cache %1: %2").arg(m_path, SqliteError::describe(transaction.lastError(), m_path));
    const int locked = version();
    if (locked < 0)
        return tr("%1 is not a newsdesk cache.").arg(m_path);
    if (locked > Version) {
        StoreFailure kind = StoreFailure::None;
        return incompatibility(kind); // a newer program updated it meanwhile
    }
    for (int version = locked + 1; version <= targetVersion; ++version) {
        if (QString error = runStep(version, transaction); !error.isEmpty())
            return error;
    }
    if (!transaction.commit()) {
        return tr("Cannot update the cache %1 to schema %2: %3")
                .arg(m_path).arg(targetVersion).arg(SqliteError::describe(transaction.lastError(), m_path));
    }
    return {};
}

QString SqliteSchema::runStep(int version, SqlTransaction &transaction) const
{
    static const char *const steps[] = {
        ":/newsdesk/sql/001_initial.sql",          ":/newsdesk/sql/002_fts_prefix.sql",
        ":/newsdesk/sql/003_category_order.sql",   ":/newsdesk/sql/004_category_counts.sql",
        ":/newsdesk/sql/005_fts_listing_order.sql", ":/newsdesk/sql/006_index_queue.sql",
        ":/newsdesk/sql/007_fts_hash_size.sql",    ":/newsdesk/sql/008_state_database.sql",
        ":/newsdesk/sql/009_application_id.sql",  ":/newsdesk/sql/010_search_terms.sql",
        ":/newsdesk/sql/011_marks_and_times.sql",
    };
    static_assert(std::size(steps) == Version);

    QFile file(QString::fromLatin1(steps[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        return tr("Internal error: migration %1 is missing.").arg(version);
    const QString script = QString::fromUtf8(file.readAll());

    const auto failed = [&](const QString &error) {
        return tr("Cannot update the cache %1 to schema %2: %3").arg(m_path).arg(version).arg(error);
    };
    // (Inside migrate()'s transaction.)
    const QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    for (const QString &sql : statements(script)) {
        if (sql.trimmed().compare(u"COMMIT"_s, Qt::CaseInsensitive) == 0) {
            // What came before is committed on its own, the cache still at
            // the version before this step: dying after it reruns the step.
            q.finish();
            if (!m_connection.run(q, u"PRAGMA user_version = %1"_s.arg(version - 1)))
                return failed(SqliteError::describe(q.lastError(), m_path));
            if (!transaction.commit())
                return failed(SqliteError::describe(transaction.lastError(), m_path));
            transaction = SqlTransaction(db);
            if (!transaction.isActive())
                return failed(SqliteError::describe(transaction.lastError(), m_path));
            if (this->version() >= version)
                return {}; // another process finished the step meanwhile
            continue;
        }
        if (!m_connection.run(q, sql))
            return failed(SqliteError::describe(q.lastError(), m_path));
    }
    if (!m_connection.run(q, u"PRAGMA user_version = %1"_s.arg(version)))
        return failed(SqliteError::describe(q.lastError(), m_path));
    return {};
}
