#include "models/store/postgres/pgschema.h"

#include "models/store/postgres/pgconnection.h"
#include "models/store/postgres/pgsearchtext.h"
#include "models/support/logging.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// What the database holds now: its version, 0 for an empty database.
StoreResult<int> PgSchema::found(const PgConnection &connection)
{
    QSqlQuery q(connection.database());
    if (!connection.exec(q, u"SELECT to_regclass('newsdesk_schema') IS NOT NULL, "
                            u"(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"_s)
        || !q.next())
        return StoreResult<int>::failure(connection.error());
    const bool ours = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    if (!ours && tables == 0)
        return 0;
    if (!ours) {
        return StoreResult<int>::failure(tr("The database of %1 is not a newsdesk archive (it holds %n table(s) "
                                            "of another program); it was left as it is.",
                                            nullptr, int(tables))
                                                 .arg(connection.server()),
                                         StoreFailure::NotACache);
    }
    if (!connection.exec(q, u"SELECT program, version FROM newsdesk_schema"_s) || !q.next())
        return StoreResult<int>::failure(connection.error());
    return q.value(1).toInt();
}

StoreResult<int> PgSchema::migrate(const PgConnection &connection)
{
    StoreResult<int> current = found(connection);
    if (!current.ok())
        return current;
    int version = current.value();
    if (version > Version) {
        return StoreResult<int>::failure(tr("The shared archive %1 was made by a newer newsdesk (schema %2; this "
                                            "one knows %3); update newsdesk to use it.")
                                                 .arg(connection.server())
                                                 .arg(version)
                                                 .arg(Version),
                                         StoreFailure::Newer);
    }
    // Only the archive's owner upgrades it: anyone else gets the version found
    // (PgStore says the archive is older and changes nothing).
    if (version > 0 && version < Version) {
        QSqlQuery q(connection.database());
        if (!connection.exec(q, u"SELECT pg_has_role(tableowner, 'USAGE') FROM pg_tables "
                                u"WHERE schemaname = current_schema() AND tablename = 'newsdesk_schema'"_s)
            || !q.next())
            return StoreResult<int>::failure(connection.error());
        if (!q.value(0).toBool())
            return version;
    }
    while (version < Version) {
        QString error;
        if (!runStep(connection, version + 1, error))
            return StoreResult<int>::failure(error);
        ++version;
    }
    return version;
}

bool PgSchema::runStep(const PgConnection &connection, int step, QString &error)
{
    const QString prefix = u"pg_%1_"_s.arg(step, 3, 10, QChar(u'0'));
    const QStringList names = QDir(u":/newsdesk/pg"_s).entryList({prefix + u"*.sql"_s});
    QFile file(names.isEmpty() ? QString() : u":/newsdesk/pg/"_s + names.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("newsdesk cannot read its migration %1 of the shared archive %2.").arg(prefix, connection.server());
        qCWarning(lcStore).noquote() << error;
        return false;
    }
    // Two programs opening a new archive at once: the lock makes the second
    // wait, and it finds the step done by the first.
    QSqlQuery q(connection.database());
    if (!connection.begin() || !connection.exec(q, u"SELECT pg_advisory_xact_lock(72717)"_s)) {
        error = connection.error();
        connection.rollback();
        return false;
    }
    const StoreResult<int> now = found(connection);
    if (now.ok() && now.value() >= step)
        return connection.commit() || (error = connection.error(), false);
    const QString versionSql = step == 1 ? u"INSERT INTO newsdesk_schema VALUES ('newsdesk', 1)"_s
                                         : u"UPDATE newsdesk_schema SET version = %1"_s.arg(step);
    if (!now.ok())
        error = now.error();
    else if (runScript(connection, QString::fromUtf8(file.readAll()), error) && connection.exec(q, versionSql)
             && connection.commit())
        return true;
    if (error.isEmpty())
        error = connection.error();
    connection.rollback();
    return false;
}

// A migration's SQL; where it says FillMark (pg_004_search.sql), the
// program's part of the step (folding the search text: PgSearchText) runs
// between the two halves, in the same transaction.
bool PgSchema::runScript(const PgConnection &connection, const QString &sql, QString &error)
{
    static const QString FillMark = u"-- newsdesk: fill the search text"_s;
    const qsizetype mark = sql.indexOf(FillMark);
    QSqlQuery q(connection.database());
    if (mark < 0)
        return connection.exec(q, sql);
    // (The search text's step creates pg_trgm: a server without it is named.)
    return PgSearchText::checkTrigrams(connection, error) && connection.exec(q, sql.first(mark))
            && PgSearchText::fill(connection, error)
            && connection.exec(q, sql.sliced(mark));
}

int PgSchema::version(const PgConnection &connection)
{
    QSqlQuery q(connection.database());
    if (!connection.exec(q, u"SELECT version FROM newsdesk_schema"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}
