#include "models/store/sqlite/sqliteimportquery.h"

#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/sqlite/sqliteerror.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

SqliteImportQuery::SqliteImportQuery(const QSqlDatabase &db, QString &error)
    : m_query(db), m_file(db.databaseName()), m_error(error)
{
}

bool SqliteImportQuery::exec(const QString &sql)
{
    return m_query.exec(sql) || failed();
}

bool SqliteImportQuery::exec(const QString &sql, const QVariantList &binds)
{
    if (!prepare(sql))
        return false;
    for (qsizetype i = 0; i < binds.size(); ++i)
        m_query.bindValue(int(i), binds.at(i));
    return run();
}

bool SqliteImportQuery::prepare(const QString &sql)
{
    return m_query.prepare(sql) || failed();
}

bool SqliteImportQuery::run()
{
    return m_query.exec() || failed();
}

bool SqliteImportQuery::next()
{
    if (m_query.next())
        return true;
    // The end of the rows is no error.
    if (m_query.lastError().isValid()) {
        m_stepFailed = true;
        failed(u"reading a row"_s);
    }
    return false;
}

bool SqliteImportQuery::failed(const QString &what)
{
    const QSqlError error = m_query.lastError();
    SqliteConnection::logFailure(m_file, what, error.text(), m_query.lastQuery());
    m_error = SqliteError::describe(error, m_file);
    return false;
}
