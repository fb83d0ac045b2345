#include "models/store/sqlite/sqltransaction.h"

#include "models/support/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = run("BEGIN IMMEDIATE");
    if (!m_active)
        failed("begin", m_error);
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept
    : m_db(std::move(other.m_db)),
      m_active(std::exchange(other.m_active, false)),
      m_error(std::move(other.m_error))
{
}

SqlTransaction &SqlTransaction::operator=(SqlTransaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_db = std::move(other.m_db);
        m_active = std::exchange(other.m_active, false);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool SqlTransaction::run(const char *statement)
{
    if (!m_db.isOpen()) {
        m_error = QSqlError(QCoreApplication::translate("SqlTransaction", "the connection to the cache is not open"), {},
                            QSqlError::ConnectionError);
        return false;
    }
    QSqlQuery q(m_db);
    if (q.exec(QString::fromLatin1(statement)))
        return true;
    m_error = q.lastError();
    return false;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (run("COMMIT")) {
        m_active = false;
        return true;
    }
    const QSqlError error = m_error; // the cause, kept over the rollback's
    failed("commit", error);
    // Some failures (a full disk, an I/O error) made SQLite roll back already.
    m_active = false;
    if (!run("ROLLBACK"))
        qCDebug(lcStore) << "after the failed commit, no transaction was left to roll back on"
                         << m_db.connectionName() << ':' << m_error.text();
    m_error = error;
    return false;
}

bool SqlTransaction::rollback()
{
    if (!m_active)
        return false;
    m_active = false;
    if (run("ROLLBACK"))
        return true;
    failed("roll back", m_error);
    return false;
}

void SqlTransaction::failed(const char *what, const QSqlError &error)
{
    qCWarning(lcStore) << "cannot" << what << "a transaction on" << m_db.connectionName() << ':' << error.text();
}
